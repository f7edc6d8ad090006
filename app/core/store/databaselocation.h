// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace iamm {

// Where a database lives: a PostgreSQL server named by postgresql://USER@HOST[:PORT]/DBNAME
// (optionally ?sslmode=… or ?host=SOCKET_FOLDER), or else a SQLite file path. Passwords never appear here: libpq reads
// them from PGPASSFILE or ~/.pgpass.
class DatabaseLocation
{
public:
    enum class Engine { SQLite, PostgreSQL };
    // Unless the address sets connect_timeout.
    static constexpr int defaultConnectTimeoutSeconds = 10;

    // Throws IammError naming the text for a postgresql:// URL that cannot be used.
    static DatabaseLocation parse(const QString &text);
    static bool isServerUrl(const QString &text);
    // Whether both name one database: the same file, or the same database on the same server and port.
    bool isSameDatabase(const DatabaseLocation &other) const;

    Engine engine() const { return m_engine; }
    bool isServer() const { return m_engine == Engine::PostgreSQL; }
    // The SQLite path, or the URL as given (without a password, which parse() refuses).
    QString text() const { return m_text; }

    QString user() const { return m_user; }
    // A host name, an address or a Unix socket folder (empty: libpq's default socket).
    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString databaseName() const { return m_databaseName; }
    // libpq connection options ("sslmode=require;connect_timeout=10") as Qt's driver takes them.
    QString connectOptions() const { return m_connectOptions; }

private:
    Engine m_engine = Engine::SQLite;
    QString m_text;
    QString m_user;
    QString m_host;
    int m_port = -1;
    QString m_databaseName;
    QString m_connectOptions;
};

} // namespace iamm
