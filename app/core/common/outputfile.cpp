// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/outputfile.h"

#include "common/iammerror.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstring>

namespace iamm {

namespace {

// QSaveFile reports some failures only as "Unknown error"; errno still holds the cause then.
QString reason(const QIODevice &file, int savedErrno)
{
    const QString text = file.errorString();
    if ((text.isEmpty() || text == QLatin1String("Unknown error")) && savedErrno != 0)
        return QString::fromLocal8Bit(std::strerror(savedErrno));
    return text;
}

} // namespace

void OutputFile::write(const QString &path, const QByteArray &bytes, Existing existing)
{
    const QFileInfo info(path);
    if (existing == Existing::Refuse && (info.exists() || info.isSymLink())) {
        const char *refusal =
            info.isSymLink()
                ? QT_TRANSLATE_NOOP(
                    "OutputFile", "%1: a symbolic link already exists; nothing was written (add --force to replace it)")
                : QT_TRANSLATE_NOOP("OutputFile",
                                    "%1: a file already exists; nothing was written (add --force to replace it)");
        throw IammError(QCoreApplication::translate("OutputFile", refusal).arg(path));
    }
    if (info.isDir())
        throw IammError(QCoreApplication::translate("OutputFile", "%1: is a folder; nothing was written").arg(path));
    QSaveFile file(path);
    errno = 0;
    if (!file.open(QIODevice::WriteOnly))
        throw IammError(
            QCoreApplication::translate("OutputFile", "%1: cannot write: %2").arg(path, reason(file, errno)));
    writeAll(file, path, bytes);
    errno = 0;
    if (!file.commit())
        throw IammError(QCoreApplication::translate("OutputFile", "%1: cannot write: %2; nothing was written")
                            .arg(path, reason(file, errno)));
}

void OutputFile::writeAll(QIODevice &device, const QString &path, const QByteArray &bytes)
{
    errno = 0;
    if (device.write(bytes) == bytes.size())
        return;
    const int writeErrno = errno;
    if (auto *saveFile = qobject_cast<QSaveFile *>(&device))
        saveFile->cancelWriting();
    throw IammError(QCoreApplication::translate("OutputFile", "%1: cannot write: %2; nothing was written")
                        .arg(path, reason(device, writeErrno)));
}

} // namespace iamm
