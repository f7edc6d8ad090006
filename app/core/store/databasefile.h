// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace iamm {

// What lies at a database path before SQLite touches it, so that an empty, cut or foreign file
// is refused rather than re-initialised, and an unwritable one is opened read-only.
class DatabaseFile
{
public:
    enum class Kind { Missing, SQLite, NotSQLite };

    static DatabaseFile inspect(const QString &path);

    Kind kind() const { return m_kind; }
    // Why the file is not a SQLite database, as a sentence naming the path; empty unless kind() is NotSQLite.
    QString problem() const { return m_problem; }
    // Why the database cannot be written (file or folder not writable); empty when it can.
    QString readOnlyReason() const { return m_readOnlyReason; }
    // A read-only WAL database whose -wal cannot be created (read-only folder) is opened as
    // immutable: SQLite then needs neither the -wal nor the -shm file.
    bool needsImmutableOpen() const { return m_needsImmutableOpen; }

private:
    Kind m_kind = Kind::Missing;
    QString m_problem;
    QString m_readOnlyReason;
    bool m_needsImmutableOpen = false;
};

} // namespace iamm
