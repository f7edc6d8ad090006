// SPDX-License-Identifier: GPL-3.0-or-later
#include "qmlsupport/filelocations.h"

#include "common/iammerror.h"
#include "common/savelocation.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace iamm::gui {

namespace {

const QString lastFolderKey = QStringLiteral("files/lastFolder");

} // namespace

QString FileLocations::startFolderPath() const
{
    return iamm::SaveLocation::startFolder(QSettings().value(lastFolderKey).toString(),
                                           QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                           QDir::homePath());
}

QUrl FileLocations::startFolder() const
{
    return QUrl::fromLocalFile(startFolderPath());
}

void FileLocations::remember(const QUrl &file)
{
    const QFileInfo info(localPath(file));
    QSettings().setValue(lastFolderKey, info.isDir() ? info.absoluteFilePath() : info.absolutePath());
}

QVariantMap FileLocations::saveTarget(const QString &folder, const QString &typed, const QString &suffix) const
{
    try {
        const QString path = iamm::SaveLocation::resolve(folder, typed, suffix, QDir::homePath());
        return {{QStringLiteral("file"), QUrl::fromLocalFile(path)}};
    } catch (const iamm::IammError &error) {
        return {{QStringLiteral("error"), error.message()}};
    }
}

QString FileLocations::localPath(const QUrl &file) const
{
    return file.isLocalFile() ? file.toLocalFile() : file.toString();
}

QString FileLocations::fileNameOf(const QUrl &file) const
{
    return QFileInfo(localPath(file)).fileName();
}

bool FileLocations::openFile(const QUrl &file) const
{
    return QDesktopServices::openUrl(file);
}

bool FileLocations::openFolderOf(const QUrl &file) const
{
    return QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(localPath(file)).absolutePath()));
}

} // namespace iamm::gui
