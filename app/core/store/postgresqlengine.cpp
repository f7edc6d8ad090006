// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/postgresqlengine.h"

#include "common/iammerror.h"
#include "store/serverpasswords.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlQuery>

namespace iamm {

namespace {

const QString versionTable = QStringLiteral("iamm_schema_version");

} // namespace

PostgresqlEngine::PostgresqlEngine(const DatabaseLocation &location)
    : m_location(location)
{}

QString PostgresqlEngine::driverName() const
{
    return QStringLiteral("QPSQL");
}

bool PostgresqlEngine::allowsForwardOnlyQueries() const
{
    return false;
}

void PostgresqlEngine::prepare(QSqlDatabase &database, SqlConnection::Access access, EngineState &state)
{
    database.setUserName(m_location.user());
    database.setPassword(ServerPasswords::of(m_location));
    database.setHostName(m_location.host());
    database.setPort(m_location.port());
    database.setDatabaseName(m_location.databaseName());
    database.setConnectOptions(m_location.connectOptions());
    if (access == SqlConnection::Access::ReadOnly)
        state.readOnlyReason = QCoreApplication::translate("PostgresqlEngine", "as requested");
}

void PostgresqlEngine::configure(const SqlConnection &connection, EngineState &state)
{
    connection.run(QStringLiteral("SET client_min_messages = warning"));
    QSqlQuery tables = connection.run(QStringLiteral("SELECT table_name FROM information_schema.tables "
                                                     "WHERE table_schema = current_schema() ORDER BY table_name"));
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    if (!names.isEmpty() && !names.contains(QLatin1String("assessments")) && !names.contains(versionTable))
        throw IammError(QCoreApplication::translate(
                            "PostgresqlEngine", "%1: a database of another program (tables %2), not an IAMM database; "
                                                "it was left unchanged")
                            .arg(m_location.text(), names.mid(0, 5).join(QStringLiteral(", "))));
    state.created = names.isEmpty();
    if (names.contains(QLatin1String("shared_assessments"))) {
        state.readScope = readScope(connection);
        // An observer or a secretariat: the app and the command line say so before anyone types.
        if (state.readOnlyReason.isEmpty()
            && !connection.scalar(QStringLiteral("SELECT has_table_privilege('responses', 'UPDATE')")).toBool())
            state.readOnlyReason = QCoreApplication::translate("PostgresqlEngine",
                                                               "this login may read the database but not change it");
    }
    if (!state.readOnlyReason.isEmpty())
        connection.run(QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"));
}

// A login that neither owns the tables nor is a superuser reads other states through the shared
// figures (`iamm admin init`, SharedFiguresSchema); one refused the rationale is a secretariat.
SqlConnection::ReadScope PostgresqlEngine::readScope(const SqlConnection &connection)
{
    const QVariant scope = connection.scalar(QStringLiteral(
        "SELECT CASE WHEN r.rolsuper OR pg_has_role(current_user, c.relowner, 'USAGE') THEN 0 "
        "WHEN has_column_privilege(c.oid, 'rationale', 'SELECT') THEN 1 ELSE 2 END "
        "FROM pg_roles r, pg_class c WHERE r.rolname = current_user AND c.oid = to_regclass('responses')"));
    if (scope.toInt() == 2)
        return SqlConnection::ReadScope::SharedFiguresOnly;
    return scope.toInt() == 1 ? SqlConnection::ReadScope::OwnRowsAndSharedFigures
                              : SqlConnection::ReadScope::Everything;
}

void PostgresqlEngine::begin(const SqlConnection &connection)
{
    connection.run(QStringLiteral("BEGIN"));
}

QString PostgresqlEngine::userName(const SqlConnection &connection) const
{
    return connection.scalar(QStringLiteral("SELECT current_user")).toString();
}

int PostgresqlEngine::schemaVersion(const SqlConnection &connection) const
{
    if (connection.scalar(QStringLiteral("SELECT to_regclass('%1') IS NOT NULL").arg(versionTable)).toBool())
        return connection.scalar(QStringLiteral("SELECT MAX(version) FROM %1").arg(versionTable)).toInt();
    return 0;
}

void PostgresqlEngine::setSchemaVersion(const SqlConnection &connection, int version)
{
    connection.run(QStringLiteral("CREATE TABLE IF NOT EXISTS %1 (version INTEGER NOT NULL)").arg(versionTable));
    connection.run(QStringLiteral("DELETE FROM %1").arg(versionTable));
    connection.run(QStringLiteral("INSERT INTO %1 (version) VALUES (%2)").arg(versionTable).arg(version));
}

// The server checks constraints on every write and its pages carry checksums; there is nothing
// for a client to re-check.
QStringList PostgresqlEngine::problems(const SqlConnection &) const
{
    return {};
}

// The migrations are written for SQLite; PostgreSQL differs in row ids (an identity column
// instead of SQLite's rowid alias), 64-bit keys, binary data and the absence of WITHOUT ROWID.
QString PostgresqlEngine::adapted(const QString &statement) const
{
    static const QRegularExpression rowId(QStringLiteral("\\bINTEGER PRIMARY KEY,"));
    static const QRegularExpression key(QStringLiteral("\\b(\\w+_id) INTEGER\\b"));
    static const QRegularExpression withoutRowId(QStringLiteral("\\)\\s*WITHOUT ROWID;$"));
    static const QRegularExpression blob(QStringLiteral("\\bBLOB\\b"));
    QString sql = statement;
    sql.replace(rowId, QStringLiteral("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"));
    sql.replace(key, QStringLiteral("\\1 BIGINT"));
    sql.replace(withoutRowId, QStringLiteral(");"));
    sql.replace(blob, QStringLiteral("BYTEA"));
    return sql;
}

void PostgresqlEngine::notify(const SqlConnection &connection, const QString &channel, const QString &payload) const
{
    connection.run(QStringLiteral("SELECT pg_notify(?, ?)"), {channel, payload});
}

bool PostgresqlEngine::subscribe(const SqlConnection &connection, const QString &channel) const
{
    return connection.database().driver()->subscribeToNotification(channel);
}

} // namespace iamm
