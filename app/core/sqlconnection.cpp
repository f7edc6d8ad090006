#include "sqlconnection.h"

#include "iammerror.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QUuid>

namespace iamm {

SqlConnection::SqlConnection(const QString &databasePath)
    : m_path(databasePath)
    , m_name(QStringLiteral("iamm-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    const QFileInfo info(databasePath);
    if (!info.absoluteDir().exists() && !QDir().mkpath(info.absolutePath()))
        throw IammError(QStringLiteral("%1: cannot create the folder for the database").arg(databasePath));
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    m_db.setDatabaseName(databasePath);
    if (!m_db.open())
        throw IammError(QStringLiteral("%1: cannot open the database: %2").arg(databasePath, m_db.lastError().text()));
    try {
        applySettings();
    } catch (...) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
        throw;
    }
}

SqlConnection::~SqlConnection()
{
    m_prepared.clear();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

void SqlConnection::applySettings()
{
    // Durable writes: every committed change survives a crash or power loss.
    run(QStringLiteral("PRAGMA busy_timeout = 5000"));
    run(QStringLiteral("PRAGMA foreign_keys = ON"));
    const QString mode = scalar(QStringLiteral("PRAGMA journal_mode = WAL")).toString();
    if (mode.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        throw IammError(QStringLiteral("%1: cannot switch the database to write-ahead logging (journal mode is %2)")
                            .arg(m_path, mode));
    run(QStringLiteral("PRAGMA synchronous = FULL"));
}

QSqlQuery SqlConnection::run(const QString &sql, const QVariantList &values) const
{
    const bool write = sql.startsWith(QLatin1String("INSERT")) || sql.startsWith(QLatin1String("UPDATE"))
                       || sql.startsWith(QLatin1String("DELETE"));
    if (write)
        return reused(sql, values);
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
    if (!query.exec())
        throw IammError(QStringLiteral("%1: database error: %2 (in: %3)")
                            .arg(m_path, query.lastError().text(), sql.simplified().left(120)));
    return query;
}

QVariant SqlConnection::scalar(const QString &sql, const QVariantList &values) const
{
    QSqlQuery query = run(sql, values);
    return query.next() ? query.value(0) : QVariant();
}

void SqlConnection::begin()
{
    if (m_depth > 0)
        run(QStringLiteral("SAVEPOINT level%1").arg(m_depth));
    else if (!m_db.transaction())
        throw IammError(QStringLiteral("%1: cannot start a transaction: %2").arg(m_path, m_db.lastError().text()));
    ++m_depth;
}

void SqlConnection::commit()
{
    if (m_depth > 1) {
        run(QStringLiteral("RELEASE SAVEPOINT level%1").arg(m_depth - 1));
    } else if (!m_db.commit()) {
        throw IammError(QStringLiteral("%1: cannot save: %2").arg(m_path, m_db.lastError().text()));
    }
    --m_depth;
}

void SqlConnection::rollback()
{
    if (m_depth > 1) {
        run(QStringLiteral("ROLLBACK TO SAVEPOINT level%1").arg(m_depth - 1));
        run(QStringLiteral("RELEASE SAVEPOINT level%1").arg(m_depth - 1));
    } else {
        m_db.rollback();
    }
    --m_depth;
}

QStringList SqlConnection::engineProblems() const
{
    QStringList problems;
    QSqlQuery integrity = run(QStringLiteral("PRAGMA integrity_check"));
    while (integrity.next()) {
        const QString line = integrity.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << QStringLiteral("%1: %2").arg(m_path, line);
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
