// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace iamm {

// Reads a whole input file only when it is a regular file of at most maxBytes, checked before
// reading, so that a device (/dev/zero), a pipe or a huge file is refused at once.
class BoundedFile
{
public:
    // Throws IammError "PATH: problem" naming the limit or the system's reason.
    static QByteArray read(const QString &path, qint64 maxBytes);
};

} // namespace iamm
