// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/databaselocation.h"
#include "store/sqlengine.h"

namespace iamm {

// A database on a PostgreSQL server, reached through Qt's QPSQL driver (libpq: the password from
// PGPASSFILE or ~/.pgpass, sslmode from the address). The schema version lives in a table of its
// own; the server keeps the data sound, so there is no file to inspect or back up.
class PostgresqlEngine : public SqlEngine
{
public:
    explicit PostgresqlEngine(const DatabaseLocation &location);

    QString driverName() const override;
    bool allowsForwardOnlyQueries() const override;
    void prepare(QSqlDatabase &database, SqlConnection::Access access, EngineState &state) override;
    void configure(const SqlConnection &connection, EngineState &state) override;
    QString userName(const SqlConnection &connection) const override;
    void begin(const SqlConnection &connection) override;
    int schemaVersion(const SqlConnection &connection) const override;
    void setSchemaVersion(const SqlConnection &connection, int version) override;
    QStringList problems(const SqlConnection &connection) const override;
    QString adapted(const QString &statement) const override;
    void notify(const SqlConnection &connection, const QString &channel, const QString &payload) const override;
    bool subscribe(const SqlConnection &connection, const QString &channel) const override;

private:
    static SqlConnection::ReadScope readScope(const SqlConnection &connection);

    DatabaseLocation m_location;
};

} // namespace iamm
