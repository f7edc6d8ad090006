// SPDX-License-Identifier: GPL-3.0-or-later
// What --db names: a SQLite file, or a PostgreSQL server's database with its connection options;
// a password in the address is refused.
#include "common/iammerror.h"
#include "store/databaselocation.h"

#include <QTest>

using iamm::DatabaseLocation;
using iamm::IammError;

class DatabaseLocationTest : public QObject
{
    Q_OBJECT

private slots:
    void anythingElseIsASqliteFile()
    {
        const DatabaseLocation location = DatabaseLocation::parse(QStringLiteral("/home/me/postgresql.sqlite"));
        QCOMPARE(location.engine(), DatabaseLocation::Engine::SQLite);
        QCOMPARE(location.text(), QStringLiteral("/home/me/postgresql.sqlite"));
    }

    void aServerAddressHasItsParts()
    {
        const DatabaseLocation location = DatabaseLocation::parse(
            QStringLiteral("postgresql://dakar_team@db.example.org:5433/iamm?sslmode=verify-full&connect_timeout=10"));
        QCOMPARE(location.engine(), DatabaseLocation::Engine::PostgreSQL);
        QCOMPARE(location.user(), QStringLiteral("dakar_team"));
        QCOMPARE(location.host(), QStringLiteral("db.example.org"));
        QCOMPARE(location.port(), 5433);
        QCOMPARE(location.databaseName(), QStringLiteral("iamm"));
        QCOMPARE(location.connectOptions(), QStringLiteral("sslmode=verify-full;connect_timeout=10"));
    }

    void aSocketFolderIsTheHost()
    {
        const DatabaseLocation location = DatabaseLocation::parse(
            QStringLiteral("postgres://me@/iamm?host=/var/run/postgresql"));
        QCOMPARE(location.host(), QStringLiteral("/var/run/postgresql"));
        QCOMPARE(location.port(), -1);
        QCOMPARE(location.connectOptions(), QString());
    }

    void badAddressesAreRefused_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("message");
        QTest::newRow("password") << QStringLiteral("postgresql://me:secret@db/iamm")
                                  << QStringLiteral("postgresql://me@db/iamm: a password does not belong in the "
                                                    "database address, where others can read it; put it in "
                                                    "~/.pgpass or the file PGPASSFILE names");
        QTest::newRow("no user") << QStringLiteral("postgresql://db/iamm")
                                 << QStringLiteral("postgresql://db/iamm: no user name; expected "
                                                   "postgresql://USER@HOST[:PORT]/DBNAME");
        QTest::newRow("no database") << QStringLiteral("postgresql://me@db/")
                                     << QStringLiteral("postgresql://me@db/: no database name; expected "
                                                       "postgresql://USER@HOST[:PORT]/DBNAME");
        QTest::newRow("unknown option")
            << QStringLiteral("postgresql://me@db/iamm?password=x")
            << QStringLiteral("postgresql://me@db/iamm?password=x: unknown option \"password\" (known: sslmode, "
                              "sslrootcert, sslcert, sslkey, sslcrl, connect_timeout, application_name); expected "
                              "postgresql://USER@HOST[:PORT]/DBNAME");
    }

    void badAddressesAreRefused()
    {
        QFETCH(QString, address);
        QFETCH(QString, message);
        try {
            DatabaseLocation::parse(address);
            QFAIL("accepted");
        } catch (const IammError &error) {
            QCOMPARE(error.message(), message);
        }
    }

    void sameDatabase()
    {
        const auto parse = [](const char *text) { return DatabaseLocation::parse(QString::fromUtf8(text)); };
        QVERIFY(parse("postgresql://a@db:5433/iamm").isSameDatabase(parse("postgresql://b@db:5433/iamm")));
        QVERIFY(!parse("postgresql://a@db:5433/iamm").isSameDatabase(parse("postgresql://a@db:5434/iamm")));
        QVERIFY(!parse("postgresql://a@db/iamm").isSameDatabase(parse("postgresql://a@db/other")));
        QVERIFY(!parse("postgresql://a@db/iamm").isSameDatabase(parse("/tmp/iamm.sqlite")));
    }
};

QTEST_GUILESS_MAIN(DatabaseLocationTest)
#include "tst_databaselocation.moc"
