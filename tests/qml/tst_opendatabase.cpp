// SPDX-License-Identifier: GPL-3.0-or-later
// The "Open database…" dialog's controller over a real workshop: another database file or a
// PostgreSQL server opened in place of the current one, with a password typed for this run only;
// a database that cannot be opened leaves the current one open and says why.
#include "controllers/databasechooser.h"
#include "controllers/workshop.h"
#include "framework/frameworkregistry.h"
#include "store/assessmentstore.h"
#include "store/databaselocation.h"
#include "store/recentdatabases.h"
#include "store/serverpasswords.h"
#include "testserver.h"
#include "testsupport.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUrl>
#include <memory>

using namespace iamm::gui;

namespace {

const QString passwordUser = QStringLiteral("iamm_password_check");
const QString password = QStringLiteral("correct horse battery staple");

QString oneAssessmentDatabase(const iamm::test::TempDatabase &database)
{
    iamm::AssessmentStore store(database.path());
    const iamm::FrameworkRegistry registry;
    store.createAssessment({QStringLiteral("SEN"), QStringLiteral("Dakar workshop"), QDate(2026, 11, 30), {}},
                           registry.require(iamm::FrameworkRegistry::defaultFrameworkId()));
    return database.path();
}

QString serverUrlAs(const QString &url, const QString &user)
{
    QUrl parsed(url);
    parsed.setUserName(user);
    return parsed.toString();
}

} // namespace

class OpenDatabaseTest : public QObject
{
    Q_OBJECT

private:
    iamm::test::TempDatabase m_first{iamm::test::TempDatabase::Kind::File};
    iamm::test::TempDatabase m_second{iamm::test::TempDatabase::Kind::File};
    std::unique_ptr<Workshop> m_workshop;
    std::unique_ptr<DatabaseChooser> m_chooser;

    void expectStillOnTheFirst(int assessmentCount)
    {
        QCOMPARE(m_workshop->databasePath(), m_first.path());
        QCOMPARE(m_workshop->startupProblem(), QString());
        QCOMPARE(m_workshop->assessments()->rowCount(), assessmentCount);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("iamm-tests"));
        QSettings().clear();
        qputenv("PGPASSFILE", QFile::encodeName(m_first.file(QStringLiteral("no-pgpass"))));
        m_workshop = std::make_unique<Workshop>(m_first.path());
        QVERIFY2(m_workshop->loadDemoWorkshop(), qPrintable(m_workshop->saveStatus()->errorMessage()));
        m_chooser = std::make_unique<DatabaseChooser>();
        m_chooser->setWorkshop(m_workshop.get());
        QCOMPARE(m_chooser->recentLocations(), QStringList());
    }

    void aProblemLeavesTheCurrentDatabaseOpen_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("problem");
        const QString missing = m_second.file(QStringLiteral("missing.sqlite"));
        QTest::newRow("no file") << missing << missing + QStringLiteral(": there is no database file there");
        QTest::newRow("empty") << QStringLiteral("  ")
                               << QStringLiteral("type a database address or choose a database file");
        QTest::newRow("bad address") << QStringLiteral("postgresql://db.example.org/iamm")
                                     << QStringLiteral("postgresql://db.example.org/iamm: no user name; expected "
                                                       "postgresql://USER@HOST[:PORT]/DBNAME");
        const QString notADatabase = iamm::test::writeFile(m_second.file(QStringLiteral("notes.sqlite")),
                                                           QByteArray("minutes of the workshop, not a database"));
        QTest::newRow("not a database") << notADatabase << notADatabase + QStringLiteral(" is not a SQLite database");
    }

    void aProblemLeavesTheCurrentDatabaseOpen()
    {
        QFETCH(QString, address);
        QFETCH(QString, problem);
        const int count = m_workshop->assessments()->rowCount();
        const QString openId = m_workshop->session()->assessmentId();
        QVERIFY(!m_chooser->open(address, {}));
        QVERIFY2(m_chooser->problem().startsWith(problem), qPrintable(m_chooser->problem()));
        expectStillOnTheFirst(count);
        QCOMPARE(m_workshop->session()->assessmentId(), openId);
        QCOMPARE(m_chooser->recentLocations(), QStringList());
    }

    void anotherFileOpensInPlaceOfTheCurrent()
    {
        const QString second = oneAssessmentDatabase(m_second);
        QVERIFY(m_workshop->session()->navigator()->goToItem(QStringLiteral("CU-03")));
        m_workshop->session()->response()->editRationale(QStringLiteral("typed just before switching"));
        QSignalSpy reopened(m_workshop.get(), &Workshop::databaseReopened);

        QVERIFY2(m_chooser->open(QStringLiteral(" %1 ").arg(second), {}), qPrintable(m_chooser->problem()));
        QCOMPARE(m_chooser->problem(), QString());
        QCOMPARE(reopened.count(), 1);
        QCOMPARE(m_workshop->databasePath(), second);
        QVERIFY(!m_workshop->session()->isOpen());
        QCOMPARE(m_workshop->assessments()->rowCount(), 1);
        QCOMPARE(m_workshop->assessments()
                     ->data(m_workshop->assessments()->index(0), AssessmentListModel::TitleRole)
                     .toString(),
                 QStringLiteral("Dakar workshop"));
        // What waited for its typing pause was written into the first database before it was closed.
        iamm::AssessmentStore first(m_first.path());
        bool written = false;
        for (const iamm::AssessmentInfo &info : first.assessments())
            written |= first.response(info.id, QStringLiteral("CU-03")).rationale
                       == QStringLiteral("typed just before switching");
        QVERIFY(written);
        QCOMPARE(m_chooser->recentLocations(), QStringList{second});
        QCOMPARE(iamm::RecentDatabases::load(), QStringList{second});
    }

    void theDefaultAndRecentDatabasesOpenAgain()
    {
        QVERIFY2(m_chooser->open(m_first.path(), {}), qPrintable(m_chooser->problem()));
        QCOMPARE(m_workshop->databasePath(), m_first.path());
        QVERIFY(m_workshop->assessments()->rowCount() > 1);
        QCOMPARE(m_chooser->recentLocations(), (QStringList{m_first.path(), m_second.path()}));
        QVERIFY(m_chooser->open(m_second.path(), {}));
        QCOMPARE(m_chooser->recentLocations(), (QStringList{m_second.path(), m_first.path()}));
    }

    void aServerPasswordTypedInTheAppIsUsedAndNotStored()
    {
        QVERIFY2(iamm::test::TestServer::isEnabled(), "IAMM_TEST_POSTGRESQL names no running cluster");
        iamm::test::TempDatabase server;
        {
            iamm::AssessmentStore created(server.path());
        }
        iamm::test::TestServer::runAsSuperuser(
            QStringLiteral("DO $$BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%1') THEN "
                           "CREATE ROLE %1 LOGIN SUPERUSER; END IF; END$$")
                .arg(passwordUser));
        iamm::test::TestServer::runAsSuperuser(
            QStringLiteral("ALTER ROLE %1 PASSWORD '%2'").arg(passwordUser, password));
        const QString address = serverUrlAs(server.path(), passwordUser);
        const iamm::DatabaseLocation location = iamm::DatabaseLocation::parse(address);

        QVERIFY(!m_chooser->open(address, {}));
        QVERIFY2(m_chooser->problem().startsWith(address + QStringLiteral(": cannot open the database: ")),
                 qPrintable(m_chooser->problem()));
        QVERIFY2(m_chooser->problem().contains(QStringLiteral("password")), qPrintable(m_chooser->problem()));
        QVERIFY(!m_chooser->open(address, QStringLiteral("wrong")));
        QVERIFY2(m_chooser->problem().contains(QStringLiteral("password authentication failed")),
                 qPrintable(m_chooser->problem()));
        QCOMPARE(iamm::ServerPasswords::of(location), QString());
        QCOMPARE(m_workshop->databasePath(), m_second.path());

        QVERIFY2(m_chooser->open(address, password), qPrintable(m_chooser->problem()));
        QCOMPARE(m_workshop->databasePath(), address);
        QCOMPARE(m_workshop->startupProblem(), QString());
        QCOMPARE(m_workshop->backupsFolder(), QString());
        QCOMPARE(iamm::ServerPasswords::of(location), password);
        // Other connections of the run (here a second store) use it too.
        QCOMPARE(iamm::AssessmentStore(address).assessments().size(), 0);
        QCOMPARE(m_chooser->recentLocations().constFirst(), address);

        QSettings().sync();
        const QByteArray settings = iamm::test::readFile(QSettings().fileName());
        QVERIFY2(settings.contains(passwordUser.toUtf8()), settings.constData());
        QVERIFY(!settings.contains(password.toUtf8()));
        iamm::ServerPasswords::forget(location);
        QVERIFY(m_chooser->open(m_first.path(), {}));
    }
};

QTEST_GUILESS_MAIN(OpenDatabaseTest)
#include "tst_opendatabase.moc"
