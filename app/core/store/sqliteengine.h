// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/sqlengine.h"

namespace iamm {

// A database file opened by SQLite: refused when it is not one of ours, read-only when the file
// or its folder cannot be written, in write-ahead-log mode with full synchronisation otherwise.
class SqliteEngine : public SqlEngine
{
public:
    explicit SqliteEngine(const QString &path);

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
    void refuseForeignDatabase(const SqlConnection &connection) const;
    static QStringList quickCheck(const SqlConnection &connection);

    QString m_path;
};

} // namespace iamm
