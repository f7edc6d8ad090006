// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

class QIODevice;

namespace iamm {

// Writes a whole file atomically (QSaveFile: a full disk leaves the old file or none, never a
// fragment). An existing path, including a symbolic link, is only replaced when overwrite is set.
class OutputFile
{
public:
    enum class Existing { Refuse, Overwrite };

    // Throws IammError "PATH: problem" naming the system's reason.
    static void write(const QString &path, const QByteArray &bytes, Existing existing);

    // Writes all of bytes to the open device standing for path; a short write cancels a QSaveFile
    // and throws IammError "PATH: cannot write: reason; nothing was written".
    static void writeAll(QIODevice &device, const QString &path, const QByteArray &bytes);
};

} // namespace iamm
