// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace iamm {

// Reads a whole input file only when it is a regular file of at most maxBytes, checked before
// reading, so that a device (/dev/zero), a pipe or a huge file is refused at once.
class BoundedFile
{
    Q_DECLARE_TR_FUNCTIONS(BoundedFile)

public:
    // Throws IammError, one sentence naming the path and the limit or the system's reason.
    static QByteArray read(const QString &path, qint64 maxBytes);
};

} // namespace iamm
