#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace iamm {

// One Qt SQL connection with the project's settings. SQLite-specific pragmas live here and
// nowhere else, so another Qt SQL driver can take its place.
class SqlConnection
{
public:
    explicit SqlConnection(const QString &databasePath);
    ~SqlConnection();
    SqlConnection(const SqlConnection &) = delete;
    SqlConnection &operator=(const SqlConnection &) = delete;

    QString path() const { return m_path; }
    // Prepares, binds and executes; throws IammError naming the database and the failure.
    // Writes keep their prepared statement for the next call: they run to completion, so a
    // cached write never holds a read snapshot open the way a half-read SELECT would.
    QSqlQuery run(const QString &sql, const QVariantList &values = {}) const;
    // Like run(), keeping the prepared statement for the next call. A SELECT run this way must be
    // finish()ed once read, or it keeps a read snapshot open.
    QSqlQuery reused(const QString &sql, const QVariantList &values) const;
    // Executes a statement and returns the first column of its first row (null if none).
    QVariant scalar(const QString &sql, const QVariantList &values = {}) const;

    // Nested calls use savepoints, so a store operation can run inside a larger transaction.
    void begin();
    void commit();
    void rollback();

    // What the database engine's own integrity and foreign key checks report; empty when sound.
    QStringList engineProblems() const;

    int schemaVersion() const;
    // Inside a migration transaction.
    void setSchemaVersion(int version);

private:
    void applySettings();

    QString m_path;
    QString m_name;
    QSqlDatabase m_db;
    int m_depth = 0;
    mutable QHash<QString, QSqlQuery> m_prepared;
    QSqlQuery execute(QSqlQuery query, const QString &sql, const QVariantList &values) const;
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
