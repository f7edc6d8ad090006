// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace iamm {

class SqlConnection;

// Consistent copies of a database taken while it may be in use (VACUUM INTO), dated copies in a
// backups/ folder beside it, and restoring one after checking it.
class DatabaseBackup
{
public:
    enum class Reason { Manual, BeforeMigration, Closing };
    static constexpr int keptDatedBackups = 10;

    // The backups/ folder beside the database.
    static QString folderFor(const QString &databasePath);
    // Writes a consistent copy of the open database to target, which must not exist yet.
    static void write(const SqlConnection &connection, const QString &target);
    // Writes NAME-YYYYMMDD-HHMMSS-REASON.sqlite into folderFor() and removes all but the newest
    // keptDatedBackups there; returns the new file's path.
    static QString writeDated(const SqlConnection &connection, Reason reason);
    // The dated backups of the database, newest first.
    static QStringList list(const QString &databasePath);
    // Why the file cannot be restored (not SQLite, damaged, not IAMM, a newer schema); empty when it can.
    static QStringList problemsOf(const QString &backupPath);
    // The newest dated backup without problems; empty when there is none.
    static QString newestGoodBackup(const QString &databasePath);
    // "restore from FILE" naming newestGoodBackup(), or where no good backup was found.
    static QString recoveryAdvice(const QString &databasePath);
    // Replaces the database (and its -wal) by the backup after checking it. The replaced files
    // are kept beside it as NAME.replaced-YYYYMMDD-HHMMSS; returns that path, or empty when no
    // database was there. The program must not have the database open meanwhile.
    static QString restore(const QString &backupPath, const QString &databasePath);
};

} // namespace iamm
