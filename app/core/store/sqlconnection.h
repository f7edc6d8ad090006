// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/iammerror.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <memory>

namespace iamm {

class SqlEngine;

// One Qt SQL connection with the project's settings, to a SQLite file or a PostgreSQL server
// (DatabaseLocation); what differs between the engines lives in SqlEngine and nowhere else.
class SqlConnection
{
public:
    // Writable opens read-only anyway when the file or its folder cannot be written.
    enum class Access { Writable, ReadOnly };
    // What the login reads of the assessments: everything (a SQLite file, a server's owner or
    // superuser), its own states' rows and its groups' shared figures (a team or an observer), or
    // the shared figures only (a secretariat). See SharedFigureRecords.
    enum class ReadScope { Everything, OwnRowsAndSharedFigures, SharedFiguresOnly };

    // Creates a SQLite database only where no file exists; refuses a file that is not a SQLite
    // database, or a database of another program, without changing it.
    explicit SqlConnection(const QString &location, Access access = Access::Writable);
    ~SqlConnection();
    SqlConnection(const SqlConnection &) = delete;
    SqlConnection &operator=(const SqlConnection &) = delete;

    // The SQLite path or the server's address, as messages name it.
    QString path() const { return m_path; }
    bool isServer() const { return m_server; }
    ReadScope readScope() const { return m_readScope; }
    // Who the changes are made as (SqlEngine::userName), for the audit log.
    QString userName() const { return m_userName; }
    // True when this connection made the file (SQLite) or found an empty database (server).
    bool createdDatabase() const { return m_created; }
    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }
    QString readOnlyReason() const { return m_readOnlyReason; }
    // What the quick check on open found; writes are refused while it is not empty.
    QStringList damage() const { return m_damage; }
    // "PATH: the database is damaged (CAUSE): run `iamm check`; restore from BACKUP".
    QString damageMessage(const QString &cause) const;
    QSqlDatabase database() const { return m_db; }
    // Throws IammError naming the path and why it cannot be written (read-only or damaged).
    void requireWritable() const;
    // Whether this connection has changed any row since it was opened.
    bool hasChanges() const;
    // Prepares, binds and executes (a statement without values runs unprepared, as PostgreSQL
    // prepares only queries); throws IammError naming the database and the failure.
    // Writes keep their prepared statement for the next call: they run to completion, so a
    // cached write never holds a read snapshot open the way a half-read SELECT would.
    QSqlQuery run(const QString &sql, const QVariantList &values = {}) const;
    // Like run(), keeping the prepared statement for the next call. A SELECT run this way must be
    // finish()ed once read, or it keeps a read snapshot open.
    QSqlQuery reused(const QString &sql, const QVariantList &values) const;
    // Executes a statement and returns the first column of its first row (null if none).
    QVariant scalar(const QString &sql, const QVariantList &values = {}) const;
    // Runs "INSERT … RETURNING id" and returns the new row's id.
    qint64 insert(const QString &sql, const QVariantList &values) const;

    // The outermost call starts a transaction (SqlEngine::begin); nested calls use savepoints, so a store operation can
    // run inside a larger transaction.
    void begin();
    void commit();
    void rollback();

    // What the database engine's own integrity and foreign key checks report; empty when sound.
    QStringList engineProblems() const;

    int schemaVersion() const;
    // Inside a migration transaction.
    void setSchemaVersion(int version);
    // A migration statement in the engine's dialect.
    QString adapted(const QString &statement) const;
    // SqlEngine::notify and SqlEngine::subscribe on this connection.
    void notify(const QString &channel, const QString &payload) const;
    bool subscribe(const QString &channel) const;

private:
    void open(Access access);
    void close();
    QSqlQuery prepared(const QString &sql) const;
    QSqlQuery execute(QSqlQuery query, const QString &sql, const QVariantList &values) const;
    IammError failure(const QSqlQuery &query, const QString &sql) const;

    QString m_path;
    bool m_server = false;
    std::unique_ptr<SqlEngine> m_engine;
    QString m_readOnlyReason;
    QStringList m_damage;
    bool m_created = false;
    ReadScope m_readScope = ReadScope::Everything;
    mutable bool m_changed = false;
    QString m_userName;
    QString m_name;
    QSqlDatabase m_db;
    int m_depth = 0;
    mutable QHash<QString, QSqlQuery> m_prepared;
};

// Rolls back unless committed: a failed write leaves the database as before.
class Transaction
{
public:
    explicit Transaction(SqlConnection &connection);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit();

private:
    SqlConnection &m_connection;
    bool m_done = false;
};

} // namespace iamm
