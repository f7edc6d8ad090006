// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/boundedfile.h"

#include "common/iammerror.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace iamm {

namespace {

QString mebibytes(qint64 bytes)
{
    return QLocale().toString(double(bytes) / (1024 * 1024), 'f', bytes % (1024 * 1024) == 0 ? 0 : 1);
}

} // namespace

QByteArray BoundedFile::read(const QString &path, qint64 maxBytes)
{
    const QFileInfo info(path);
    if (!info.exists())
        throw IammError(tr("%1: cannot read: no such file").arg(path));
    if (!info.isFile())
        throw IammError(tr("%1: cannot read: not a regular file").arg(path));
    if (info.size() > maxBytes)
        throw IammError(tr("%1: the file has %2 MiB; at most %3 MiB are read")
                            .arg(path, mebibytes(info.size()), mebibytes(maxBytes)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw IammError(tr("%1: cannot read: %2").arg(path, file.errorString()));
    // Bounded even if the file grows while it is read.
    const QByteArray bytes = file.read(maxBytes + 1);
    if (file.error() != QFileDevice::NoError)
        throw IammError(tr("%1: cannot read: %2").arg(path, file.errorString()));
    if (bytes.size() > maxBytes)
        throw IammError(tr("%1: the file grew beyond %2 MiB while it was read").arg(path, mebibytes(maxBytes)));
    return bytes;
}

} // namespace iamm
