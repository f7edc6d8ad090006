// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace iamm::test {

// The PostgreSQL cluster a test runs against when CTest runs it as NAME_postgresql: the variable
// IAMM_TEST_POSTGRESQL names the folder where tests/postgresql/cluster.sh wrote the server's url.
// Each TempDatabase then is a database of its own on that server, dropped afterwards.
class TestServer
{
public:
    static bool isEnabled();
    // postgresql://iamm@127.0.0.1:PORT/postgres; aborts the test run when the cluster is not running.
    static QString maintenanceUrl();
    // A new empty database; returns its URL.
    static QString createDatabase();
    // A new database holding what source holds (which must have no open connection).
    static QString cloneDatabase(const QString &sourceUrl);
    static void dropDatabase(const QString &url);
    // Runs one statement as the cluster's superuser on the maintenance database.
    static void runAsSuperuser(const QString &sql);
    // SHA-256 over every table's rows, ordered, and the schema version.
    static QByteArray fingerprint(const QString &url);
};

} // namespace iamm::test
