// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/sqlconnection.h"

#include <QSqlDatabase>
#include <QStringList>
#include <memory>

namespace iamm {

class DatabaseLocation;

// What opening found: why the database is read-only (empty when writable), the damage a quick
// check reported and whether the database was made just now.
struct EngineState
{
    QString readOnlyReason;
    QStringList damage;
    bool created = false;
    SqlConnection::ReadScope readScope = SqlConnection::ReadScope::Everything;
};

// Everything that differs between the database engines, kept out of the record classes: how a
// connection is set up and checked, how a transaction starts, where the schema version lives and
// how a migration's SQL reads in the engine's dialect.
class SqlEngine
{
public:
    static std::unique_ptr<SqlEngine> create(const DatabaseLocation &location);
    virtual ~SqlEngine() = default;

    virtual QString driverName() const = 0;
    // Whether a query may read its rows one by one while other queries run on the connection.
    // Qt's PostgreSQL driver reads forward-only results row by row from the socket, so a second
    // query would discard the rest of the first.
    virtual bool allowsForwardOnlyQueries() const = 0;
    // Checks the location and sets the connection's name and options before it is opened.
    virtual void prepare(QSqlDatabase &database, SqlConnection::Access access, EngineState &state) = 0;
    // Session settings and checks once open; throws for a database of another program.
    virtual void configure(const SqlConnection &connection, EngineState &state) = 0;
    // The database user on a server, the computer account for a file.
    virtual QString userName(const SqlConnection &connection) const = 0;
    // Starts the outermost transaction.
    virtual void begin(const SqlConnection &connection) = 0;
    virtual int schemaVersion(const SqlConnection &connection) const = 0;
    virtual void setSchemaVersion(const SqlConnection &connection, int version) = 0;
    // What the engine's own integrity and foreign key checks report; empty when sound.
    virtual QStringList problems(const SqlConnection &connection) const = 0;
    // A migration statement in this engine's dialect.
    virtual QString adapted(const QString &statement) const = 0;
    // Sends payload on channel to the database's other connections when the transaction
    // commits (PostgreSQL NOTIFY); nothing where the engine has no such thing.
    virtual void notify(const SqlConnection &connection, const QString &channel, const QString &payload) const = 0;
    // Asks for other connections' notifications on channel (QSqlDriver::notification); false
    // where the engine has none.
    virtual bool subscribe(const SqlConnection &connection, const QString &channel) const = 0;
};

} // namespace iamm
