// SPDX-License-Identifier: GPL-3.0-or-later
// Damaged, foreign, missing and read-only database files: nothing is re-initialised or
// half-written, every refusal is one line naming the file, the cause and the way back.
#include "store/assessmentstore.h"
#include "clitestsupport.h"
#include "store/databasebackup.h"
#include "common/iammerror.h"
#include "store/sqlconnection.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <unistd.h>

using namespace iamm;
using iamm::test::CliResult;
using iamm::test::describe;
using iamm::test::runCli;
using iamm::test::TempDatabase;

namespace {

// A demo database whose WAL has been folded into the file (the CLI checkpoints on exit).
QString makeDemo(const TempDatabase &db)
{
    test::DemoRounds rounds;
    test::createDemo(db.path(), rounds);
    return rounds.draftId;
}

// Overwrites pages in the middle of the file, leaving the header page intact.
void damagePages(const QString &path)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    const qint64 pageSize = 4096;
    const qint64 pages = file.size() / pageSize;
    QVERIFY(pages > 8);
    for (qint64 page = pages / 3; page < pages / 3 + 4; ++page) {
        QVERIFY(file.seek(page * pageSize));
        file.write(QByteArray(int(pageSize), '\x5a'));
    }
}

// A copy of the iamm program and its data that any user may read and run, wherever the build
// tree lies (a checkout under /root is closed to nobody).
const QTemporaryDir &programCopyForAnyone()
{
    static QTemporaryDir copy;
    static const bool made = [] {
        const QString source =
            QFileInfo(QStringLiteral(IAMM_TEST_FIXTURES) + QStringLiteral("/../..")).canonicalFilePath();
        const QStringList script = {QStringLiteral("-c"),
                                    QStringLiteral("cp \"$1\" \"$3\"/iamm && cp -r \"$2\"/frameworks \"$2\"/db \"$3\" "
                                                   "&& chmod -R a+rX \"$3\""),
                                    QStringLiteral("copy"),
                                    QStringLiteral(IAMM_CLI_PATH),
                                    source,
                                    copy.path()};
        return QProcess::execute(QStringLiteral("/bin/sh"), script) == 0;
    }();
    if (!made)
        qFatal("cannot copy the iamm program to %s", qPrintable(copy.path()));
    return copy;
}

// Runs iamm as a user for whom the folder and the file are read-only: as root (who may write
// anything) the child drops to nobody, otherwise the permissions alone do it.
CliResult runAsReader(const QString &database, const QStringList &arguments)
{
    const QTemporaryDir &program = programCopyForAnyone();
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("IAMM_DATA_DIR"), program.path());
    env.insert(QStringLiteral("IAMM_DB"), database);
    env.remove(QStringLiteral("XDG_RUNTIME_DIR"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), QStringLiteral("/nonexistent"));
    process.setProcessEnvironment(env);
    if (geteuid() == 0) {
        process.setChildProcessModifier([] {
            if (setgid(65534) != 0 || setuid(65534) != 0)
                _exit(126);
        });
    }
    process.start(program.filePath(QStringLiteral("iamm")), arguments);
    return test::resultOf(process, 60000);
}

} // namespace

class DamagedTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_environment;

private slots:
    void initTestCase() { iamm::test::isolateUserDirectories(m_environment); }

    void notSQLiteFilesAreRefusedAndLeftAlone_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("cause");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("is an empty file");
        QTest::newRow("cut to 1 byte") << QByteArray("S") << QStringLiteral("shorter than a SQLite header");
        QTest::newRow("foreign") << QByteArray(300, 'x') << QStringLiteral("is not a SQLite database");
    }

    void notSQLiteFilesAreRefusedAndLeftAlone()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, cause);
        TempDatabase db;
        test::writeFile(db.path(), content);
        for (const QStringList &arguments :
             {QStringList{QStringLiteral("assessment"), QStringLiteral("list")}, QStringList{QStringLiteral("demo")},
              QStringList{QStringLiteral("check")}}) {
            test::verifyOneLineError(runCli(db.path(), arguments), 1,
                                     {db.path(), cause, QStringLiteral("left unchanged")});
            QCOMPARE(test::readFile(db.path()), content);
            QVERIFY(!QFile::exists(db.path() + QStringLiteral("-wal")));
        }
        QVERIFY_THROWS_EXCEPTION(IammError, AssessmentStore store(db.path()));
        QCOMPARE(test::readFile(db.path()), content);
    }

    void aForeignSQLiteDatabaseIsRefusedBeforeSwitchingToWal()
    {
        TempDatabase db;
        {
            const QString name = QUuid::createUuid().toString();
            QSqlDatabase foreign = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            foreign.setDatabaseName(db.path());
            QVERIFY(foreign.open());
            QSqlQuery(foreign).exec(QStringLiteral("CREATE TABLE recipes (name TEXT)"));
            QSqlQuery(foreign).exec(QStringLiteral("INSERT INTO recipes VALUES ('bread')"));
            foreign.close();
            foreign = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
        }
        const QByteArray before = test::readFile(db.path());
        QCOMPARE(int(before.at(18)), 1); // rollback journal, not WAL
        test::verifyOneLineError(runCli(db.path(), {QStringLiteral("demo")}), 1,
                                 {db.path(), QStringLiteral("another program"), QStringLiteral("recipes")});
        QCOMPARE(test::readFile(db.path()), before);
        QVERIFY(!QFile::exists(db.path() + QStringLiteral("-wal")));
    }

    void aNewDatabaseIsCreatedOnlyWhereNoFileExistsAndSaysSo()
    {
        TempDatabase db;
        const CliResult first = runCli(db.path(), {QStringLiteral("assessment"), QStringLiteral("list")});
        QVERIFY2(first.exitCode == 0, qPrintable(describe(first)));
        QCOMPARE(first.err, QStringLiteral("iamm: created new database %1\n").arg(db.path()));
        const CliResult second = runCli(db.path(), {QStringLiteral("assessment"), QStringLiteral("list")});
        QVERIFY2(second.exitCode == 0 && second.err.isEmpty(), qPrintable(describe(second)));
    }

    void aDamagedDatabaseRefusesWritesAndNamesTheNewestGoodBackup()
    {
        TempDatabase db;
        const QString draft = makeDemo(db);
        QVERIFY(!draft.isEmpty());
        const CliResult backup = runCli(db.path(), {QStringLiteral("backup")});
        QVERIFY2(backup.exitCode == 0, qPrintable(describe(backup)));
        const QString newest = DatabaseBackup::list(db.path()).value(0);
        QVERIFY(!newest.isEmpty());
        damagePages(db.path());
        const QByteArray damaged = test::readFile(db.path());

        const QList<QStringList> writes{
            {QStringLiteral("score"), draft, QStringLiteral("EP-01"), QStringLiteral("--score"), QStringLiteral("3")},
            {QStringLiteral("assessment"), QStringLiteral("create"), QStringLiteral("--state"), QStringLiteral("MEX")},
            {QStringLiteral("group"), QStringLiteral("create"), QStringLiteral("NEW"), QStringLiteral("MEX")},
            {QStringLiteral("demo")},
        };
        for (const QStringList &write : writes) {
            const CliResult result = runCli(db.path(), write);
            test::verifyOneLineError(result, 1,
                                     {db.path(), QStringLiteral("damaged"), QStringLiteral("run `iamm check`"),
                                      QStringLiteral("restore from ") + newest});
            QVERIFY2(result.out.isEmpty(), qPrintable(describe(result)));
            QCOMPARE(test::readFile(db.path()), damaged);
        }

        // One line per problem, or only the refusal when even the schema cannot be read.
        const CliResult check = runCli(db.path(), {QStringLiteral("check")});
        test::verifyOneLineError(check, 1, {db.path(), QStringLiteral("restore from ") + newest});
        for (const QString &line : check.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            QVERIFY2(line.startsWith(db.path() + QStringLiteral(": ")), qPrintable(describe(check)));
        QVERIFY2(check.err.contains(QRegularExpression(QStringLiteral(": \\d+ problems? found; ")))
                     != check.out.isEmpty(),
                 qPrintable(describe(check)));
        QCOMPARE(test::readFile(db.path()), damaged);

        const CliResult restore = runCli(db.path(), {QStringLiteral("restore"), newest});
        QVERIFY2(restore.exitCode == 0, qPrintable(describe(restore)));
        RUN_OK(healthy, db.path(), {QStringLiteral("check")});
        QVERIFY(healthy.out.contains(QLatin1String(": ok (")));
    }

    // Depending on which pages are hit, the store refuses to open or opens and refuses writes;
    // either way the message says the database is damaged and where the backups are.
    void theStoreReportsDamageAndRefusesWrites()
    {
        TempDatabase db;
        const QString draft = makeDemo(db);
        damagePages(db.path());
        const QByteArray damaged = test::readFile(db.path());
        QString message;
        try {
            AssessmentStore store(db.path());
            QVERIFY(!store.damage().isEmpty());
            QVERIFY(!store.integrityProblems().isEmpty());
            store.updateResponse(draft, QStringLiteral("EP-01"), ResponseUpdate{Rating::level(3), {}, {}, {}});
            QFAIL("a damaged database took a write");
        } catch (const IammError &error) {
            message = error.message();
        }
        QVERIFY2(message.startsWith(db.path() + QStringLiteral(": the database is damaged (")), qPrintable(message));
        QVERIFY2(message.endsWith(
                     QStringLiteral("): run `iamm check`; no backup to restore from in %1/backups").arg(db.dir())),
                 qPrintable(message));
        QCOMPARE(test::readFile(db.path()), damaged);
    }

    void readOnlyOnRequestReadsAndRefusesWrites()
    {
        TempDatabase db;
        const QString draft = makeDemo(db);
        const QByteArray before = test::databaseFingerprint(db.path());
        const CliResult list = runCli(
            db.path(), {QStringLiteral("--read-only"), QStringLiteral("assessment"), QStringLiteral("list")});
        QVERIFY2(list.exitCode == 0 && list.out.contains(QLatin1String("XAA")), qPrintable(describe(list)));
        QVERIFY2(list.err.contains(QLatin1String("opened read-only")), qPrintable(describe(list)));
        const CliResult score = runCli(db.path(),
                                       {QStringLiteral("--read-only"), QStringLiteral("score"), draft,
                                        QStringLiteral("EP-01"), QStringLiteral("--score"), QStringLiteral("2"),
                                        QStringLiteral("--rationale"), QStringLiteral("typed text")});
        QCOMPARE(score.exitCode, 1);
        QVERIFY2(score.err.endsWith(QStringLiteral("iamm: %1: the database is read-only (as requested), "
                                                   "nothing was saved\n")
                                        .arg(db.path())),
                 qPrintable(describe(score)));
        QCOMPARE(test::databaseFingerprint(db.path()), before);
    }

    void aReadOnlyFolderAndFileOpenReadOnly()
    {
        TempDatabase db;
        const QString draft = makeDemo(db);
        QVERIFY(!QFile::exists(db.path() + QStringLiteral("-wal")));
        const QByteArray before = test::readFile(db.path());
        const auto readOnly = QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther;
        const auto traversable = readOnly | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther;
        QVERIFY(QFile::setPermissions(db.path(), readOnly));
        QVERIFY(QFile::setPermissions(db.dir(), traversable));

        const CliResult list = runAsReader(db.path(), {QStringLiteral("assessment"), QStringLiteral("list")});
        const CliResult score = runAsReader(db.path(), {QStringLiteral("score"), draft, QStringLiteral("EP-01"),
                                                        QStringLiteral("--score"), QStringLiteral("1")});
        QVERIFY(QFile::setPermissions(db.dir(), traversable | QFile::WriteOwner));
        QVERIFY(QFile::setPermissions(db.path(), readOnly | QFile::WriteOwner));

        QVERIFY2(list.exitCode == 0 && list.out.contains(QLatin1String("XAA")), qPrintable(describe(list)));
        QVERIFY2(list.err.contains(QStringLiteral("%1: opened read-only (the file is not writable)").arg(db.path())),
                 qPrintable(describe(list)));
        QCOMPARE(score.exitCode, 1);
        QVERIFY2(score.err.endsWith(
                     QLatin1String("the database is read-only (the file is not writable), nothing was saved\n")),
                 qPrintable(describe(score)));
        QCOMPARE(test::readFile(db.path()), before);
        QVERIFY(!QFile::exists(db.path() + QStringLiteral("-shm")));
    }
};

QTEST_GUILESS_MAIN(DamagedTest)
#include "tst_damaged.moc"
