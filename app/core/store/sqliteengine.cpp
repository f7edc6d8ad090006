// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/sqliteengine.h"

#include "common/iammerror.h"
#include "store/databasebackup.h"
#include "store/databasefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>

#include <pwd.h>
#include <unistd.h>

namespace iamm {

namespace {

constexpr int busyTimeoutMs = 10000;
constexpr int busyAttempts = 4;

QStringList problemLines(QSqlQuery &query)
{
    QStringList lines;
    while (query.next()) {
        for (const QString &line : query.value(0).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (line != QLatin1String("ok") && !line.startsWith(QLatin1String("***")))
                lines << line;
        }
    }
    return lines;
}

} // namespace

SqliteEngine::SqliteEngine(const QString &path)
    : m_path(path)
{}

QString SqliteEngine::driverName() const
{
    return QStringLiteral("QSQLITE");
}

bool SqliteEngine::allowsForwardOnlyQueries() const
{
    return true;
}

void SqliteEngine::prepare(QSqlDatabase &database, SqlConnection::Access access, EngineState &state)
{
    const DatabaseFile file = DatabaseFile::inspect(m_path);
    if (file.kind() == DatabaseFile::Kind::NotSQLite)
        throw IammError(QCoreApplication::translate("SqliteEngine", "%1; it was left unchanged (run `iamm check`; %2)")
                            .arg(file.problem(), DatabaseBackup::recoveryAdvice(m_path)));
    if (file.kind() == DatabaseFile::Kind::Missing) {
        if (access == SqlConnection::Access::ReadOnly || !file.readOnlyReason().isEmpty())
            throw IammError(
                QCoreApplication::translate("SqliteEngine", "%1: no database there, and it was opened read-only")
                    .arg(m_path));
        const QFileInfo info(m_path);
        if (!info.absoluteDir().exists() && !QDir().mkpath(info.absolutePath()))
            throw IammError(QCoreApplication::translate("SqliteEngine", "%1: cannot create the folder for the database")
                                .arg(m_path));
        state.created = true;
    }
    state.readOnlyReason = access == SqlConnection::Access::ReadOnly
                               ? QCoreApplication::translate("SqliteEngine", "as requested")
                               : file.readOnlyReason();
    if (!state.readOnlyReason.isEmpty() && file.needsImmutableOpen()) {
        database.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        database.setDatabaseName(QUrl::fromLocalFile(QFileInfo(m_path).absoluteFilePath()).toString(QUrl::FullyEncoded)
                                 + QStringLiteral("?immutable=1"));
        return;
    }
    if (!state.readOnlyReason.isEmpty())
        database.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    database.setDatabaseName(m_path);
}

void SqliteEngine::configure(const SqlConnection &connection, EngineState &state)
{
    connection.run(QStringLiteral("PRAGMA busy_timeout = %1").arg(busyTimeoutMs));
    connection.run(QStringLiteral("PRAGMA foreign_keys = ON"));
    refuseForeignDatabase(connection);
    state.damage = quickCheck(connection);
    if (!state.readOnlyReason.isEmpty() || !state.damage.isEmpty())
        return;
    // Durable writes: every committed change survives a crash or power loss.
    const QString mode = connection.scalar(QStringLiteral("PRAGMA journal_mode = WAL")).toString();
    if (mode.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        throw IammError(
            QCoreApplication::translate("SqliteEngine",
                                        "%1: cannot switch the database to write-ahead logging (journal mode is %2)")
                .arg(m_path, mode));
    connection.run(QStringLiteral("PRAGMA synchronous = FULL"));
}

// Before anything is written (even the switch to WAL), so another program's file stays as it was.
void SqliteEngine::refuseForeignDatabase(const SqlConnection &connection) const
{
    QSqlQuery query(connection.database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")))
        throw IammError(connection.damageMessage(query.lastError().text()));
    QStringList tables;
    while (query.next()) {
        if (!query.value(0).toString().startsWith(QLatin1String("sqlite_")))
            tables << query.value(0).toString();
    }
    if (!tables.isEmpty() && !tables.contains(QLatin1String("assessments")))
        throw IammError(
            QCoreApplication::translate("SqliteEngine",
                                        "%1: a SQLite database of another program (tables %2), not an IAMM database; "
                                        "it was left unchanged")
                .arg(m_path, tables.mid(0, 5).join(QStringLiteral(", "))));
}

// quick_check skips the index-content comparison of integrity_check, so it reads each page
// once: milliseconds for a workshop's database.
QStringList SqliteEngine::quickCheck(const SqlConnection &connection)
{
    QSqlQuery query(connection.database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("PRAGMA quick_check(20)")))
        return {query.lastError().text()};
    return problemLines(query);
}

// SQLite returns "busy" without calling the busy handler when waiting could deadlock, and the
// handler gives up after busyTimeoutMs; a writer tries again rather than failing the user's edit.
// BEGIN IMMEDIATE takes the write lock at once, so a read inside the transaction sees what the
// write will replace.
void SqliteEngine::begin(const SqlConnection &connection)
{
    const QString sqliteBusy = QStringLiteral("5");
    for (int attempt = 1;; ++attempt) {
        QSqlQuery query(connection.database());
        if (query.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return;
        if (query.lastError().nativeErrorCode() != sqliteBusy || attempt == busyAttempts)
            throw IammError(QCoreApplication::translate("SqliteEngine", "%1: cannot start a transaction: %2")
                                .arg(m_path, query.lastError().text()));
        QThread::msleep(20 * attempt);
    }
}

QString SqliteEngine::userName(const SqlConnection &) const
{
    const passwd *account = getpwuid(geteuid());
    return account ? QString::fromLocal8Bit(account->pw_name) : QString::number(geteuid());
}

int SqliteEngine::schemaVersion(const SqlConnection &connection) const
{
    return connection.scalar(QStringLiteral("PRAGMA user_version")).toInt();
}

void SqliteEngine::setSchemaVersion(const SqlConnection &connection, int version)
{
    connection.run(QStringLiteral("PRAGMA user_version = %1").arg(version));
}

QStringList SqliteEngine::problems(const SqlConnection &connection) const
{
    QStringList problems;
    QSqlQuery integrity = connection.run(QStringLiteral("PRAGMA integrity_check"));
    for (const QString &line : problemLines(integrity))
        problems << QStringLiteral("%1: %2").arg(m_path, line);
    QSqlQuery foreignKeys = connection.run(QStringLiteral("PRAGMA foreign_key_check"));
    while (foreignKeys.next())
        problems << QCoreApplication::translate("SqliteEngine", "%1: table %2 row %3 refers to a missing %4 row")
                        .arg(m_path, foreignKeys.value(0).toString(), foreignKeys.value(1).toString(),
                             foreignKeys.value(2).toString());
    return problems;
}

QString SqliteEngine::adapted(const QString &statement) const
{
    return statement;
}

void SqliteEngine::notify(const SqlConnection &, const QString &, const QString &) const {}

bool SqliteEngine::subscribe(const SqlConnection &, const QString &) const
{
    return false;
}

} // namespace iamm
