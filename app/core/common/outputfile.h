#pragma once

#include <QByteArray>
#include <QString>

namespace iamm {

// Writes a whole file atomically (QSaveFile: a full disk leaves the old file or none, never a
// fragment). An existing path, including a symbolic link, is only replaced when overwrite is set.
class OutputFile
{
public:
    enum class Existing { Refuse, Overwrite };

    // Throws IammError "PATH: problem" naming the system's reason.
    static void write(const QString &path, const QByteArray &bytes, Existing existing);
};

} // namespace iamm
