// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/sqlconnection.h"

#include "common/iammerror.h"

#include "store/databasebackup.h"
#include "store/databasefile.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QThread>
#include <QUrl>
#include <QUuid>

namespace iamm {

namespace {

constexpr int busyTimeoutMs = 10000;
constexpr int busyAttempts = 4;

} // namespace

SqlConnection::SqlConnection(const QString &databasePath, Access access)
    : m_path(databasePath)
    , m_name(QStringLiteral("iamm-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    const DatabaseFile file = DatabaseFile::inspect(databasePath);
    if (file.kind() == DatabaseFile::Kind::NotSQLite)
        throw IammError(QStringLiteral("%1 %2; it was left unchanged (run `iamm check`; %3)")
                            .arg(databasePath, file.problem(), DatabaseBackup::recoveryAdvice(databasePath)));
    if (file.kind() == DatabaseFile::Kind::Missing) {
        if (access == Access::ReadOnly || !file.readOnlyReason().isEmpty())
            throw IammError(QStringLiteral("%1: no database there, and it was opened read-only").arg(databasePath));
        const QFileInfo info(databasePath);
        if (!info.absoluteDir().exists() && !QDir().mkpath(info.absolutePath()))
            throw IammError(QStringLiteral("%1: cannot create the folder for the database").arg(databasePath));
        m_created = true;
    }
    m_readOnlyReason = access == Access::ReadOnly ? QStringLiteral("as requested") : file.readOnlyReason();
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    if (isReadOnly() && file.needsImmutableOpen()) {
        m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        m_db.setDatabaseName(
            QUrl::fromLocalFile(QFileInfo(databasePath).absoluteFilePath()).toString(QUrl::FullyEncoded)
            + QStringLiteral("?immutable=1"));
    } else {
        if (isReadOnly())
            m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        m_db.setDatabaseName(databasePath);
    }
    try {
        open();
    } catch (...) {
        m_prepared.clear();
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
        throw;
    }
}

void SqlConnection::open()
{
    if (!m_db.open())
        throw IammError(QStringLiteral("%1: cannot open the database: %2").arg(m_path, m_db.lastError().text()));
    run(QStringLiteral("PRAGMA busy_timeout = %1").arg(busyTimeoutMs));
    run(QStringLiteral("PRAGMA foreign_keys = ON"));
    refuseForeignDatabase();
    checkQuickly();
    if (isReadOnly() || !m_damage.isEmpty())
        return;
    // Durable writes: every committed change survives a crash or power loss.
    const QString mode = scalar(QStringLiteral("PRAGMA journal_mode = WAL")).toString();
    if (mode.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        throw IammError(QStringLiteral("%1: cannot switch the database to write-ahead logging (journal mode is %2)")
                            .arg(m_path, mode));
    run(QStringLiteral("PRAGMA synchronous = FULL"));
}

// Before anything is written (even the switch to WAL), so another program's file stays as it was.
void SqlConnection::refuseForeignDatabase() const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")))
        throw IammError(damageMessage(query.lastError().text()));
    QStringList tables;
    while (query.next()) {
        if (!query.value(0).toString().startsWith(QLatin1String("sqlite_")))
            tables << query.value(0).toString();
    }
    if (!tables.isEmpty() && !tables.contains(QLatin1String("assessments")))
        throw IammError(QStringLiteral("%1: a SQLite database of another program (tables %2), not an IAMM database; "
                                       "it was left unchanged")
                            .arg(m_path, tables.mid(0, 5).join(QStringLiteral(", "))));
}

// quick_check skips the index-content comparison of integrity_check, so it reads each page
// once: milliseconds for a workshop's database.
void SqlConnection::checkQuickly()
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("PRAGMA quick_check(20)"))) {
        m_damage << query.lastError().text();
        return;
    }
    while (query.next()) {
        for (const QString &line : query.value(0).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (line != QLatin1String("ok") && !line.startsWith(QLatin1String("***")))
                m_damage << line;
        }
    }
}

QString SqlConnection::damageMessage(const QString &cause) const
{
    return QStringLiteral("%1: the database is damaged (%2): run `iamm check`; %3")
        .arg(m_path, cause.simplified().left(160), DatabaseBackup::recoveryAdvice(m_path));
}

void SqlConnection::requireWritable() const
{
    if (!m_damage.isEmpty())
        throw IammError(damageMessage(m_damage.constFirst()));
    if (isReadOnly())
        throw IammError(
            QStringLiteral("%1: the database is read-only (%2), nothing was saved").arg(m_path, m_readOnlyReason));
}

bool SqlConnection::hasChanges() const
{
    return scalar(QStringLiteral("SELECT total_changes()")).toLongLong() > 0;
}

SqlConnection::~SqlConnection()
{
    m_prepared.clear();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

QSqlQuery SqlConnection::run(const QString &sql, const QVariantList &values) const
{
    const bool write = sql.startsWith(QLatin1String("INSERT")) || sql.startsWith(QLatin1String("UPDATE"))
                       || sql.startsWith(QLatin1String("DELETE"));
    if (write) {
        requireWritable();
        return reused(sql, values);
    }
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        throw IammError(QStringLiteral("%1: database error: %2 (in: %3)")
                            .arg(m_path, query.lastError().text(), sql.simplified().left(120)));
    return execute(query, sql, values);
}

QSqlQuery SqlConnection::reused(const QString &sql, const QVariantList &values) const
{
    auto cached = m_prepared.find(sql);
    if (cached == m_prepared.end()) {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (!query.prepare(sql))
            throw IammError(QStringLiteral("%1: database error: %2 (in: %3)")
                                .arg(m_path, query.lastError().text(), sql.simplified().left(120)));
        cached = m_prepared.insert(sql, query);
    }
    return execute(*cached, sql, values);
}

QSqlQuery SqlConnection::execute(QSqlQuery query, const QString &sql, const QVariantList &values) const
{
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values[i]);
    if (!query.exec()) {
        if (!m_damage.isEmpty())
            throw IammError(damageMessage(m_damage.constFirst()));
        throw IammError(QStringLiteral("%1: database error: %2 (in: %3)")
                            .arg(m_path, query.lastError().text(), sql.simplified().left(120)));
    }
    return query;
}

QVariant SqlConnection::scalar(const QString &sql, const QVariantList &values) const
{
    QSqlQuery query = run(sql, values);
    return query.next() ? query.value(0) : QVariant();
}

void SqlConnection::begin()
{
    if (m_depth > 0) {
        run(QStringLiteral("SAVEPOINT level%1").arg(m_depth));
    } else {
        requireWritable();
        beginImmediate();
    }
    ++m_depth;
}

// SQLite returns "busy" without calling the busy handler when waiting could deadlock, and the
// handler gives up after busyTimeoutMs; a writer tries again rather than failing the user's edit.
void SqlConnection::beginImmediate()
{
    const QString sqliteBusy = QStringLiteral("5");
    for (int attempt = 1;; ++attempt) {
        QSqlQuery query(m_db);
        if (query.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return;
        if (query.lastError().nativeErrorCode() != sqliteBusy || attempt == busyAttempts)
            throw IammError(QStringLiteral("%1: cannot start a transaction: %2").arg(m_path, query.lastError().text()));
        QThread::msleep(20 * attempt);
    }
}

void SqlConnection::commit()
{
    if (m_depth > 1) {
        run(QStringLiteral("RELEASE SAVEPOINT level%1").arg(m_depth - 1));
    } else if (QSqlQuery query(m_db); !query.exec(QStringLiteral("COMMIT"))) {
        throw IammError(QStringLiteral("%1: cannot save: %2").arg(m_path, query.lastError().text()));
    }
    --m_depth;
}

void SqlConnection::rollback()
{
    if (m_depth > 1) {
        run(QStringLiteral("ROLLBACK TO SAVEPOINT level%1").arg(m_depth - 1));
        run(QStringLiteral("RELEASE SAVEPOINT level%1").arg(m_depth - 1));
    } else {
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
    }
    --m_depth;
}

QStringList SqlConnection::engineProblems() const
{
    QStringList problems;
    QSqlQuery integrity = run(QStringLiteral("PRAGMA integrity_check"));
    while (integrity.next()) {
        for (const QString &line : integrity.value(0).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (line != QLatin1String("ok") && !line.startsWith(QLatin1String("***")))
                problems << QStringLiteral("%1: %2").arg(m_path, line);
        }
    }
    QSqlQuery foreignKeys = run(QStringLiteral("PRAGMA foreign_key_check"));
    while (foreignKeys.next())
        problems << QStringLiteral("%1: table %2 row %3 refers to a missing %4 row")
                        .arg(m_path, foreignKeys.value(0).toString(), foreignKeys.value(1).toString(),
                             foreignKeys.value(2).toString());
    return problems;
}

int SqlConnection::schemaVersion() const
{
    return scalar(QStringLiteral("PRAGMA user_version")).toInt();
}

void SqlConnection::setSchemaVersion(int version)
{
    run(QStringLiteral("PRAGMA user_version = %1").arg(version));
}

Transaction::Transaction(SqlConnection &connection)
    : m_connection(connection)
{
    m_connection.begin();
}

Transaction::~Transaction()
{
    if (m_done)
        return;
    try {
        m_connection.rollback();
    } catch (const IammError &error) {
        qWarning("%s", qPrintable(error.message()));
    }
}

void Transaction::commit()
{
    m_connection.commit();
    m_done = true;
}

} // namespace iamm
