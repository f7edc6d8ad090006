// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/sqlconnection.h"

#include "store/databasebackup.h"
#include "store/databaselocation.h"
#include "store/sqlengine.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QUuid>

namespace iamm {

namespace {

bool isWrite(const QString &sql)
{
    return sql.startsWith(QLatin1String("INSERT")) || sql.startsWith(QLatin1String("UPDATE"))
           || sql.startsWith(QLatin1String("DELETE"));
}

} // namespace

SqlConnection::SqlConnection(const QString &location, Access access)
    : m_path(location)
    , m_name(QStringLiteral("iamm-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    const DatabaseLocation parsed = DatabaseLocation::parse(location);
    m_server = parsed.isServer();
    m_engine = SqlEngine::create(parsed);
    try {
        open(access);
    } catch (...) {
        close();
        throw;
    }
}

SqlConnection::~SqlConnection()
{
    close();
}

void SqlConnection::open(Access access)
{
    EngineState state;
    m_db = QSqlDatabase::addDatabase(m_engine->driverName(), m_name);
    m_engine->prepare(m_db, access, state);
    if (!m_db.open()) {
        // The server's or library's own words; the driver's ("Unable to connect") add nothing.
        const QSqlError error = m_db.lastError();
        const QString reason = error.databaseText().trimmed().isEmpty() ? error.text() : error.databaseText();
        throw IammError(QCoreApplication::translate("SqlConnection", "%1: cannot open the database: %2")
                            .arg(m_path, reason.simplified()));
    }
    m_engine->configure(*this, state);
    m_userName = m_engine->userName(*this);
    m_created = state.created;
    m_readScope = state.readScope;
    m_readOnlyReason = state.readOnlyReason;
    m_damage = state.damage;
}

void SqlConnection::close()
{
    m_prepared.clear();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

QString SqlConnection::damageMessage(const QString &cause) const
{
    return QCoreApplication::translate("SqlConnection", "%1: the database is damaged (%2): run `iamm check`; %3")
        .arg(m_path, cause.simplified().left(160), DatabaseBackup::recoveryAdvice(m_path));
}

void SqlConnection::requireWritable() const
{
    if (!m_damage.isEmpty())
        throw IammError(damageMessage(m_damage.constFirst()));
    if (isReadOnly())
        throw IammError(
            QCoreApplication::translate("SqlConnection", "%1: the database is read-only (%2), nothing was saved")
                .arg(m_path, m_readOnlyReason));
}

bool SqlConnection::hasChanges() const
{
    return m_changed;
}

QSqlQuery SqlConnection::run(const QString &sql, const QVariantList &values) const
{
    if (isWrite(sql)) {
        requireWritable();
        return reused(sql, values);
    }
    if (values.isEmpty()) {
        QSqlQuery query(m_db);
        query.setForwardOnly(m_engine->allowsForwardOnlyQueries());
        if (!query.exec(sql))
            throw failure(query, sql);
        return query;
    }
    return execute(prepared(sql), sql, values);
}

QSqlQuery SqlConnection::reused(const QString &sql, const QVariantList &values) const
{
    auto cached = m_prepared.find(sql);
    if (cached == m_prepared.end())
        cached = m_prepared.insert(sql, prepared(sql));
    return execute(*cached, sql, values);
}

QSqlQuery SqlConnection::prepared(const QString &sql) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(m_engine->allowsForwardOnlyQueries());
    if (!query.prepare(sql))
        throw failure(query, sql);
    return query;
}

QSqlQuery SqlConnection::execute(QSqlQuery query, const QString &sql, const QVariantList &values) const
{
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values[i]);
    if (!query.exec())
        throw failure(query, sql);
    if (isWrite(sql) && query.numRowsAffected() > 0)
        m_changed = true;
    return query;
}

IammError SqlConnection::failure(const QSqlQuery &query, const QString &sql) const
{
    if (!m_damage.isEmpty())
        return IammError(damageMessage(m_damage.constFirst()));
    return IammError(QCoreApplication::translate("SqlConnection", "%1: database error: %2 (in: %3)")
                         .arg(m_path, query.lastError().text(), sql.simplified().left(120)));
}

QVariant SqlConnection::scalar(const QString &sql, const QVariantList &values) const
{
    QSqlQuery query = run(sql, values);
    return query.next() ? query.value(0) : QVariant();
}

qint64 SqlConnection::insert(const QString &sql, const QVariantList &values) const
{
    QSqlQuery query = run(sql, values);
    const qint64 id = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    return id;
}

void SqlConnection::begin()
{
    if (m_depth > 0) {
        run(QStringLiteral("SAVEPOINT level%1").arg(m_depth));
    } else {
        requireWritable();
        m_engine->begin(*this);
    }
    ++m_depth;
}

void SqlConnection::commit()
{
    if (m_depth > 1) {
        run(QStringLiteral("RELEASE SAVEPOINT level%1").arg(m_depth - 1));
    } else if (QSqlQuery query(m_db); !query.exec(QStringLiteral("COMMIT"))) {
        throw IammError(
            QCoreApplication::translate("SqlConnection", "%1: cannot save: %2").arg(m_path, query.lastError().text()));
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
    return m_engine->problems(*this);
}

int SqlConnection::schemaVersion() const
{
    return m_engine->schemaVersion(*this);
}

void SqlConnection::setSchemaVersion(int version)
{
    m_engine->setSchemaVersion(*this, version);
}

QString SqlConnection::adapted(const QString &statement) const
{
    return m_engine->adapted(statement);
}

void SqlConnection::notify(const QString &channel, const QString &payload) const
{
    m_engine->notify(*this, channel, payload);
}

bool SqlConnection::subscribe(const QString &channel) const
{
    return m_engine->subscribe(*this, channel);
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
