// SPDX-License-Identifier: GPL-3.0-or-later
// The `iamm` command line, run as a real process: frameworks, states, assessments, scoring,
// checklist, evidence, actions, history, demo and check. Peer groups, gap analysis, reports
// and exchange files are in tst_cligroups.cpp.
#include "clitestsupport.h"
#include "store/sqlconnection.h"

#include <QCryptographicHash>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>
#include <QUuid>

#include <pwd.h>
#include <unistd.h>

#include <memory>

#include <nlohmann/json.hpp>

using iamm::test::CliResult;
using iamm::test::copyDatabase;
using iamm::test::createDemo;
using iamm::test::DemoRounds;
using iamm::test::describe;
using iamm::test::fixture;
using iamm::test::isolateUserDirectories;
using iamm::test::itemOf;
using iamm::test::linesOf;
using iamm::test::readFile;
using iamm::test::runCli;
using iamm::test::TempDatabase;
using iamm::test::text;
using iamm::test::verifyRejected;
using iamm::test::writeFile;
using json = nlohmann::json;

namespace {

const QString annexCuOne = QStringLiteral(
    "The continuing movement of people across borders is an integral feature of a rapidly globalizing world.");

QString sha256Of(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// Sets an environment variable for the iamm processes started while it lives.
class ScopedEnvironment
{
public:
    ScopedEnvironment(const char *name, const QByteArray &value)
        : m_name(name)
        , m_old(qgetenv(name))
    {
        qputenv(name, value);
    }
    ~ScopedEnvironment() { qputenv(m_name, m_old); }

private:
    const char *m_name;
    QByteArray m_old;
};

} // namespace

class CliTest : public QObject
{
    Q_OBJECT

private:
    QString createGermany(const QString &database);

    QTemporaryDir m_environment;
    // The demo workshop database built once in initTestCase(); tests change copies of it.
    TempDatabase m_demo;
    // Aurelia's (XAA) draft and final rounds in m_demo.
    DemoRounds m_aurelia;
    // The copy of m_demo that the bad-input rows share: each row must leave it as it was, so a row
    // that changed it has failed, and the next row gets a fresh copy.
    std::unique_ptr<TempDatabase> m_untouched;

private slots:
    void initTestCase();

    void helpListsEveryCommand();
    void versionIsPrinted();
    void noCommandShowsUsage();
    void dbOptionOverridesTheEnvironment();

    void frameworkListShowsTheShippedFramework();
    void frameworkShowJsonCarriesTheAnnexTexts();
    void frameworkShowTextListsEveryItem();
    void frameworkValidateAcceptsAGoodFile();
    void frameworkValidateNamesFileAndJsonPath();
    void userFrameworkFolderIsLoadedAndBrokenFilesIgnored();
    void stateListSearchesNamesAndWithdrawnCodes();

    void createListAndShow();
    void createUsesDefaultTitleAndToday();
    void scoringIsReflectedInShowJson();
    void scoringOnlyChangesTheGivenFields();
    void showTextReflectsScoring();
    void checklistStatusesAreSetAndCleared();
    void evidenceNotesAndLinksAreListedAndRemoved();
    void evidenceFileRoundTripsByHash();
    void binaryEvidenceFileRoundTrips();
    void actionsAreAddedListedChangedAndRemoved();
    void historyRecordsEveryChange();
    void teamMembersAreAddedListedAndRemoved();
    void finalizedAssessmentRefusesChangesUntilReopened();
    void newRoundCopiesRatingsButNotEvidence();
    void deleteWithYesRemovesTheAssessment();

    void demoCreatesACompleteWorkshop();
    void demoShowTextHasTeamEvidenceAndActions();
    void checkPassesOnAHealthyDatabase();
    void checkFindsACorruptedEvidenceFile();

    void badInputChangesNothing_data();
    void badInputChangesNothing();
};

void CliTest::initTestCase()
{
    isolateUserDirectories(m_environment);
    if (QTest::currentTestFailed())
        return;

    createDemo(m_demo.path(), m_aurelia);
}

QString CliTest::createGermany(const QString &database)
{
    const CliResult created = runCli(database, {QStringLiteral("assessment"), QStringLiteral("create"),
                                                QStringLiteral("--state"), QStringLiteral("DEU"),
                                                QStringLiteral("--title"), QStringLiteral("Germany 2025 review"),
                                                QStringLiteral("--date"), QStringLiteral("2025-03-01")});
    if (created.exitCode != 0)
        qFatal("cannot create an assessment: %s", qPrintable(describe(created)));
    return created.out.trimmed();
}

// ---- global

void CliTest::helpListsEveryCommand()
{
    TempDatabase db;
    RUN_OK(help, db.path(), {QStringLiteral("--help")});
    for (const char *command : {"framework list",
                                "state list",
                                "assessment create",
                                "assessment list",
                                "assessment show",
                                "assessment finalize",
                                "assessment new-round",
                                "score ID ITEM",
                                "checklist ID ENTRY",
                                "evidence add",
                                "evidence list",
                                "action add",
                                "action list",
                                "history ID",
                                "team add ID",
                                "team list ID",
                                "group list",
                                "group add",
                                "gap --state",
                                "report --state",
                                "export-table --group",
                                "export ID",
                                "import FILE",
                                "demo",
                                "check",
                                "backup [--out FILE]",
                                "restore FILE",
                                "--read-only"})
        QVERIFY2(help.out.contains(QLatin1String(command)), command);
    QVERIFY(help.out.trimmed().endsWith(db.path()));
    QVERIFY(help.err.isEmpty());
}

void CliTest::versionIsPrinted()
{
    TempDatabase db;
    RUN_OK(version, db.path(), {QStringLiteral("--version")});
    QVERIFY2(QRegularExpression(QStringLiteral("^iamm [0-9]+\\.[0-9]+\\.[0-9]+\n$")).match(version.out).hasMatch(),
             qPrintable(version.out));
}

void CliTest::noCommandShowsUsage()
{
    TempDatabase db;
    const CliResult result = runCli(db.path(), {});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.startsWith(QLatin1String("Usage: iamm")));
}

void CliTest::dbOptionOverridesTheEnvironment()
{
    TempDatabase environmentDb;
    TempDatabase optionDb;
    RUN_OK(created, environmentDb.path(),
           {QStringLiteral("--db"), optionDb.path(), QStringLiteral("assessment"), QStringLiteral("create"),
            QStringLiteral("--state"), QStringLiteral("DEU")});
    RUN_OK(inOption, optionDb.path(), {QStringLiteral("assessment"), QStringLiteral("list")});
    QVERIFY(inOption.out.startsWith(created.out.trimmed() + QStringLiteral("\tDEU\t")));
    RUN_OK(inEnvironment, environmentDb.path(), {QStringLiteral("assessment"), QStringLiteral("list")});
    QCOMPARE(inEnvironment.out, QString());
    RUN_OK(equals, environmentDb.path(),
           {QStringLiteral("--db=") + optionDb.path(), QStringLiteral("assessment"), QStringLiteral("list")});
    QCOMPARE(equals.out, inOption.out);
}

// ---- frameworks and states

void CliTest::frameworkListShowsTheShippedFramework()
{
    TempDatabase db;
    RUN_OK(list, db.path(), {QStringLiteral("framework"), QStringLiteral("list")});
    const QStringList rows = linesOf(list.out);
    QCOMPARE(rows.size(), 1);
    const QStringList fields = rows[0].split(QLatin1Char('\t'));
    QCOMPARE(fields.size(), 5);
    QCOMPARE(fields.mid(0, 4),
             (QStringList{QStringLiteral("iamm-2004"), QStringLiteral("1.0.0"), QStringLiteral("40 items"),
                          QStringLiteral("International Agenda for Migration Management (IAMM)")}));
    QVERIFY(fields[4].endsWith(QLatin1String("frameworks/iamm-2004.json")));
}

void CliTest::frameworkShowJsonCarriesTheAnnexTexts()
{
    TempDatabase db;
    RUN_OK(show, db.path(),
           {QStringLiteral("framework"), QStringLiteral("show"), QStringLiteral("--format"), QStringLiteral("json")});
    PARSE_JSON(framework, show.out);
    QCOMPARE(text(framework["id"]), QStringLiteral("iamm-2004"));
    QCOMPARE(text(framework["version"]), QStringLiteral("1.0.0"));
    QCOMPARE(framework["sections"].size(), size_t(2));
    QCOMPARE(text(framework["sections"][0]["id"]), QStringLiteral("CU"));
    QCOMPARE(text(framework["sections"][1]["id"]), QStringLiteral("EP"));
    QCOMPARE(framework["sections"][0]["items"].size() + framework["sections"][1]["items"].size(), size_t(40));
    const json &cuOne = framework["sections"][0]["items"][0];
    QCOMPARE(text(cuOne["id"]), QStringLiteral("CU-01"));
    QCOMPARE(text(cuOne["text"]), annexCuOne);
    QCOMPARE(text(cuOne["source"]), QStringLiteral("Annex C, no. 1"));
    const json &epThirteen = framework["sections"][1]["items"][12];
    QCOMPARE(text(epThirteen["id"]), QStringLiteral("EP-13"));
    QCOMPARE(text(epThirteen["text"]), QStringLiteral("Migration and Development"));
    QCOMPARE(epThirteen["statements"].size(), size_t(4));
    QCOMPARE(text(epThirteen["statements"][3]["id"]), QStringLiteral("EP-13.S4"));
    QCOMPARE(text(epThirteen["statements"][3]["text"]),
             QStringLiteral("Reduction of the transfer and transaction costs of remittances"));
    QCOMPARE(epThirteen["subtopics"].size(), size_t(4));
    QCOMPARE(framework["scale"]["min"].get<int>(), 0);
    QCOMPARE(framework["scale"]["max"].get<int>(), 4);
    QCOMPARE(framework["scale"]["defaultTarget"].get<int>(), 3);
    QCOMPARE(framework["scale"]["levels"].size(), size_t(5));
    QCOMPARE(text(framework["scale"]["levels"][3]["label"]), QStringLiteral("Established"));
    QCOMPARE(framework["hash"].get<std::string>().size(), size_t(64));

    RUN_OK(byId, db.path(),
           {QStringLiteral("framework"), QStringLiteral("show"), QStringLiteral("iamm-2004"),
            QStringLiteral("--format=json")});
    QCOMPARE(byId.out, show.out);
}

void CliTest::frameworkShowTextListsEveryItem()
{
    TempDatabase db;
    RUN_OK(show, db.path(), {QStringLiteral("framework"), QStringLiteral("show")});
    const QStringList itemLines = linesOf(show.out).filter(QRegularExpression(QStringLiteral("^  (CU|EP)-[0-9]{2}  ")));
    QCOMPARE(itemLines.size(), 40);
    QCOMPARE(itemLines[0], QStringLiteral("  CU-01  ") + annexCuOne);
    QVERIFY(show.out.startsWith(
        QLatin1String("International Agenda for Migration Management (IAMM)\niamm-2004 version 1.0.0\n")));
    QVERIFY(show.out.contains(QLatin1String(
        "\n      * EP-13.S4  Reduction of the transfer and transaction costs of remittances  (Section D.1.c)\n")));
    QVERIFY(show.out.contains(QLatin1String("\n  Default target: 3\n")));
}

void CliTest::frameworkValidateAcceptsAGoodFile()
{
    TempDatabase db;
    RUN_OK(
        valid, db.path(),
        {QStringLiteral("framework"), QStringLiteral("validate"), fixture(QStringLiteral("cli/small-framework.json"))});
    QVERIFY2(QRegularExpression(
                 QStringLiteral("^valid: cli-test version 0\\.1\\.0, 1 sections, 3 items, sha256 [0-9a-f]{64}\n$"))
                 .match(valid.out)
                 .hasMatch(),
             qPrintable(valid.out));

    RUN_OK(shown, db.path(),
           {QStringLiteral("framework"), QStringLiteral("show"), QStringLiteral("--format"), QStringLiteral("json")});
    PARSE_JSON(framework, shown.out);
    RUN_OK(shipped, db.path(), {QStringLiteral("framework"), QStringLiteral("list")});
    const QString shippedPath = shipped.out.trimmed().section(QLatin1Char('\t'), 4);
    RUN_OK(validShipped, db.path(), {QStringLiteral("framework"), QStringLiteral("validate"), shippedPath});
    QCOMPARE(validShipped.out, QStringLiteral("valid: iamm-2004 version 1.0.0, 2 sections, 40 items, sha256 %1\n")
                                   .arg(text(framework["hash"])));
}

void CliTest::frameworkValidateNamesFileAndJsonPath()
{
    TempDatabase db;
    const QString broken = fixture(QStringLiteral("cli/broken-framework.json"));
    const CliResult result = runCli(db.path(), {QStringLiteral("framework"), QStringLiteral("validate"), broken});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.startsWith(QStringLiteral("iamm: %1: $.sections[0].items[2].id: ").arg(broken)),
             qPrintable(result.err));
    QVERIFY2(result.err.contains(QLatin1String("\"TS-3\"")) && result.err.count(QLatin1Char('\n')) == 1,
             qPrintable(result.err));
    QCOMPARE(result.out, QString());
}

void CliTest::userFrameworkFolderIsLoadedAndBrokenFilesIgnored()
{
    QTemporaryDir dataHome;
    const QString folder = dataHome.filePath(QStringLiteral("iamm/frameworks"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(QFile::copy(fixture(QStringLiteral("cli/small-framework.json")), folder + QStringLiteral("/small.json")));
    QVERIFY(QFile::copy(fixture(QStringLiteral("cli/broken-framework.json")), folder + QStringLiteral("/broken.json")));
    const ScopedEnvironment environment("XDG_DATA_HOME", QFile::encodeName(dataHome.path()));
    TempDatabase db;

    RUN_OK(list, db.path(), {QStringLiteral("framework"), QStringLiteral("list")});
    const QStringList rows = linesOf(list.out);
    QCOMPARE(rows.size(), 3);
    QVERIFY(rows[0].startsWith(QLatin1String("iamm-2004\t")));
    QCOMPARE(rows[1],
             QStringLiteral("cli-test\t0.1.0\t3 items\tCLI test framework (fixture)\t%1/small.json").arg(folder));
    QVERIFY(rows[2].startsWith(QStringLiteral("ignored: %1/broken.json: $.sections[0].items[2].id: ").arg(folder)));

    RUN_OK(created, db.path(),
           {QStringLiteral("assessment"), QStringLiteral("create"), QStringLiteral("--state"), QStringLiteral("FRA"),
            QStringLiteral("--framework"), QStringLiteral("cli-test"), QStringLiteral("--date"),
            QStringLiteral("2025-01-02")});
    const QString id = created.out.trimmed();
    RUN_OK(scored, db.path(),
           {QStringLiteral("score"), id, QStringLiteral("TS-02"), QStringLiteral("--score"), QStringLiteral("4")});
    QCOMPARE(scored.out, QStringLiteral("TS-02: 4 Implemented and reviewed\n"));
    verifyRejected(
        db.path(),
        {QStringLiteral("score"), id, QStringLiteral("CU-01"), QStringLiteral("--score"), QStringLiteral("1")}, 1,
        {QStringLiteral("cli-test"), QStringLiteral("\"CU-01\"")});
    RUN_OK(
        show, db.path(),
        {QStringLiteral("assessment"), QStringLiteral("show"), id, QStringLiteral("--format"), QStringLiteral("json")});
    PARSE_JSON(assessment, show.out);
    QCOMPARE(text(assessment["framework"]["id"]), QStringLiteral("cli-test"));
    QCOMPARE(assessment["items"].size(), size_t(3));
    QCOMPARE(itemOf(assessment, QStringLiteral("TS-02"))["score"].get<int>(), 4);
}

void CliTest::stateListSearchesNamesAndWithdrawnCodes()
{
    TempDatabase db;
    RUN_OK(serbia, db.path(),
           {QStringLiteral("state"), QStringLiteral("list"), QStringLiteral("--search"), QStringLiteral("serb")});
    QCOMPARE(serbia.out, QStringLiteral("SRB\tSerbia\nSCG\tSerbia and Montenegro\t(withdrawn code, ISO 3166-3)\n"));
    RUN_OK(all, db.path(), {QStringLiteral("state"), QStringLiteral("list")});
    const QStringList rows = linesOf(all.out);
    QVERIFY(rows.contains(QStringLiteral("DEU\tGermany")));
    QVERIFY(rows.contains(QStringLiteral("XAA\tAurelia (fictitious demo state)\t(fictitious, demo only)")));
    QVERIFY(rows.size() > 249);
}

// ---- assessments

void CliTest::createListAndShow()
{
    TempDatabase db;
    const QString id = createGermany(db.path());
    QVERIFY2(!QUuid::fromString(id).isNull(), qPrintable(id));
    RUN_OK(list, db.path(), {QStringLiteral("assessment"), QStringLiteral("list")});
    QCOMPARE(list.out, QStringLiteral("%1\tDEU\t2025-03-01\tdraft\t0/40 scored, 0 N/A\tGermany 2025 review\n").arg(id));
    RUN_OK(byState, db.path(),
           {QStringLiteral("assessment"), QStringLiteral("list"), QStringLiteral("--state"), QStringLiteral("deu")});
    QCOMPARE(byState.out, list.out);
    RUN_OK(otherState, db.path(),
           {QStringLiteral("assessment"), QStringLiteral("list"), QStringLiteral("--state"), QStringLiteral("FRA")});
    QCOMPARE(otherState.out, QString());

    RUN_OK(
        show, db.path(),
        {QStringLiteral("assessment"), QStringLiteral("show"), id, QStringLiteral("--format"), QStringLiteral("json")});
    PARSE_JSON(assessment, show.out);
    QCOMPARE(text(assessment["id"]), id);
    QCOMPARE(text(assessment["state"]), QStringLiteral("DEU"));
    QCOMPARE(text(assessment["stateName"]), QStringLiteral("Germany"));
    QCOMPARE(text(assessment["title"]), QStringLiteral("Germany 2025 review"));
    QCOMPARE(text(assessment["date"]), QStringLiteral("2025-03-01"));
    QCOMPARE(text(assessment["status"]), QStringLiteral("draft"));
    QCOMPARE(text(assessment["framework"]["id"]), QStringLiteral("iamm-2004"));
    QCOMPARE(assessment["framework"]["matchesInstalled"].get<bool>(), true);
    QCOMPARE(assessment["team"].size(), size_t(0));
    QCOMPARE(assessment["progress"]["items"].get<int>(), 40);
    QCOMPARE(assessment["progress"]["remaining"].get<int>(), 40);
    QCOMPARE(assessment["items"].size(), size_t(40));
    QCOMPARE(text(itemOf(assessment, QStringLiteral("CU-01"))["text"]), annexCuOne);
    QVERIFY(itemOf(assessment, QStringLiteral("CU-01"))["score"].is_null());
    QCOMPARE(itemOf(assessment, QStringLiteral("CU-01"))["effectiveTarget"].get<int>(), 3);
}

void CliTest::createUsesDefaultTitleAndToday()
{
    TempDatabase db;
    RUN_OK(created, db.path(),
           {QStringLiteral("assessment"), QStringLiteral("create"), QStringLiteral("--state"), QStringLiteral("KEN")});
    const QDate today = QDate::currentDate();
    RUN_OK(list, db.path(), {QStringLiteral("assessment"), QStringLiteral("list")});
    QCOMPARE(list.out, QStringLiteral("%1\tKEN\t%2\tdraft\t0/40 scored, 0 N/A\tKenya self-assessment %3\n")
                           .arg(created.out.trimmed(), today.toString(Qt::ISODate))
                           .arg(today.year()));
}

void CliTest::scoringIsReflectedInShowJson()
{
    TempDatabase db;
    const QString id = createGermany(db.path());
    RUN_OK(scored, db.path(),
           {QStringLiteral("score"), id, QStringLiteral("CU-01"), QStringLiteral("--score"), QStringLiteral("3"),
            QStringLiteral("--target"), QStringLiteral("4"), QStringLiteral("--confidence"), QStringLiteral("high"),
            QStringLiteral("--rationale"), QStringLiteral("A standing inter-ministerial committee plans for it.")});
    QCOMPARE(scored.out, QStringLiteral("CU-01: 3 Established\n"));
    RUN_OK(notApplicable, db.path(), {QStringLiteral("score"), id, QStringLiteral("CU-02"), QStringLiteral("--na")});
    QCOMPARE(notApplicable.out, QStringLiteral("CU-02: N/A\n"));
    RUN_OK(cleared, db.path(),
           {QStringLiteral("score"), id, QStringLiteral("CU-03"), QStringLiteral("--score"), QStringLiteral("0")});
    QCOMPARE(cleared.out, QStringLiteral("CU-03: 0 Not in place\n"));
    RUN_OK(clearedAgain, db.path(), {QStringLiteral("score"), id, QStringLiteral("CU-03"), QStringLiteral("--clear")});
    QCOMPARE(clearedAgain.out, QStringLiteral("CU-03: not assessed\n"));
    RUN_OK(targeted, db.path(),
           {QStringLiteral("score"), id, QStringLiteral("EP-20"), QStringLiteral("--score"), QStringLiteral("1"),
            QStringLiteral("--target"), QStringLiteral("2")});
    RUN_OK(untargeted, db.path(),
           {QStringLiteral("score"), id, QStringLiteral("EP-20"), QStringLiteral("--score"), QStringLiteral("2"),
            QStringLiteral("--clear-target"), QStringLiteral("--confidence"), QStringLiteral("low")});
    RUN_OK(note, db.path(),
           {QStringLiteral("evidence"), QStringLiteral("add"), id, QStringLiteral("CU-01"), QStringLiteral("--note"),
            QStringLiteral("Committee minutes of 12 May"), QStringLiteral("--title"), QStringLiteral("Minutes")});
    RUN_OK(link, db.path(),
           {QStringLiteral("evidence"), QStringLiteral("add"), id, QStringLiteral("CU-01"), QStringLiteral("--link"),
            QStringLiteral("https://example.org/committee"), QStringLiteral("--confidential")});
    RUN_OK(action, db.path(),
           {QStringLiteral("action"), QStringLiteral("add"), id, QStringLiteral("CU-01"), QStringLiteral("--text"),
            QStringLiteral("Publish the committee's terms"), QStringLiteral("--owner"), QStringLiteral("Chancellery"),
            QStringLiteral("--due"), QStringLiteral("2025-12-31")});
    QCOMPARE(note.out, QStringLiteral("1\n"));
    QCOMPARE(link.out, QStringLiteral("2\n"));
    QCOMPARE(action.out, QStringLiteral("1\n"));

    RUN_OK(
        show, db.path(),
        {QStringLiteral("assessment"), QStringLiteral("show"), id, QStringLiteral("--format"), QStringLiteral("json")});
    PARSE_JSON(assessment, show.out);
    QCOMPARE(assessment["progress"]["scored"].get<int>(), 2);
    QCOMPARE(assessment["progress"]["notApplicable"].get<int>(), 1);
    QCOMPARE(assessment["progress"]["remaining"].get<int>(), 37);
    const json &cuOne = itemOf(assessment, QStringLiteral("CU-01"));
    QCOMPARE(cuOne["score"].get<int>(), 3);
    QCOMPARE(cuOne["notApplicable"].get<bool>(), false);
    QCOMPARE(cuOne["target"].get<int>(), 4);
    QCOMPARE(cuOne["effectiveTarget"].get<int>(), 4);
    QCOMPARE(text(cuOne["confidence"]), QStringLiteral("high"));
    QCOMPARE(text(cuOne["rationale"]), QStringLiteral("A standing inter-ministerial committee plans for it."));
    const json evidence = json::parse(R"([
        {"id": 1, "kind": "note", "title": "Minutes", "confidential": false, "text": "Committee minutes of 12 May"},
        {"id": 2, "kind": "link", "title": "", "confidential": true, "url": "https://example.org/committee"}])");
    COMPARE_JSON(cuOne["evidence"], evidence);
    const json actions = json::parse(R"([{"id": 1, "text": "Publish the committee's terms", "owner": "Chancellery",
                                          "due": "2025-12-31", "status": "open"}])");
    COMPARE_JSON(cuOne["actions"], actions);
    const json &cuTwo = itemOf(assessment, QStringLiteral("CU-02"));
    QVERIFY(cuTwo["score"].is_null());
    QCOMPARE(cuTwo["notApplicable"].get<bool>(), true);
    QCOMPARE(text(cuTwo["rationale"]), QString());
    QVERIFY(cuTwo["confidence"].is_null());
    const json &cuThree = itemOf(assessment, QStringLiteral("CU-03"));
    QVERIFY(cuThree["score"].is_null());
    QCOMPARE(cuThree["notApplicable"].get<bool>(), false);
    const json &epTwenty = itemOf(assessment, QStringLiteral("EP-20"));
    QCOMPARE(epTwenty["score"].get<int>(), 2);
    QVERIFY(epTwenty["target"].is_null());
    QCOMPARE(epTwenty["effectiveTarget"].get<int>(), 3);
    QCOMPARE(text(epTwenty["confidence"]), QStringLiteral("low"));
}

void CliTest::scoringOnlyChangesTheGivenFields()
{
    TempDatabase db;
    const QString id = createGermany(db.path());
    RUN_OK(first, db.path(),
           {QStringLiteral("score"), id, QStringLiteral("EP-05"), QStringLiteral("--score"), QStringLiteral("1"),
            QStringLiteral("--target"), QStringLiteral("4"), QStringLiteral("--confidence"), QStringLiteral("medium"),
            QStringLiteral("--rationale"), QStringLiteral("Two bilateral agreements")});
    RUN_OK(second, db.path(),
           {QStringLiteral("score"), id, QStringLiteral("EP-05"), QStringLiteral("--score"), QStringLiteral("2")});
    QCOMPARE(second.out, QStringLiteral("EP-05: 2 Developing\n"));
    RUN_OK(
        show, db.path(),
        {QStringLiteral("assessment"), QStringLiteral("show"), id, QStringLiteral("--format"), QStringLiteral("json")});
    PARSE_JSON(assessment, show.out);
    const json &item = itemOf(assessment, QStringLiteral("EP-05"));
    QCOMPARE(item["score"].get<int>(), 2);
    QCOMPARE(item["target"].get<int>(), 4);
    QCOMPARE(text(item["confidence"]), QStringLiteral("medium"));
    QCOMPARE(text(item["rationale"]), QStringLiteral("Two bilateral agreements"));
}

void CliTest::showTextReflectsScoring()
{
    TempDatabase db;
    const QString id = createGermany(db.path());
    RUN_OK(scored, db.path(),
           {QStringLiteral("score"), id, QStringLiteral("CU-01"), QStringLiteral("--score"), QStringLiteral("3"),
            QStringLiteral("--target"), QStringLiteral("4"), QStringLiteral("--confidence"), QStringLiteral("high"),
            QStringLiteral("--rationale"), QStringLiteral("Planned for.")});
    RUN_OK(notApplicable, db.path(), {QStringLiteral("score"), id, QStringLiteral("CU-02"), QStringLiteral("--na")});
    RUN_OK(show, db.path(), {QStringLiteral("assessment"), QStringLiteral("show"), id});
    QVERIFY(show.out.startsWith(QLatin1String("Germany 2025 review   [DRAFT]\nState:      Germany (DEU)\n"
                                              "Date:       2025-03-01   status: draft\n")));
    QVERIFY(show.out.contains(QStringLiteral("Id:         %1\n").arg(id)));
    QVERIFY(show.out.contains(QLatin1String("Progress:   1 scored, 1 N/A, 38 not assessed, of 40\n")));
    QVERIFY(show.out.contains(QStringLiteral("  CU-01  3 Established   target 4   confidence high\n        %1\n"
                                             "        Rationale: Planned for.\n")
                                  .arg(annexCuOne)));
    QVERIFY(show.out.contains(QLatin1String("  CU-02  N/A   target 3\n")));
    QVERIFY(show.out.contains(QLatin1String("  CU-03  not assessed   target 3\n")));
}

void CliTest::checklistStatusesAreSetAndCleared()
{
    TempDatabase db;
    const QString id = createGermany(db.path());
    RUN_OK(partial, db.path(),
           {QStringLiteral("checklist"), id, QStringLiteral("EP-01.1"), QStringLiteral("--status"),
            QStringLiteral("partial")});
    QCOMPARE(partial.out, QStringLiteral("EP-01.1: partly in place (partial)\n"));
    RUN_OK(statement, db.path(),
           {QStringLiteral("checklist"), id, QStringLiteral("EP-13.S4"), QStringLiteral("--status=in_place")});
    RUN_OK(other, db.path(),
           {QStringLiteral("checklist"), id, QStringLiteral("EP-01.2"), QStringLiteral("--status"),
            QStringLiteral("not_applicable")});
    RUN_OK(cleared, db.path(), {QStringLiteral("checklist"), id, QStringLiteral("EP-01.2"), QStringLiteral("--clear")});
    QCOMPARE(cleared.out, QStringLiteral("EP-01.2: cleared\n"));

    RUN_OK(
        show, db.path(),
        {QStringLiteral("assessment"), QStringLiteral("show"), id, QStringLiteral("--format"), QStringLiteral("json")});
    PARSE_JSON(assessment, show.out);
    const json subtopics = json::parse(R"([
        {"id": "EP-01.1", "text": "Cooperation and Dialogue among States", "status": "partial"},
        {"id": "EP-01.2", "text": "Partnerships in Managing Migration", "status": null}])");
    COMPARE_JSON(itemOf(assessment, QStringLiteral("EP-01"))["checklist"], subtopics);
    const json &statements = itemOf(assessment, QStringLiteral("EP-13"))["checklist"];
    QCOMPARE(statements.size(), size_t(8));
    QCOMPARE(text(statements[7]["id"]), QStringLiteral("EP-13.S4"));
    QCOMPARE(text(statements[7]["status"]), QStringLiteral("in_place"));
    QVERIFY(statements[6]["status"].is_null());
}

void CliTest::evidenceNotesAndLinksAreListedAndRemoved()
{
    TempDatabase db;
    const QString id = createGermany(db.path());
    RUN_OK(note, db.path(),
           {QStringLiteral("evidence"), QStringLiteral("add"), id, QStringLiteral("CU-01"), QStringLiteral("--note"),
            QStringLiteral("Interview with the planning unit")});
    RUN_OK(link, db.path(),
           {QStringLiteral("evidence"), QStringLiteral("add"), id, QStringLiteral("EP-02"), QStringLiteral("--link"),
            QStringLiteral("https://example.org/policy"), QStringLiteral("--title"), QStringLiteral("Policy page"),
            QStringLiteral("--confidential")});
    RUN_OK(list, db.path(), {QStringLiteral("evidence"), QStringLiteral("list"), id});
    QCOMPARE(list.out, QStringLiteral("1\tCU-01\tnote\t-\t\tInterview with the planning unit\n"
                                      "2\tEP-02\tlink\tconfidential\tPolicy page\thttps://example.org/policy\n"));
    RUN_OK(filtered, db.path(), {QStringLiteral("evidence"), QStringLiteral("list"), id, QStringLiteral("EP-02")});
    QCOMPARE(filtered.out, QStringLiteral("2\tEP-02\tlink\tconfidential\tPolicy page\thttps://example.org/policy\n"));
    RUN_OK(removed, db.path(), {QStringLiteral("evidence"), QStringLiteral("remove"), QStringLiteral("1")});
    QCOMPARE(removed.out, QStringLiteral("removed\n"));
    RUN_OK(after, db.path(), {QStringLiteral("evidence"), QStringLiteral("list"), id});
    QCOMPARE(after.out, filtered.out);
}

void CliTest::evidenceFileRoundTripsByHash()
{
    TempDatabase db;
    const QString id = createGermany(db.path());
    const QString source = fixture(QStringLiteral("cli/evidence-minutes.txt"));
    const QByteArray bytes = readFile(source);
    RUN_OK(added, db.path(),
           {QStringLiteral("evidence"), QStringLiteral("add"), id, QStringLiteral("CU-19"), QStringLiteral("--file"),
            source, QStringLiteral("--title"), QStringLiteral("Committee minutes")});
    QCOMPARE(added.out, QStringLiteral("1\n"));
    RUN_OK(list, db.path(), {QStringLiteral("evidence"), QStringLiteral("list"), id, QStringLiteral("CU-19")});
    QCOMPARE(
        list.out,
        QStringLiteral("1\tCU-19\tfile\t-\tCommittee minutes\tevidence-minutes.txt (text/plain, %1 bytes, sha256 %2)\n")
            .arg(bytes.size())
            .arg(sha256Of(bytes)));
    const QString saved = db.file(QStringLiteral("saved.txt"));
    RUN_OK(save, db.path(),
           {QStringLiteral("evidence"), QStringLiteral("save"), QStringLiteral("1"), QStringLiteral("--out"), saved});
    QCOMPARE(save.out, saved + QLatin1Char('\n'));
    QCOMPARE(readFile(saved), bytes);

    RUN_OK(
        show, db.path(),
        {QStringLiteral("assessment"), QStringLiteral("show"), id, QStringLiteral("--format"), QStringLiteral("json")});
    PARSE_JSON(assessment, show.out);
    const json &evidence = itemOf(assessment, QStringLiteral("CU-19"))["evidence"][0];
    QCOMPARE(text(evidence["fileName"]), QStringLiteral("evidence-minutes.txt"));
    QCOMPARE(text(evidence["sha256"]), sha256Of(bytes));
    QCOMPARE(evidence["size"].get<qint64>(), qint64(bytes.size()));
}

void CliTest::binaryEvidenceFileRoundTrips()
{
    TempDatabase db;
    const QString id = createGermany(db.path());
    QByteArray bytes;
    for (int i = 0; i < 70000; ++i)
        bytes.append(char((i * 31 + i / 256) % 256));
    const QString source = writeFile(db.file(QStringLiteral("scan.bin")), bytes);
    RUN_OK(added, db.path(),
           {QStringLiteral("evidence"), QStringLiteral("add"), id, QStringLiteral("EP-04"), QStringLiteral("--file"),
            source});
    const QString saved = db.file(QStringLiteral("scan-copy.bin"));
    RUN_OK(save, db.path(),
           {QStringLiteral("evidence"), QStringLiteral("save"), added.out.trimmed(), QStringLiteral("--out"), saved});
    QCOMPARE(readFile(saved), bytes);
    RUN_OK(list, db.path(), {QStringLiteral("evidence"), QStringLiteral("list"), id});
    QVERIFY2(
        list.out.contains(QStringLiteral("\tscan.bin\tscan.bin (application/octet-stream, 70000 bytes, sha256 %1)\n")
                              .arg(sha256Of(bytes))),
        qPrintable(list.out));
}

void CliTest::actionsAreAddedListedChangedAndRemoved()
{
    TempDatabase db;
    const QString id = createGermany(db.path());
    RUN_OK(first, db.path(),
           {QStringLiteral("action"), QStringLiteral("add"), id, QStringLiteral("EP-19"), QStringLiteral("--text"),
            QStringLiteral("Write a data-sharing protocol"), QStringLiteral("--owner"),
            QStringLiteral("Statistics office"), QStringLiteral("--due"), QStringLiteral("2027-01-31")});
    RUN_OK(second, db.path(),
           {QStringLiteral("action"), QStringLiteral("add"), id, QStringLiteral("EP-05"), QStringLiteral("--text"),
            QStringLiteral("Map labour agreements"), QStringLiteral("--status"), QStringLiteral("in_progress")});
    QCOMPARE(first.out, QStringLiteral("1\n"));
    QCOMPARE(second.out, QStringLiteral("2\n"));
    RUN_OK(list, db.path(), {QStringLiteral("action"), QStringLiteral("list"), id});
    QCOMPARE(list.out,
             QStringLiteral("2\tEP-05\tin progress\t\t\tMap labour agreements\n"
                            "1\tEP-19\topen\t2027-01-31\tStatistics office\tWrite a data-sharing protocol\n"));
    RUN_OK(done, db.path(),
           {QStringLiteral("action"), QStringLiteral("set-status"), id, QStringLiteral("1"), QStringLiteral("--status"),
            QStringLiteral("done")});
    QCOMPARE(done.out, QStringLiteral("1 updated\n"));
    RUN_OK(filtered, db.path(), {QStringLiteral("action"), QStringLiteral("list"), id, QStringLiteral("EP-19")});
    QCOMPARE(filtered.out,
             QStringLiteral("1\tEP-19\tdone\t2027-01-31\tStatistics office\tWrite a data-sharing protocol\n"));
    RUN_OK(removed, db.path(), {QStringLiteral("action"), QStringLiteral("remove"), id, QStringLiteral("2")});
    QCOMPARE(removed.out, QStringLiteral("2 removed\n"));
    RUN_OK(after, db.path(), {QStringLiteral("action"), QStringLiteral("list"), id});
    QCOMPARE(after.out, filtered.out);
}

void CliTest::teamMembersAreAddedListedAndRemoved()
{
    TempDatabase db;
    const QString id = createGermany(db.path());
    RUN_OK(first, db.path(),
           {QStringLiteral("team"), QStringLiteral("add"), id, QStringLiteral("--name"), QStringLiteral("Anna Weber"),
            QStringLiteral("--agency"), QStringLiteral("Federal Foreign Office"), QStringLiteral("--role"),
            QStringLiteral("Chair")});
    RUN_OK(
        second, db.path(),
        {QStringLiteral("team"), QStringLiteral("add"), id, QStringLiteral("--name"), QStringLiteral("Jonas Keller")});
    RUN_OK(third, db.path(),
           {QStringLiteral("team"), QStringLiteral("add"), id, QStringLiteral("--name"), QStringLiteral("Lea Braun"),
            QStringLiteral("--agency"), QStringLiteral("Statistics office")});
    QCOMPARE(first.out, QStringLiteral("1\n"));
    QCOMPARE(second.out, QStringLiteral("2\n"));
    QCOMPARE(third.out, QStringLiteral("3\n"));
    RUN_OK(list, db.path(), {QStringLiteral("team"), QStringLiteral("list"), id});
    QCOMPARE(list.out, QStringLiteral("1\tAnna Weber\tFederal Foreign Office\tChair\n"
                                      "2\tJonas Keller\t\t\n"
                                      "3\tLea Braun\tStatistics office\t\n"));
    RUN_OK(removed, db.path(), {QStringLiteral("team"), QStringLiteral("remove"), id, QStringLiteral("2")});
    QCOMPARE(removed.out, QStringLiteral("2 removed\n"));
    RUN_OK(after, db.path(), {QStringLiteral("team"), QStringLiteral("list"), id});
    QCOMPARE(after.out, QStringLiteral("1\tAnna Weber\tFederal Foreign Office\tChair\n"
                                       "2\tLea Braun\tStatistics office\t\n"));
    RUN_OK(
        show, db.path(),
        {QStringLiteral("assessment"), QStringLiteral("show"), id, QStringLiteral("--format"), QStringLiteral("json")});
    PARSE_JSON(shown, show.out);
    QCOMPARE(QString::fromStdString(shown.dump()).count(QStringLiteral("Lea Braun")), 1);
    RUN_OK(history, db.path(), {QStringLiteral("history"), id});
    QVERIFY2(history.out.contains(QStringLiteral("team\tAnna Weber, Jonas Keller, Lea Braun -> Anna Weber, Lea Braun")),
             qPrintable(history.out));
}

void CliTest::historyRecordsEveryChange()
{
    TempDatabase db;
    const QString id = createGermany(db.path());
    RUN_OK(scored, db.path(),
           {QStringLiteral("score"), id, QStringLiteral("CU-01"), QStringLiteral("--score"), QStringLiteral("2"),
            QStringLiteral("--confidence"), QStringLiteral("low")});
    RUN_OK(rescored, db.path(),
           {QStringLiteral("score"), id, QStringLiteral("CU-01"), QStringLiteral("--score"), QStringLiteral("3")});
    RUN_OK(checked, db.path(),
           {QStringLiteral("checklist"), id, QStringLiteral("EP-01.1"), QStringLiteral("--status"),
            QStringLiteral("partial")});
    RUN_OK(finalized, db.path(), {QStringLiteral("assessment"), QStringLiteral("finalize"), id});
    RUN_OK(history, db.path(), {QStringLiteral("history"), id});
    const passwd *account = getpwuid(geteuid());
    const QString user = db.isServer() ? QUrl(db.path()).userName() : QString::fromLocal8Bit(account->pw_name);
    QStringList changes;
    for (const QString &line : linesOf(history.out)) {
        QVERIFY2(
            QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ?\t")).match(line).hasMatch(),
            qPrintable(line));
        QCOMPARE(line.section(QLatin1Char('\t'), -1), user);
        changes << line.section(QLatin1Char('\t'), 1, -2);
    }
    QCOMPARE(changes, (QStringList{
                          QStringLiteral("assessment\t%1\tcreated\t -> Germany 2025 review").arg(id),
                          QStringLiteral("response\tCU-01\trating\t -> 2"),
                          QStringLiteral("response\tCU-01\tconfidence\t -> low"),
                          QStringLiteral("response\tCU-01\trating\t2 -> 3"),
                          QStringLiteral("checklist\tEP-01.1\tstatus\t -> partly in place"),
                          QStringLiteral("assessment\t%1\tstatus\tdraft -> final").arg(id),
                      }));
}

void CliTest::finalizedAssessmentRefusesChangesUntilReopened()
{
    TempDatabase db;
    const QString id = createGermany(db.path());
    RUN_OK(note, db.path(),
           {QStringLiteral("evidence"), QStringLiteral("add"), id, QStringLiteral("CU-01"), QStringLiteral("--note"),
            QStringLiteral("Kept after finalizing")});
    RUN_OK(finalized, db.path(), {QStringLiteral("assessment"), QStringLiteral("finalize"), id});
    QCOMPARE(finalized.out, QStringLiteral("%1 finalized\n").arg(id));
    const QStringList final{id, QStringLiteral("final")};
    verifyRejected(
        db.path(),
        {QStringLiteral("score"), id, QStringLiteral("CU-01"), QStringLiteral("--score"), QStringLiteral("2")}, 1,
        final);
    verifyRejected(db.path(),
                   {QStringLiteral("checklist"), id, QStringLiteral("EP-01.1"), QStringLiteral("--status"),
                    QStringLiteral("partial")},
                   1, final);
    verifyRejected(db.path(),
                   {QStringLiteral("evidence"), QStringLiteral("add"), id, QStringLiteral("CU-01"),
                    QStringLiteral("--note"), QStringLiteral("x")},
                   1, final);
    verifyRejected(db.path(), {QStringLiteral("evidence"), QStringLiteral("remove"), note.out.trimmed()}, 1, final);
    RUN_OK(list, db.path(), {QStringLiteral("assessment"), QStringLiteral("list")});
    QVERIFY(list.out.startsWith(id + QStringLiteral("\tDEU\t2025-03-01\tfinal\t")));

    RUN_OK(reopened, db.path(), {QStringLiteral("assessment"), QStringLiteral("reopen"), id});
    QCOMPARE(reopened.out, QStringLiteral("%1 reopened as draft\n").arg(id));
    RUN_OK(scored, db.path(),
           {QStringLiteral("score"), id, QStringLiteral("CU-01"), QStringLiteral("--score"), QStringLiteral("2")});
    QCOMPARE(scored.out, QStringLiteral("CU-01: 2 Developing\n"));
}

void CliTest::newRoundCopiesRatingsButNotEvidence()
{
    TempDatabase db;
    const QString id = createGermany(db.path());
    RUN_OK(scored, db.path(),
           {QStringLiteral("score"), id, QStringLiteral("CU-01"), QStringLiteral("--score"), QStringLiteral("3"),
            QStringLiteral("--target"), QStringLiteral("4"), QStringLiteral("--confidence"), QStringLiteral("high"),
            QStringLiteral("--rationale"), QStringLiteral("Planned for.")});
    RUN_OK(checked, db.path(),
           {QStringLiteral("checklist"), id, QStringLiteral("EP-01.1"), QStringLiteral("--status"),
            QStringLiteral("partial")});
    RUN_OK(note, db.path(),
           {QStringLiteral("evidence"), QStringLiteral("add"), id, QStringLiteral("CU-01"), QStringLiteral("--note"),
            QStringLiteral("n")});
    RUN_OK(finalized, db.path(), {QStringLiteral("assessment"), QStringLiteral("finalize"), id});
    RUN_OK(round, db.path(),
           {QStringLiteral("assessment"), QStringLiteral("new-round"), id, QStringLiteral("--title"),
            QStringLiteral("Second round"), QStringLiteral("--date"), QStringLiteral("2026-01-15")});
    const QString newId = round.out.trimmed();
    QVERIFY(!QUuid::fromString(newId).isNull() && newId != id);
    RUN_OK(list, db.path(), {QStringLiteral("assessment"), QStringLiteral("list")});
    QCOMPARE(list.out, QStringLiteral("%1\tDEU\t2026-01-15\tdraft\t1/40 scored, 0 N/A\tSecond round\n"
                                      "%2\tDEU\t2025-03-01\tfinal\t1/40 scored, 0 N/A\tGermany 2025 review\n")
                           .arg(newId, id));
    RUN_OK(show, db.path(),
           {QStringLiteral("assessment"), QStringLiteral("show"), newId, QStringLiteral("--format"),
            QStringLiteral("json")});
    PARSE_JSON(assessment, show.out);
    const json &cuOne = itemOf(assessment, QStringLiteral("CU-01"));
    QCOMPARE(cuOne["score"].get<int>(), 3);
    QCOMPARE(cuOne["target"].get<int>(), 4);
    QCOMPARE(text(cuOne["confidence"]), QStringLiteral("high"));
    QCOMPARE(text(cuOne["rationale"]), QStringLiteral("Planned for."));
    QCOMPARE(cuOne["evidence"].size(), size_t(0));
    QCOMPARE(text(itemOf(assessment, QStringLiteral("EP-01"))["checklist"][0]["status"]), QStringLiteral("partial"));
}

void CliTest::deleteWithYesRemovesTheAssessment()
{
    TempDatabase db;
    const QString id = createGermany(db.path());
    const QString other = createGermany(db.path());
    RUN_OK(deleted, db.path(), {QStringLiteral("assessment"), QStringLiteral("delete"), id, QStringLiteral("--yes")});
    QCOMPARE(deleted.out, QStringLiteral("%1 deleted\n").arg(id));
    RUN_OK(list, db.path(), {QStringLiteral("assessment"), QStringLiteral("list")});
    QCOMPARE(linesOf(list.out).size(), 1);
    QVERIFY(list.out.startsWith(other));
    verifyRejected(db.path(), {QStringLiteral("assessment"), QStringLiteral("show"), id}, 1, {id});
}

// ---- demo and check

void CliTest::demoCreatesACompleteWorkshop()
{
    RUN_OK(list, m_demo.path(), {QStringLiteral("assessment"), QStringLiteral("list")});
    const QStringList rows = linesOf(list.out);
    QCOMPARE(rows.size(), 8);
    for (const QString &state : {QStringLiteral("XAB"), QStringLiteral("XAC"), QStringLiteral("XAD"),
                                 QStringLiteral("XAE"), QStringLiteral("XAF")})
        QCOMPARE(rows.filter(QStringLiteral("\t%1\t").arg(state))
                     .filter(QStringLiteral("\tfinal\t37/40 scored, 3 N/A\t"))
                     .size(),
                 1);

    RUN_OK(show, m_demo.path(),
           {QStringLiteral("assessment"), QStringLiteral("show"), m_aurelia.draftId, QStringLiteral("--format"),
            QStringLiteral("json")});
    PARSE_JSON(assessment, show.out);
    QCOMPARE(text(assessment["state"]), QStringLiteral("XAA"));
    QCOMPARE(text(assessment["stateName"]), QStringLiteral("Aurelia (fictitious demo state)"));
    QCOMPARE(text(assessment["title"]), QStringLiteral("DEMO (fictitious) – second round workshop"));
    QCOMPARE(text(assessment["date"]), QStringLiteral("2026-11-20"));
    QCOMPARE(text(assessment["status"]), QStringLiteral("draft"));
    const json progress = json::parse(R"({"items": 40, "scored": 24, "notApplicable": 2, "remaining": 14})");
    COMPARE_JSON(assessment["progress"], progress);
    QCOMPARE(assessment["team"].size(), size_t(5));
    const json chair = json::parse(R"json({"name": "A. Example (fictitious)", "agency": "Ministry of Foreign Affairs",
                                           "role": "Chair"})json");
    COMPARE_JSON(assessment["team"][0], chair);
    const json &cuOne = itemOf(assessment, QStringLiteral("CU-01"));
    QVERIFY2(cuOne["score"].is_number_integer() && cuOne["score"].get<int>() >= 0 && cuOne["score"].get<int>() <= 4,
             cuOne.dump().c_str());
    QCOMPARE(cuOne["target"].get<int>(), 4);
    QCOMPARE(text(cuOne["confidence"]), QStringLiteral("low"));
    QCOMPARE(text(cuOne["rationale"]),
             QStringLiteral("Fictitious demo rationale: the demo team agreed on this rating for CU-01."));
    int scored = 0;
    for (const json &item : assessment["items"])
        scored += item["score"].is_number() ? 1 : 0;
    QCOMPARE(scored, 24);
    QCOMPARE(itemOf(assessment, QStringLiteral("CU-07"))["notApplicable"].get<bool>(), true);
    QVERIFY(itemOf(assessment, QStringLiteral("EP-07"))["score"].is_null());
    COMPARE_JSON(itemOf(assessment, QStringLiteral("CU-19"))["evidence"][0]["kind"], "note");
    COMPARE_JSON(itemOf(assessment, QStringLiteral("EP-02"))["evidence"][0]["url"],
                 "https://example.org/demo-migration-policy");
    COMPARE_JSON(itemOf(assessment, QStringLiteral("EP-06"))["evidence"][0]["confidential"], true);
    COMPARE_JSON(itemOf(assessment, QStringLiteral("EP-19"))["actions"][0]["due"], "2027-03-31");
    COMPARE_JSON(itemOf(assessment, QStringLiteral("EP-05"))["actions"][0]["status"], "in_progress");
    COMPARE_JSON(itemOf(assessment, QStringLiteral("EP-01"))["checklist"][0]["status"], "in_place");
    COMPARE_JSON(itemOf(assessment, QStringLiteral("EP-13"))["checklist"][7]["status"], "not_in_place");
}

void CliTest::demoShowTextHasTeamEvidenceAndActions()
{
    RUN_OK(show, m_demo.path(), {QStringLiteral("assessment"), QStringLiteral("show"), m_aurelia.draftId});
    for (const QString &expected : {
             QStringLiteral("DEMO (fictitious) – second round workshop   [DRAFT]\n"),
             QStringLiteral("State:      Aurelia (fictitious demo state) (XAA)\n"),
             QStringLiteral("Progress:   24 scored, 2 N/A, 14 not assessed, of 40\n"),
             QStringLiteral("  E. Trainer (fictitious) – Workshop facilitator (Trainer)\n"),
             QStringLiteral("        Evidence #3 (note, confidential): Case figures (fictitious, confidential)\n"),
             QStringLiteral("        Evidence #2 (link): Example policy page (fictitious)\n"),
             QStringLiteral(
                 "        Action #1 [open] Draft a data-sharing protocol between ministries (fictitious demo action)"
                 " – National Statistics Office, due 2027-03-31\n"),
             QStringLiteral("        [partly in place] EP-01.2 Partnerships in Managing Migration\n"),
         })
        QVERIFY2(show.out.contains(expected), qPrintable(expected));
}

void CliTest::checkPassesOnAHealthyDatabase()
{
    TempDatabase db;
    copyDatabase(m_demo, db);
    const QString id = createGermany(db.path());
    RUN_OK(added, db.path(),
           {QStringLiteral("evidence"), QStringLiteral("add"), id, QStringLiteral("CU-01"), QStringLiteral("--file"),
            fixture(QStringLiteral("cli/evidence-minutes.txt"))});
    RUN_OK(check, db.path(), {QStringLiteral("check")});
    QCOMPARE(check.out, QStringLiteral("%1: ok (9 assessments, database and attachments intact)\n").arg(db.path()));
}

void CliTest::checkFindsACorruptedEvidenceFile()
{
    TempDatabase db;
    const QString id = createGermany(db.path());
    RUN_OK(added, db.path(),
           {QStringLiteral("evidence"), QStringLiteral("add"), id, QStringLiteral("CU-01"), QStringLiteral("--file"),
            fixture(QStringLiteral("cli/evidence-minutes.txt"))});
    const QString evidenceId = added.out.trimmed();
    {
        const iamm::SqlConnection sql(db.path());
        const QSqlQuery update = sql.run(QStringLiteral("UPDATE evidence_files SET content = ? WHERE evidence_id = ?"),
                                         {QByteArray("tampered"), evidenceId.toLongLong()});
        QCOMPARE(update.numRowsAffected(), 1);
    }

    const CliResult check = runCli(db.path(), {QStringLiteral("check")});
    QCOMPARE(check.exitCode, 1);
    const QString where = QStringLiteral("assessment %1, evidence %2 (evidence-minutes.txt)").arg(id, evidenceId);
    QCOMPARE(check.out,
             QStringLiteral("%1: size is 8 bytes, recorded %2\n%1: SHA-256 does not match the recorded hash\n")
                 .arg(where)
                 .arg(readFile(fixture(QStringLiteral("cli/evidence-minutes.txt"))).size()));
    const QString advice = db.isServer()
                               ? QStringLiteral("the server's administrator restores it from the server's backup")
                               : QStringLiteral("no backup to restore from in %1/backups").arg(db.dir());
    QCOMPARE(check.err, QStringLiteral("iamm: %1: 2 problems found; %2\n").arg(db.path(), advice));
}

// ---- bad input: exit code, one line naming the culprit, database untouched

void CliTest::badInputChangesNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("mentions");
    const auto row = [](const char *name, const QStringList &arguments, int exitCode, const QStringList &mentions) {
        QTest::newRow(name) << arguments << exitCode << mentions;
    };
    const QString d = QStringLiteral("{DRAFT}");
    const QString f = QStringLiteral("{FINAL}");
    const auto s = [](const char *text) { return QString::fromUtf8(text); };

    row("unknown command", {s("frobnicate")}, 2, {s("\"frobnicate\"")});
    row("unknown global option", {s("--bogus"), s("demo")}, 2, {s("--bogus")});
    row("unknown option", {s("assessment"), s("list"), s("--bogus")}, 2, {s("--bogus")});
    row("option without value", {s("assessment"), s("show"), d, s("--format")}, 2, {s("--format")});
    row("option given twice", {s("score"), d, s("CU-01"), s("--score"), s("1"), s("--score"), s("2")}, 2,
        {s("--score")});
    row("missing subcommand", {s("assessment")}, 2, {s("subcommand")});
    row("unknown subcommand", {s("assessment"), s("frob")}, 2, {s("\"frob\"")});
    row("extra argument", {s("assessment"), s("show"), d, s("extra")}, 2, {s("\"extra\"")});
    row("missing --state", {s("assessment"), s("create")}, 2, {s("--state")});
    row("bad date", {s("assessment"), s("create"), s("--state"), s("DEU"), s("--date"), s("2025-02-30")}, 2,
        {s("--date"), s("2025-02-30")});
    row("date not ISO", {s("assessment"), s("create"), s("--state"), s("DEU"), s("--date"), s("30.01.2025")}, 2,
        {s("30.01.2025")});
    row("bad new-round date", {s("assessment"), s("new-round"), d, s("--date"), s("2025-02-30")}, 2, {s("2025-02-30")});
    row("bad due date", {s("action"), s("add"), d, s("EP-19"), s("--text"), s("t"), s("--due"), s("2025-02-30")}, 2,
        {s("--due"), s("2025-02-30")});
    row("unknown state", {s("assessment"), s("create"), s("--state"), s("XYZ")}, 1, {s("\"XYZ\"")});
    row("unknown state in list", {s("assessment"), s("list"), s("--state"), s("XYZ")}, 1, {s("\"XYZ\"")});
    row("unknown framework", {s("assessment"), s("create"), s("--state"), s("DEU"), s("--framework"), s("nope")}, 1,
        {s("\"nope\""), s("iamm-2004")});
    row("framework show unknown", {s("framework"), s("show"), s("nope")}, 1, {s("\"nope\"")});
    row("framework show bad format", {s("framework"), s("show"), s("--format"), s("xml")}, 2, {s("--format")});
    row("framework validate missing file", {s("framework"), s("validate"), s("{DIR}/none.json")}, 1,
        {s("{DIR}/none.json")});
    row("framework validate broken file", {s("framework"), s("validate"), s("{FIXTURES}/cli/broken-framework.json")}, 1,
        {s("{FIXTURES}/cli/broken-framework.json"), s("$.sections[0].items[2].id")});
    row("state unknown subcommand", {s("state"), s("find")}, 2, {s("\"find\"")});
    row("show unknown assessment", {s("assessment"), s("show"), s("nope")}, 1, {s("\"nope\"")});
    row("show bad format", {s("assessment"), s("show"), d, s("--format"), s("xml")}, 2, {s("--format")});
    row("finalize unknown assessment", {s("assessment"), s("finalize"), s("nope")}, 1, {s("\"nope\"")});
    row("reopen unknown assessment", {s("assessment"), s("reopen"), s("nope")}, 1, {s("\"nope\"")});
    row("delete unknown assessment", {s("assessment"), s("delete"), s("nope"), s("--yes")}, 1, {s("\"nope\"")});
    row("delete without --yes", {s("assessment"), s("delete"), d}, 2, {s("--yes")});
    row("new-round unknown assessment", {s("assessment"), s("new-round"), s("nope")}, 1, {s("\"nope\"")});
    row("score unknown assessment", {s("score"), s("nope"), s("CU-01"), s("--score"), s("1")}, 1, {s("\"nope\"")});
    row("score unknown item", {s("score"), d, s("CU-21"), s("--score"), s("1")}, 1, {s("\"CU-21\"")});
    row("score 5", {s("score"), d, s("CU-01"), s("--score"), s("5")}, 1, {s("score 5"), s("0–4")});
    row("score -1", {s("score"), d, s("CU-01"), s("--score"), s("-1")}, 1, {s("score -1"), s("0–4")});
    row("score not a number", {s("score"), d, s("CU-01"), s("--score"), s("high")}, 2, {s("\"high\"")});
    row("target off the scale", {s("score"), d, s("CU-01"), s("--score"), s("1"), s("--target"), s("9")}, 1,
        {s("target 9")});
    row("score with na", {s("score"), d, s("CU-01"), s("--score"), s("2"), s("--na")}, 2, {s("--score"), s("--na")});
    row("score without rating", {s("score"), d, s("CU-01"), s("--target"), s("2")}, 2,
        {s("--score"), s("--na"), s("--clear")});
    row("target with clear-target",
        {s("score"), d, s("CU-01"), s("--score"), s("2"), s("--target"), s("3"), s("--clear-target")}, 2,
        {s("--target"), s("--clear-target")});
    row("bad confidence", {s("score"), d, s("CU-01"), s("--score"), s("2"), s("--confidence"), s("sure")}, 1,
        {s("\"sure\"")});
    row("score final assessment", {s("score"), f, s("CU-01"), s("--score"), s("2")}, 1, {f, s("final")});
    row("checklist unknown entry", {s("checklist"), d, s("EP-13.S9"), s("--status"), s("in_place")}, 1,
        {s("\"EP-13.S9\"")});
    row("checklist bad status", {s("checklist"), d, s("EP-01.1"), s("--status"), s("maybe")}, 1, {s("\"maybe\"")});
    row("checklist without status", {s("checklist"), d, s("EP-01.1")}, 2, {s("--status"), s("--clear")});
    row("checklist final assessment", {s("checklist"), f, s("EP-01.1"), s("--status"), s("partial")}, 1,
        {f, s("final")});
    row("evidence unknown assessment", {s("evidence"), s("add"), s("nope"), s("CU-01"), s("--note"), s("n")}, 1,
        {s("\"nope\"")});
    row("evidence unknown item", {s("evidence"), s("add"), d, s("CU-21"), s("--note"), s("n")}, 1, {s("\"CU-21\"")});
    row("evidence two kinds",
        {s("evidence"), s("add"), d, s("CU-01"), s("--note"), s("n"), s("--link"), s("https://example.org")}, 2,
        {s("--note"), s("--link")});
    row("evidence empty note", {s("evidence"), s("add"), d, s("CU-01"), s("--note"), s("  ")}, 1, {s("note")});
    row("evidence bad link", {s("evidence"), s("add"), d, s("CU-01"), s("--link"), s("not a link")}, 1,
        {s("\"not a link\"")});
    row("evidence file missing", {s("evidence"), s("add"), d, s("CU-01"), s("--file"), s("{DIR}/missing.pdf")}, 1,
        {s("{DIR}/missing.pdf")});
    row("evidence file oversized", {s("evidence"), s("add"), d, s("CU-01"), s("--file"), s("{BIG}")}, 1,
        {s("{BIG}"), s("20 MiB")});
    row("evidence final assessment", {s("evidence"), s("add"), f, s("CU-01"), s("--note"), s("n")}, 1, {f, s("final")});
    row("evidence list unknown assessment", {s("evidence"), s("list"), s("nope")}, 1, {s("\"nope\"")});
    row("evidence list unknown item", {s("evidence"), s("list"), d, s("CU-21")}, 1, {s("\"CU-21\"")});
    row("evidence remove unknown id", {s("evidence"), s("remove"), s("99")}, 1, {s("99")});
    row("evidence remove not a number", {s("evidence"), s("remove"), s("abc")}, 2, {s("\"abc\"")});
    row("evidence save not a number", {s("evidence"), s("save"), s("abc"), s("--out"), s("{DIR}/out.txt")}, 2,
        {s("\"abc\"")});
    row("evidence save a note", {s("evidence"), s("save"), s("1"), s("--out"), s("{DIR}/out.txt")}, 1,
        {s("evidence 1"), s("note")});
    row("evidence save unknown id", {s("evidence"), s("save"), s("99"), s("--out"), s("{DIR}/out.txt")}, 1, {s("99")});
    row("action unknown assessment", {s("action"), s("add"), s("nope"), s("EP-19"), s("--text"), s("t")}, 1,
        {s("\"nope\"")});
    row("action unknown item", {s("action"), s("add"), d, s("CU-21"), s("--text"), s("t")}, 1, {s("\"CU-21\"")});
    row("action without text", {s("action"), s("add"), d, s("EP-19")}, 2, {s("--text")});
    row("action bad status", {s("action"), s("add"), d, s("EP-19"), s("--text"), s("t"), s("--status"), s("weird")}, 1,
        {s("\"weird\"")});
    row("action list unknown item", {s("action"), s("list"), d, s("CU-21")}, 1, {s("\"CU-21\"")});
    row("action set-status unknown action", {s("action"), s("set-status"), d, s("99"), s("--status"), s("done")}, 1,
        {s("99")});
    row("action set-status bad status", {s("action"), s("set-status"), d, s("1"), s("--status"), s("bogus")}, 1,
        {s("\"bogus\"")});
    row("action set-status not a number", {s("action"), s("set-status"), d, s("abc"), s("--status"), s("done")}, 2,
        {s("\"abc\"")});
    row("action remove not a number", {s("action"), s("remove"), d, s("abc")}, 2, {s("\"abc\"")});
    row("action remove unknown action", {s("action"), s("remove"), d, s("99")}, 1, {s("99")});
    row("history unknown assessment", {s("history"), s("nope")}, 1, {s("\"nope\"")});
    row("team add without name", {s("team"), s("add"), d}, 2, {s("--name")});
    row("team add empty name", {s("team"), s("add"), d, s("--name"), s(" ")}, 2, {s("--name")});
    row("team add unknown assessment", {s("team"), s("add"), s("nope"), s("--name"), s("A")}, 1, {s("\"nope\"")});
    row("team add final assessment", {s("team"), s("add"), f, s("--name"), s("A")}, 1, {f, s("final")});
    row("team list unknown assessment", {s("team"), s("list"), s("nope")}, 1, {s("\"nope\"")});
    row("team remove unknown member", {s("team"), s("remove"), d, s("99")}, 1, {d, s("team member 99")});
    row("team remove not a number", {s("team"), s("remove"), d, s("abc")}, 2, {s("\"abc\"")});
    row("team unknown subcommand", {s("team"), s("rename"), d}, 2, {s("\"rename\"")});
    row("demo twice", {s("demo")}, 1, {s("demo")});
    row("demo with argument", {s("demo"), s("again")}, 2, {s("\"again\"")});
    row("check with argument", {s("check"), s("all")}, 2, {s("\"all\"")});
}

void CliTest::badInputChangesNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QStringList, mentions);
    if (!m_untouched) {
        m_untouched = std::make_unique<TempDatabase>();
        copyDatabase(m_demo, *m_untouched);
    }
    const TempDatabase &db = *m_untouched;
    const QString big = db.file(QStringLiteral("big.pdf"));
    if (arguments.contains(QStringLiteral("{BIG}"))) {
        // Sparse: 21 MiB on paper, next to nothing on disk.
        QFile bigFile(big);
        QVERIFY(bigFile.open(QIODevice::WriteOnly) && bigFile.resize(21 * 1024 * 1024));
    }
    const auto expand = [&](QStringList words) {
        for (QString &word : words)
            word.replace(QLatin1String("{DRAFT}"), m_aurelia.draftId)
                .replace(QLatin1String("{FINAL}"), m_aurelia.finalId)
                .replace(QLatin1String("{DIR}"), db.dir())
                .replace(QLatin1String("{BIG}"), big)
                .replace(QLatin1String("{FIXTURES}"), fixture(QString()).chopped(1));
        return words;
    };
    verifyRejected(db.path(), expand(arguments), exitCode, expand(mentions));
    if (QTest::currentTestFailed())
        m_untouched.reset();
}

QTEST_GUILESS_MAIN(CliTest)
#include "tst_cli.moc"
