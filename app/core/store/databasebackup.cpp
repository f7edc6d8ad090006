// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/databasebackup.h"

#include "common/datapaths.h"
#include "common/iammerror.h"
#include "store/databaselocation.h"
#include "store/migrationrunner.h"
#include "store/sqlconnection.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <algorithm>
#include <functional>
#include <tuple>

namespace iamm {

namespace {

void refuseServer(const SqlConnection &connection)
{
    if (connection.isServer())
        throw IammError(QCoreApplication::translate(
                            "DatabaseBackup", "%1: a server database is backed up by its administrator (pg_dump); "
                                              "`iamm copy --from %1 --to FILE` copies its assessments into a file")
                            .arg(connection.path()));
}

QString reasonName(DatabaseBackup::Reason reason)
{
    switch (reason) {
    case DatabaseBackup::Reason::Manual:
        return QStringLiteral("manual");
    case DatabaseBackup::Reason::BeforeMigration:
        return QStringLiteral("before-migration");
    case DatabaseBackup::Reason::Closing:
        return QStringLiteral("closing");
    }
    return {};
}

QString stamp()
{
    return QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
}

QRegularExpression datedName(const QString &databasePath)
{
    return QRegularExpression(QStringLiteral("^%1-([0-9]{8}-[0-9]{6})-[a-z-]+?(?:-([0-9]+))?\\.sqlite$")
                                  .arg(QRegularExpression::escape(QFileInfo(databasePath).completeBaseName())));
}

// Backups written in the same second are numbered on from the highest number there, never
// reusing the name of one already removed, so the newest always sorts first.
int nextNumberAt(const QString &databasePath, const QString &time)
{
    const QRegularExpression pattern = datedName(databasePath);
    int highest = 0;
    for (const QString &name : QDir(DatabaseBackup::folderFor(databasePath)).entryList(QDir::Files)) {
        const auto match = pattern.match(name);
        if (match.hasMatch() && match.captured(1) == time)
            highest = std::max(highest, match.captured(2).isEmpty() ? 1 : match.captured(2).toInt());
    }
    return highest + 1;
}

void removeOldBackups(const QString &databasePath)
{
    const QStringList backups = DatabaseBackup::list(databasePath);
    for (qsizetype i = DatabaseBackup::keptDatedBackups; i < backups.size(); ++i)
        QFile::remove(backups[i]);
}

void moveAside(const QString &from, const QString &to)
{
    if (QFileInfo::exists(from) && !QFile::rename(from, to))
        throw IammError(QCoreApplication::translate("DatabaseBackup", "%1: cannot move it to %2").arg(from, to));
}

} // namespace

// None for a server's database: its administrator backs it up.
QString DatabaseBackup::folderFor(const QString &databasePath)
{
    if (DatabaseLocation::isServerUrl(databasePath))
        return {};
    return QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("backups"));
}

void DatabaseBackup::write(const SqlConnection &connection, const QString &target)
{
    refuseServer(connection);
    if (QFileInfo::exists(target))
        throw IammError(QCoreApplication::translate("DatabaseBackup", "%1: already exists; choose another backup file")
                            .arg(target));
    const QString partial = target + QStringLiteral(".partial");
    QFile::remove(partial);
    try {
        connection.run(QStringLiteral("VACUUM INTO ?"), {partial});
    } catch (const IammError &error) {
        QFile::remove(partial);
        throw IammError(
            QCoreApplication::translate("DatabaseBackup", "%1: backup failed: %2").arg(target, error.message()));
    }
    if (!QFile::rename(partial, target)) {
        QFile::remove(partial);
        throw IammError(QCoreApplication::translate("DatabaseBackup", "%1: backup failed: cannot rename %2 to it")
                            .arg(target, partial));
    }
}

QString DatabaseBackup::writeDated(const SqlConnection &connection, Reason reason)
{
    refuseServer(connection);
    const QString folder = folderFor(connection.path());
    if (!QDir().mkpath(folder))
        throw IammError(
            QCoreApplication::translate("DatabaseBackup", "%1: cannot create the backups folder").arg(folder));
    const QString time = stamp();
    const QString base = QStringLiteral("%1/%2-%3-%4")
                             .arg(folder, QFileInfo(connection.path()).completeBaseName(), time, reasonName(reason));
    const int number = nextNumberAt(connection.path(), time);
    const QString target = number == 1 ? base + QStringLiteral(".sqlite")
                                       : QStringLiteral("%1-%2.sqlite").arg(base).arg(number);
    write(connection, target);
    removeOldBackups(connection.path());
    return target;
}

QStringList DatabaseBackup::list(const QString &databasePath)
{
    if (DatabaseLocation::isServerUrl(databasePath))
        return {};
    const QDir folder(folderFor(databasePath));
    const QRegularExpression pattern = datedName(databasePath);
    // By the time in the name, then by the number added when one second saw several.
    QList<std::tuple<QString, int, QString>> dated;
    for (const QString &name : folder.entryList(QDir::Files)) {
        const auto match = pattern.match(name);
        if (match.hasMatch())
            dated.append({match.captured(1), match.captured(2).isEmpty() ? 1 : match.captured(2).toInt(),
                          folder.filePath(name)});
    }
    std::sort(dated.begin(), dated.end(), std::greater<>());
    QStringList backups;
    for (const auto &backup : dated)
        backups << std::get<2>(backup);
    return backups;
}

QStringList DatabaseBackup::problemsOf(const QString &backupPath)
{
    try {
        const SqlConnection backup(backupPath, SqlConnection::Access::ReadOnly);
        if (!backup.damage().isEmpty())
            return {QCoreApplication::translate("DatabaseBackup", "%1: the database is damaged (%2)")
                        .arg(backupPath, backup.damage().constFirst())};
        const QStringList problems = backup.engineProblems();
        if (!problems.isEmpty())
            return problems;
        const int version = backup.schemaVersion();
        const int latest = MigrationRunner::latestVersion(DataPaths::migrationsDir());
        if (version < 1)
            return {QCoreApplication::translate("DatabaseBackup", "%1: not an IAMM database (no schema version)")
                        .arg(backupPath)};
        if (version > latest)
            return {QCoreApplication::translate("DatabaseBackup",
                                                "%1: schema version %2 is newer than this program knows (%3)")
                        .arg(backupPath)
                        .arg(version)
                        .arg(latest)};
        return {};
    } catch (const IammError &error) {
        return {error.message()};
    }
}

QString DatabaseBackup::newestGoodBackup(const QString &databasePath)
{
    for (const QString &backup : list(databasePath)) {
        if (problemsOf(backup).isEmpty())
            return backup;
    }
    return {};
}

QString DatabaseBackup::recoveryAdvice(const QString &databasePath)
{
    if (DatabaseLocation::isServerUrl(databasePath))
        return QCoreApplication::translate("DatabaseBackup",
                                           "the server's administrator restores it from the server's backup");
    const QString backup = newestGoodBackup(databasePath);
    if (backup.isEmpty())
        return QCoreApplication::translate("DatabaseBackup", "no backup to restore from in %1")
            .arg(folderFor(databasePath));
    return QCoreApplication::translate("DatabaseBackup", "restore from %1").arg(backup);
}

QString DatabaseBackup::restore(const QString &backupPath, const QString &databasePath)
{
    if (DatabaseLocation::isServerUrl(databasePath))
        throw IammError(QCoreApplication::translate("DatabaseBackup",
                                                    "%1: %2; `iamm copy --from %3 --to %1` copies assessments back")
                            .arg(databasePath, recoveryAdvice(databasePath), backupPath));
    if (!QFileInfo::exists(backupPath))
        throw IammError(QCoreApplication::translate("DatabaseBackup", "%1: no such backup file").arg(backupPath));
    const QStringList problems = problemsOf(backupPath);
    if (!problems.isEmpty())
        throw IammError(QCoreApplication::translate("DatabaseBackup", "%1: not restored, the backup is unusable: %2")
                            .arg(backupPath, problems.constFirst()));
    const QString incoming = databasePath + QStringLiteral(".restoring");
    QFile::remove(incoming);
    if (!QFile::copy(backupPath, incoming)) {
        QFile::remove(incoming);
        throw IammError(QCoreApplication::translate("DatabaseBackup", "%1: not restored, cannot copy the backup to %2")
                            .arg(backupPath, incoming));
    }
    QString replaced;
    try {
        if (QFileInfo::exists(databasePath)) {
            replaced = databasePath + QStringLiteral(".replaced-") + stamp();
            moveAside(databasePath, replaced);
            // The -wal holds committed changes of the replaced file, so it goes with it.
            moveAside(databasePath + QStringLiteral("-wal"), replaced + QStringLiteral("-wal"));
            QFile::remove(databasePath + QStringLiteral("-shm"));
        }
        if (!QFile::rename(incoming, databasePath))
            throw IammError(
                QCoreApplication::translate("DatabaseBackup", "%1: cannot move the restored copy %2 into place")
                    .arg(databasePath, incoming));
    } catch (const IammError &) {
        QFile::remove(incoming);
        if (!replaced.isEmpty() && !QFileInfo::exists(databasePath)) {
            QFile::rename(replaced, databasePath);
            QFile::rename(replaced + QStringLiteral("-wal"), databasePath + QStringLiteral("-wal"));
        }
        throw;
    }
    return replaced;
}

} // namespace iamm
