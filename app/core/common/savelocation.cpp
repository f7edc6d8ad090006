// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/savelocation.h"

#include "common/iammerror.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace iamm {

namespace {

bool isFolder(const QString &path)
{
    return !path.isEmpty() && QFileInfo(path).isDir();
}

} // namespace

QString SaveLocation::startFolder(const QString &lastUsed, const QString &documents, const QString &home)
{
    for (const QString &candidate : {lastUsed, documents}) {
        if (isFolder(candidate))
            return QDir::cleanPath(candidate);
    }
    return QDir::cleanPath(home);
}

QString SaveLocation::resolve(const QString &folder, const QString &typed, const QString &suffix, const QString &home)
{
    const QString name = typed.trimmed();
    if (name.isEmpty())
        throw IammError(QCoreApplication::translate("SaveLocation", "type a file name to save to"));
    QString path;
    if (name == QLatin1String("~") || name.startsWith(QLatin1String("~/")))
        path = QDir(home).filePath(name.mid(2));
    else if (QDir::isAbsolutePath(name))
        path = name;
    else if (folder.trimmed().isEmpty())
        throw IammError(QCoreApplication::translate("SaveLocation", "choose a folder to save \"%1\" in").arg(name));
    else
        path = QDir(folder.trimmed()).filePath(name);
    path = QDir::cleanPath(path);
    if (name.endsWith(QLatin1Char('/')) || QFileInfo(path).isDir())
        throw IammError(QCoreApplication::translate("SaveLocation", "\"%1\" is a folder; type a file name").arg(name));
    const QFileInfo file(path);
    if (!file.dir().exists())
        throw IammError(QCoreApplication::translate("SaveLocation", "%1: the folder does not exist")
                            .arg(QDir::toNativeSeparators(file.absolutePath())));
    if (!suffix.isEmpty() && file.suffix().isEmpty())
        path += QLatin1Char('.') + suffix;
    return path;
}

} // namespace iamm
