// SPDX-License-Identifier: GPL-3.0-or-later
// Backups taken while the database is in use, dated backups beside it, and restoring one.
#include "store/assessmentstore.h"
#include "clitestsupport.h"
#include "store/databasebackup.h"
#include "common/datapaths.h"
#include "framework/frameworkregistry.h"
#include "common/iammerror.h"
#include "store/migrationrunner.h"
#include "store/sqlconnection.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTest>

using namespace iamm;
using iamm::test::CliResult;
using iamm::test::describe;
using iamm::test::runCli;
using iamm::test::TempDatabase;

namespace {

const Framework &iamm2004()
{
    static const FrameworkRegistry registry({DataPaths::frameworksDir()});
    return registry.require(QStringLiteral("iamm-2004"));
}

QString createDraft(AssessmentStore &store, const QString &title)
{
    return store.createAssessment(NewAssessment{QStringLiteral("MEX"), title, QDate(2025, 5, 1), {}}, iamm2004());
}

QStringList titlesIn(const QString &databasePath)
{
    AssessmentStore store(databasePath, SqlConnection::Access::ReadOnly);
    QStringList titles;
    for (const AssessmentInfo &info : store.assessments())
        titles << info.title;
    titles.sort();
    return titles;
}

const QRegularExpression
    datedName(QStringLiteral("^test-[0-9]{8}-[0-9]{6}-(manual|before-migration|closing)(-[0-9]+)?\\.sqlite$"));

} // namespace

class BackupTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_environment;

private slots:
    void initTestCase() { iamm::test::isolateUserDirectories(m_environment); }

    void aBackupIsConsistentWhileAnotherConnectionWrites()
    {
        TempDatabase db;
        AssessmentStore store(db.path());
        createDraft(store, QStringLiteral("Committed"));
        AssessmentStore::Batch open(store);
        createDraft(store, QStringLiteral("Not yet committed"));

        const QString target = db.file(QStringLiteral("copy.sqlite"));
        const CliResult backup = runCli(db.path(), {QStringLiteral("backup"), QStringLiteral("--out"), target});
        QVERIFY2(backup.exitCode == 0, qPrintable(describe(backup)));
        QCOMPARE(backup.out, QStringLiteral("backed up %1 to %2\n").arg(db.path(), target));
        QCOMPARE(titlesIn(target), QStringList{QStringLiteral("Committed")});
        QVERIFY(DatabaseBackup::problemsOf(target).isEmpty());

        const CliResult again = runCli(db.path(), {QStringLiteral("backup"), QStringLiteral("--out"), target});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err == QStringLiteral("iamm: %1: already exists; choose another backup file\n").arg(target),
                 qPrintable(describe(again)));
    }

    void datedBackupsKeepTheNewestTen()
    {
        TempDatabase db;
        AssessmentStore store(db.path());
        QStringList written;
        for (int i = 0; i < DatabaseBackup::keptDatedBackups + 3; ++i) {
            createDraft(store, QStringLiteral("Round %1").arg(i));
            written.prepend(store.writeDatedBackup(DatabaseBackup::Reason::Manual));
        }
        const QStringList kept = DatabaseBackup::list(db.path());
        QCOMPARE(kept, written.mid(0, DatabaseBackup::keptDatedBackups));
        QCOMPARE(QDir(DatabaseBackup::folderFor(db.path())).entryList(QDir::Files).size(),
                 DatabaseBackup::keptDatedBackups);
        for (const QString &path : kept) {
            QVERIFY2(datedName.match(QFileInfo(path).fileName()).hasMatch(), qPrintable(path));
            QCOMPARE(QFileInfo(path).absolutePath(), QDir(db.dir()).filePath(QStringLiteral("backups")));
        }
        QCOMPARE(titlesIn(kept.constFirst()).size(), DatabaseBackup::keptDatedBackups + 3);
    }

    void theCliBacksUpIntoTheBackupsFolder()
    {
        TempDatabase db;
        RUN_OK(
            created, db.path(),
            {QStringLiteral("assessment"), QStringLiteral("create"), QStringLiteral("--state"), QStringLiteral("MEX")});
        RUN_OK(backup, db.path(), {QStringLiteral("backup")});
        const QStringList backups = DatabaseBackup::list(db.path());
        QCOMPARE(backups.size(), 1);
        QCOMPARE(backup.out, QStringLiteral("backed up %1 to %2\n").arg(db.path(), backups.constFirst()));
    }

    void aMigrationIsPrecededByABackup()
    {
        TempDatabase db;
        QTemporaryDir onlyFirst;
        QVERIFY(QFile::copy(DataPaths::migrationsDir() + QStringLiteral("/001_initial.sql"),
                            onlyFirst.filePath(QStringLiteral("001_initial.sql"))));
        {
            SqlConnection connection(db.path());
            MigrationRunner::migrate(connection, onlyFirst.path());
        }
        QVERIFY(DatabaseBackup::list(db.path()).isEmpty());
        AssessmentStore store(db.path());
        const QStringList backups = DatabaseBackup::list(db.path());
        QCOMPARE(backups.size(), 1);
        QVERIFY2(backups.constFirst().endsWith(QLatin1String("-before-migration.sqlite")),
                 qPrintable(backups.constFirst()));
        SqlConnection backup(backups.constFirst(), SqlConnection::Access::ReadOnly);
        QCOMPARE(backup.schemaVersion(), 1);

        AssessmentStore again(db.path());
        QCOMPARE(DatabaseBackup::list(db.path()).size(), 1);
    }

    void closingBacksUpOnlyAfterChanges()
    {
        TempDatabase db;
        {
            AssessmentStore store(db.path());
            QVERIFY(!store.hasChanges());
            createDraft(store, QStringLiteral("Changed"));
            QVERIFY(store.hasChanges());
        }
        AssessmentStore reopened(db.path());
        QVERIFY(!reopened.hasChanges());
        reopened.assessments();
        QVERIFY(!reopened.hasChanges());
    }

    // A server's database has no backups folder beside it: its administrator backs it up.
    void aServerDatabaseHasNoLocalBackups()
    {
        const QString server = QStringLiteral("postgresql://team@db.example.org:5433/iamm");
        QCOMPARE(DatabaseBackup::folderFor(server), QString());
        QCOMPARE(DatabaseBackup::list(server), QStringList());
        QCOMPARE(DatabaseBackup::recoveryAdvice(server),
                 QStringLiteral("the server's administrator restores it from the server's backup"));
        TempDatabase db(TempDatabase::Kind::File);
        const QString backup = db.file(QStringLiteral("backup.sqlite"));
        {
            AssessmentStore store(db.path());
            store.writeBackup(backup);
        }
        try {
            DatabaseBackup::restore(backup, server);
            QFAIL("restored a file over a server database");
        } catch (const IammError &error) {
            QCOMPARE(error.message(),
                     QStringLiteral("%1: the server's administrator restores it from the server's backup; "
                                    "`iamm copy --from %2 --to %1` copies assessments back")
                         .arg(server, backup));
        }
    }

    void restoreReplacesTheDatabaseAndKeepsTheReplacedOne()
    {
        TempDatabase db;
        QString backup;
        {
            AssessmentStore store(db.path());
            createDraft(store, QStringLiteral("Before"));
            backup = store.writeDatedBackup(DatabaseBackup::Reason::Manual);
            createDraft(store, QStringLiteral("After"));
        }
        const CliResult restore = runCli(db.path(), {QStringLiteral("restore"), backup});
        QVERIFY2(restore.exitCode == 0, qPrintable(describe(restore)));
        const QString replaced = QRegularExpression(QStringLiteral("kept as (.*)\n")).match(restore.out).captured(1);
        QVERIFY2(QRegularExpression(QStringLiteral("test\\.sqlite\\.replaced-[0-9]{8}-[0-9]{6}$"))
                     .match(replaced)
                     .hasMatch(),
                 qPrintable(describe(restore)));
        QCOMPARE(QFileInfo(replaced).absolutePath(), QFileInfo(db.path()).absolutePath());
        QCOMPARE(titlesIn(db.path()), QStringList{QStringLiteral("Before")});
        QCOMPARE(titlesIn(replaced), (QStringList{QStringLiteral("After"), QStringLiteral("Before")}));
    }

    void restoreRefusesAnUnusableBackup_data()
    {
        QTest::addColumn<QByteArray>("damage");
        QTest::addColumn<QString>("cause");
        QTest::newRow("cut short") << QByteArray("cut") << QStringLiteral("shorter than a SQLite header");
        QTest::newRow("newer schema") << QByteArray("schema") << QStringLiteral("newer than this program knows");
        QTest::newRow("damaged pages") << QByteArray("pages") << QStringLiteral("damaged");
    }

    void restoreRefusesAnUnusableBackup()
    {
        QFETCH(QByteArray, damage);
        QFETCH(QString, cause);
        TempDatabase db;
        const QString backup = db.file(QStringLiteral("backup.sqlite"));
        {
            AssessmentStore store(db.path());
            for (int i = 0; i < 120; ++i)
                createDraft(store, QStringLiteral("Assessment %1 ").arg(i) + QString(150, QLatin1Char('x')));
            store.writeBackup(backup);
        }
        if (damage == "cut") {
            test::writeFile(backup, test::readFile(backup).left(1));
        } else if (damage == "schema") {
            SqlConnection connection(backup);
            connection.run(QStringLiteral("PRAGMA user_version = 99"));
        } else {
            QByteArray bytes = test::readFile(backup);
            bytes.replace(bytes.size() / 2, 8192, QByteArray(8192, '\x5a'));
            test::writeFile(backup, bytes);
        }
        const QByteArray before = test::readFile(db.path());
        const CliResult restore = runCli(db.path(), {QStringLiteral("restore"), backup});
        QCOMPARE(restore.exitCode, 1);
        QVERIFY2(restore.err.startsWith(QStringLiteral("iamm: %1: not restored").arg(backup))
                     && restore.err.contains(cause) && restore.err.count(QLatin1Char('\n')) == 1,
                 qPrintable(describe(restore)));
        QCOMPARE(test::readFile(db.path()), before);
        QCOMPARE(QDir(db.dir()).entryList({QStringLiteral("*.replaced-*")}, QDir::Files), QStringList());
    }
};

QTEST_GUILESS_MAIN(BackupTest)
#include "tst_backup.moc"
