// SPDX-License-Identifier: GPL-3.0-or-later
// What --db names: a SQLite file, or a PostgreSQL server's database with its connection options;
// a password in the address is refused. The addresses opened last, and passwords typed for a run.
#include "common/datapaths.h"
#include "common/iammerror.h"
#include "store/databaselocation.h"
#include "store/recentdatabases.h"
#include "store/serverpasswords.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using iamm::DatabaseLocation;
using iamm::IammError;

class DatabaseLocationTest : public QObject
{
    Q_OBJECT

private:
    // The user's settings and data folders for this run: QSettings reads where they are once.
    QTemporaryDir m_home;

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("config"))));
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("data"))));
        QCoreApplication::setOrganizationName(QStringLiteral("iamm-tests"));
    }

    void anythingElseIsASqliteFile()
    {
        const DatabaseLocation location = DatabaseLocation::parse(QStringLiteral("/home/me/postgresql.sqlite"));
        QCOMPARE(location.engine(), DatabaseLocation::Engine::SQLite);
        QCOMPARE(location.text(), QStringLiteral("/home/me/postgresql.sqlite"));
    }

    void aServerAddressHasItsParts()
    {
        const DatabaseLocation location = DatabaseLocation::parse(
            QStringLiteral("postgresql://dakar_team@db.example.org:5433/iamm?sslmode=verify-full&connect_timeout=3"));
        QCOMPARE(location.engine(), DatabaseLocation::Engine::PostgreSQL);
        QCOMPARE(location.user(), QStringLiteral("dakar_team"));
        QCOMPARE(location.host(), QStringLiteral("db.example.org"));
        QCOMPARE(location.port(), 5433);
        QCOMPARE(location.databaseName(), QStringLiteral("iamm"));
        QCOMPARE(location.connectOptions(), QStringLiteral("sslmode=verify-full;connect_timeout=3"));
    }

    void aSocketFolderIsTheHost()
    {
        const DatabaseLocation location = DatabaseLocation::parse(
            QStringLiteral("postgres://me@/iamm?host=/var/run/postgresql"));
        QCOMPARE(location.host(), QStringLiteral("/var/run/postgresql"));
        QCOMPARE(location.port(), -1);
        // An unreachable server does not hold the caller for the system's TCP timeout.
        QCOMPARE(location.connectOptions(), QStringLiteral("connect_timeout=10"));
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

    void theDatabaseOpenedLastComesFirstOnce()
    {
        using iamm::RecentDatabases;
        const QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("a.sqlite"));
        QFile(file).open(QIODevice::WriteOnly);
        const QStringList recent{QStringLiteral("postgresql://a@db:5433/iamm"), file,
                                 QStringLiteral("postgresql://b@db:5433/iamm")};
        // Another spelling of the same database for the same user replaces the older entry.
        QCOMPARE(RecentDatabases::withFirst(recent, QStringLiteral("postgresql://a@db:5433/iamm?sslmode=require")),
                 (QStringList{QStringLiteral("postgresql://a@db:5433/iamm?sslmode=require"), file,
                              QStringLiteral("postgresql://b@db:5433/iamm")}));
        QCOMPARE(RecentDatabases::withFirst(recent, dir.filePath(QStringLiteral("./a.sqlite"))),
                 (QStringList{dir.filePath(QStringLiteral("./a.sqlite")), QStringLiteral("postgresql://a@db:5433/iamm"),
                              QStringLiteral("postgresql://b@db:5433/iamm")}));
        QStringList many;
        for (int i = 0; i < 20; ++i)
            many = RecentDatabases::withFirst(many, QStringLiteral("/data/state%1.sqlite").arg(i));
        QCOMPARE(many.size(), RecentDatabases::maxCount);
        QCOMPARE(many.constFirst(), QStringLiteral("/data/state19.sqlite"));
        QCOMPARE(many.constLast(), QStringLiteral("/data/state%1.sqlite").arg(20 - RecentDatabases::maxCount));
    }

    // Without --db, the app opens IAMM_DB, else the newest database opened last that can still be
    // opened, else the default file.
    void theAppStartsOnTheDatabaseOpenedLast()
    {
        using iamm::RecentDatabases;
        qunsetenv("IAMM_DB");
        const QString fallback = iamm::DataPaths::defaultDatabasePath();
        QVERIFY(fallback.startsWith(m_home.path()));
        QCOMPARE(RecentDatabases::startupLocation(), fallback);

        const QString gone = m_home.filePath(QStringLiteral("removed.sqlite"));
        const QString there = m_home.filePath(QStringLiteral("there.sqlite"));
        QVERIFY(QFile(there).open(QIODevice::WriteOnly));
        RecentDatabases::save({gone, there, QStringLiteral("postgresql://team@db/iamm")});
        QCOMPARE(RecentDatabases::startupLocation(), there);
        RecentDatabases::save({QStringLiteral("postgresql://team@db/iamm"), there});
        QCOMPARE(RecentDatabases::startupLocation(), QStringLiteral("postgresql://team@db/iamm"));
        RecentDatabases::save({gone});
        QCOMPARE(RecentDatabases::startupLocation(), fallback);

        qputenv("IAMM_DB", QFile::encodeName(there));
        RecentDatabases::save({QStringLiteral("postgresql://team@db/iamm")});
        QCOMPARE(RecentDatabases::startupLocation(), there);
        qunsetenv("IAMM_DB");
    }

    void aTypedPasswordHoldsForItsServerAndUser()
    {
        using iamm::ServerPasswords;
        const auto parse = [](const char *text) { return DatabaseLocation::parse(QString::fromUtf8(text)); };
        ServerPasswords::remember(parse("postgresql://team@db:5433/iamm"), QStringLiteral("s3cret"));
        QCOMPARE(ServerPasswords::of(parse("postgresql://team@db:5433/other")), QStringLiteral("s3cret"));
        QCOMPARE(ServerPasswords::of(parse("postgresql://observer@db:5433/iamm")), QString());
        QCOMPARE(ServerPasswords::of(parse("postgresql://team@db:5434/iamm")), QString());
        ServerPasswords::forget(parse("postgresql://team@db/iamm"));
        QCOMPARE(ServerPasswords::of(parse("postgresql://team@db:5433/iamm")), QStringLiteral("s3cret"));
        ServerPasswords::forget(parse("postgresql://team@db:5433/iamm"));
        QCOMPARE(ServerPasswords::of(parse("postgresql://team@db:5433/iamm")), QString());
    }
};

QTEST_GUILESS_MAIN(DatabaseLocationTest)
#include "tst_databaselocation.moc"
