// SPDX-License-Identifier: GPL-3.0-or-later
// `iamm trend`, `iamm compare`, `iamm assessment set-previous`, `iamm score --change-reason/--change-note` and
// `iamm action review`, run as a real process: exact output, exit codes, and bad input leaving the database as
// it was.
#include "clitestsupport.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <nlohmann/json.hpp>

using iamm::test::CliResult;
using iamm::test::describe;
using iamm::test::fixture;
using iamm::test::isolateUserDirectories;
using iamm::test::linesOf;
using iamm::test::runCli;
using iamm::test::TempDatabase;
using iamm::test::verifyOneLineError;
using iamm::test::verifyRejected;
using json = nlohmann::json;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace

class CliRoundsTest : public QObject
{
    Q_OBJECT

private:
    // A draft of Germany on the three-item test framework (TS-01, TS-02, TS-03).
    QString create(const QString &database, const char *date, const char *state = "DEU");
    void score(const QString &database, const QString &id, const QStringList &arguments);
    // Round one (2023, final): TS-01 1, TS-02 N/A, TS-03 2. Round two (2024, draft): TS-01 3 (performance, "Law in
    // force"), TS-02 2 (evidence), TS-03 not assessed.
    void createTwoRounds(const QString &database, QString &first, QString &second);

    QTemporaryDir m_environment;

private slots:
    void initTestCase();
    void helpAndManPageListTheCommands();
    void trendJsonIsExact();
    void trendFinalsOnlyCsvAndText();
    void compareJsonIsExactAndRefusesAnotherFramework();
    void setPreviousNamesAndClears();
    void badInputChangesNothing_data();
    void badInputChangesNothing();
    void carriedActionsAreListedAndReviewed();
    void demoHasThreeRoundsForAurelia();
};

void CliRoundsTest::initTestCase()
{
    isolateUserDirectories(m_environment);
    const QString folder = m_environment.filePath(s("data/iamm/frameworks"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(QFile::copy(fixture(s("cli/small-framework.json")), folder + s("/small.json")));
}

QString CliRoundsTest::create(const QString &database, const char *date, const char *state)
{
    const CliResult created = runCli(database, {s("assessment"), s("create"), s("--state"), s(state), s("--framework"),
                                                s("cli-test"), s("--date"), s(date)});
    if (created.exitCode != 0)
        qFatal("cannot create an assessment: %s", qPrintable(describe(created)));
    return created.out.trimmed();
}

void CliRoundsTest::score(const QString &database, const QString &id, const QStringList &arguments)
{
    const CliResult result = runCli(database, QStringList{s("score"), id} + arguments);
    if (result.exitCode != 0)
        qFatal("cannot score: %s", qPrintable(describe(result)));
}

void CliRoundsTest::createTwoRounds(const QString &database, QString &first, QString &second)
{
    first = create(database, "2023-01-01");
    score(database, first, {s("TS-01"), s("--score"), s("1")});
    score(database, first, {s("TS-02"), s("--na")});
    score(database, first, {s("TS-03"), s("--score"), s("2")});
    const CliResult finalized = runCli(database, {s("assessment"), s("finalize"), first});
    QCOMPARE(finalized.exitCode, 0);
    second = create(database, "2024-01-01");
    score(database, second,
          {s("TS-01"), s("--score"), s("3"), s("--change-reason"), s("performance"), s("--change-note"),
           s("Law in force")});
    score(database, second, {s("TS-02"), s("--score"), s("2"), s("--change-reason"), s("evidence")});
}

void CliRoundsTest::helpAndManPageListTheCommands()
{
    TempDatabase db;
    RUN_OK(help, db.path(), {s("--help")});
    for (const char *text : {"trend --state ISO3 [--framework ID] [--finals-only] [--format json|csv|text]",
                             "compare ID_A ID_B [--format json|text]", "assessment set-previous ID (PREV_ID | --clear)",
                             "[--change-reason performance|evidence|method|other] [--change-note TEXT]",
                             "action review ID ACTION_ID --as continuing|done|dropped"})
        QVERIFY2(help.out.contains(s(text)), text);
    const QString manual = QString::fromUtf8(iamm::test::readFile(fixture(s("../../packaging/iamm.1"))));
    for (const char *text :
         {".TP\n\\fBtrend \\-\\-state\\fR", ".TP\n\\fBcompare\\fR", ".TP\n\\fBassessment set-previous\\fR",
          ".TP\n\\fBaction review\\fR", "\\fB\\-\\-change\\-reason performance\\fR"})
        QVERIFY2(manual.contains(s(text)), text);
}

void CliRoundsTest::trendJsonIsExact()
{
    TempDatabase db;
    QString first;
    QString second;
    createTwoRounds(db.path(), first, second);
    create(db.path(), "2022-01-01", "FRA"); // another state: not in Germany's trend
    RUN_OK(trend, db.path(),
           {s("trend"), s("--state"), s("deu"), s("--framework"), s("cli-test"), s("--format"), s("json")});
    PARSE_JSON(document, trend.out);
    const json expected = json::parse(QStringLiteral(R"({
        "state": "DEU", "framework": "cli-test",
        "rounds": [
            {"id": "%1", "date": "2023-01-01", "status": "final", "sections": [{"id": "TS", "score": 1.5}], "overall": 1.5},
            {"id": "%2", "date": "2024-01-01", "status": "draft", "sections": [{"id": "TS", "score": 2.5}], "overall": 2.5}
        ],
        "items": [
            {"id": "TS-01", "scores": [1, 3], "change": 2, "reason": "performance", "note": "Law in force"},
            {"id": "TS-02", "scores": ["NA", 2], "change": "newly applicable", "reason": "evidence", "note": null},
            {"id": "TS-03", "scores": [2, null], "change": "no longer assessed", "reason": null, "note": null}
        ]})")
                                          .arg(first, second)
                                          .toStdString());
    COMPARE_JSON(document, expected);
    QVERIFY(trend.err.isEmpty());
}

void CliRoundsTest::trendFinalsOnlyCsvAndText()
{
    TempDatabase db;
    QString first;
    QString second;
    createTwoRounds(db.path(), first, second);
    RUN_OK(finals, db.path(),
           {s("trend"), s("--state"), s("DEU"), s("--framework"), s("cli-test"), s("--finals-only"), s("--format"),
            s("json")});
    PARSE_JSON(document, finals.out);
    QCOMPARE(document["rounds"].size(), size_t(1));
    COMPARE_JSON(document["items"][0], json::parse(R"({"id": "TS-01", "scores": [1], "change": null, "reason": null,
                                                        "note": null})"));
    RUN_OK(csv, db.path(),
           {s("trend"), s("--state"), s("DEU"), s("--framework"), s("cli-test"), s("--format"), s("csv")});
    QCOMPARE(csv.out, s("kind,id,2023-01-01 final,2024-01-01 draft,change,reason,note\r\n"
                        "section,TS,1.5,2.5,,,\r\n"
                        "overall,overall,1.5,2.5,,,\r\n"
                        "item,TS-01,1,3,+2,performance,Law in force\r\n"
                        "item,TS-02,NA,2,newly applicable,evidence,\r\n"
                        "item,TS-03,2,,no longer assessed,,\r\n"));
    RUN_OK(text, db.path(), {s("trend"), s("--state"), s("DEU"), s("--framework"), s("cli-test")});
    for (const char *line : {"Germany (DEU), framework cli-test: 2 rounds\n",
                             "Mean          2023-01-01  2024-01-01 draft\nTest section        1.50              2.50\n"
                             "Overall             1.50              2.50\n",
                             "TS-02         N/A                 2    newly applicable\n",
                             "Explanations of change:\n  TS-01  Performance: Law in force\n  TS-02  Evidence\n"})
        QVERIFY2(text.out.contains(s(line)), qPrintable(s(line) + s(" not in:\n") + text.out));
}

void CliRoundsTest::compareJsonIsExactAndRefusesAnotherFramework()
{
    TempDatabase db;
    QString first;
    QString second;
    createTwoRounds(db.path(), first, second);
    RUN_OK(compare, db.path(), {s("compare"), second, first, s("--format"), s("json")});
    PARSE_JSON(document, compare.out);
    const json expected = json::parse(QStringLiteral(R"({
        "framework": "cli-test",
        "from": {"id": "%2", "date": "2024-01-01", "status": "draft"},
        "to": {"id": "%1", "date": "2023-01-01", "status": "final"},
        "items": [
            {"id": "TS-01", "from": 3, "to": 1, "change": -2, "reason": null, "note": null},
            {"id": "TS-02", "from": 2, "to": "NA", "change": "now not applicable", "reason": null, "note": null},
            {"id": "TS-03", "from": null, "to": 2, "change": "newly assessed", "reason": null, "note": null}
        ]})")
                                          .arg(first, second)
                                          .toStdString());
    COMPARE_JSON(document, expected);
    RUN_OK(text, db.path(), {s("compare"), first, second});
    QVERIFY2(text.out.contains(s("3 of 3 items changed.\n")), qPrintable(text.out));

    RUN_OK(other, db.path(), {s("assessment"), s("create"), s("--state"), s("DEU"), s("--date"), s("2024-06-01")});
    const QString iamm = other.out.trimmed();
    verifyRejected(db.path(), {s("compare"), first, iamm}, 1,
                   {s("uses framework cli-test but %1 uses iamm-2004").arg(iamm),
                    s("only assessments of the same framework can be compared")});
}

void CliRoundsTest::setPreviousNamesAndClears()
{
    TempDatabase db;
    QString first;
    QString second;
    createTwoRounds(db.path(), first, second);
    const QString older = create(db.path(), "2020-01-01");
    score(db.path(), older, {s("TS-01"), s("--score"), s("4")});
    RUN_OK(set, db.path(), {s("assessment"), s("set-previous"), second, older});
    QCOMPARE(set.out, s("%1 follows %2\n").arg(second, older));
    const QStringList trendJson{s("trend"),    s("--state"),  s("DEU"), s("--framework"),
                                s("cli-test"), s("--format"), s("json")};
    {
        RUN_OK(trend, db.path(), trendJson);
        PARSE_JSON(document, trend.out);
        QCOMPARE(document["rounds"].size(), size_t(3)); // the draft of 2020 is a round too
        QCOMPARE(document["items"][0]["change"].get<int>(), -1); // 3 against the named 4
    }
    RUN_OK(clear, db.path(), {s("assessment"), s("set-previous"), second, s("--clear")});
    QCOMPARE(clear.out, s("%1 names no previous round; the rule applies\n").arg(second));
    RUN_OK(trend, db.path(), trendJson);
    PARSE_JSON(document, trend.out);
    QCOMPARE(document["items"][0]["change"].get<int>(), 2);
    RUN_OK(history, db.path(), {s("history"), second});
    QVERIFY2(history.out.contains(s("previous round")), qPrintable(history.out));
}

void CliRoundsTest::badInputChangesNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("mentions");
    QTest::newRow("unknown change reason")
        << QStringList{s("score"), s("FIRST"), s("TS-01"), s("--score"), s("2"), s("--change-reason"), s("luck")} << 1
        << QStringList{s("change reason \"luck\" is not one of performance, evidence, method, other")};
    QTest::newRow("previous of another state")
        << QStringList{s("assessment"), s("set-previous"), s("FIRST"), s("FRANCE")} << 1
        << QStringList{s("a previous round is of the same state and framework")};
    QTest::newRow("own previous") << QStringList{s("assessment"), s("set-previous"), s("FIRST"), s("FIRST")} << 1
                                  << QStringList{s("its own previous round")};
    QTest::newRow("set-previous without a round") << QStringList{s("assessment"), s("set-previous"), s("FIRST")} << 2
                                                  << QStringList{s("assessment: expected at least 3 arguments")};
    QTest::newRow("trend of an unknown state")
        << QStringList{s("trend"), s("--state"), s("XYZ"), s("--format"), s("json")} << 1
        << QStringList{s("\"XYZ\" is not an ISO 3166 alpha-3 state code")};
    QTest::newRow("trend of a state without rounds")
        << QStringList{s("trend"), s("--state"), s("ITA"), s("--framework"), s("cli-test")} << 1
        << QStringList{s("ITA has no assessment on framework cli-test")};
    QTest::newRow("trend in an unknown format")
        << QStringList{s("trend"), s("--state"), s("DEU"), s("--format"), s("xml")} << 2
        << QStringList{s("--format must be json, csv or text")};
    QTest::newRow("compare one") << QStringList{s("compare"), s("FIRST")} << 2
                                 << QStringList{s("compare: expected at least 2 arguments")};
    QTest::newRow("compare unknown") << QStringList{s("compare"), s("FIRST"), s("nope")} << 1
                                     << QStringList{s("no assessment with id \"nope\"")};
    QTest::newRow("review as to_review") << QStringList{s("action"), s("review"), s("FIRST"),
                                                        s("1"),      s("--as"),   s("to_review")}
                                         << 2 << QStringList{s("--as must be continuing, done or dropped")};
    QTest::newRow("review an action that was not carried")
        << QStringList{s("action"), s("review"), s("FIRST"), s("1"), s("--as"), s("done")} << 1
        << QStringList{s("action 1 was not carried over from a previous round")};
}

void CliRoundsTest::badInputChangesNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QStringList, mentions);
    TempDatabase db;
    const QString first = create(db.path(), "2023-01-01");
    const QString france = create(db.path(), "2022-01-01", "FRA");
    RUN_OK(action, db.path(), {s("action"), s("add"), first, s("TS-01"), s("--text"), s("Own action")});
    arguments.replaceInStrings(s("FIRST"), first);
    arguments.replaceInStrings(s("FRANCE"), france);
    verifyRejected(db.path(), arguments, exitCode, mentions);
}

void CliRoundsTest::carriedActionsAreListedAndReviewed()
{
    TempDatabase db;
    const QString first = create(db.path(), "2023-01-01");
    RUN_OK(open, db.path(), {s("action"), s("add"), first, s("TS-01"), s("--text"), s("Draft the law")});
    RUN_OK(done, db.path(),
           {s("action"), s("add"), first, s("TS-02"), s("--text"), s("Count arrivals"), s("--status"), s("done")});
    RUN_OK(finalized, db.path(), {s("assessment"), s("finalize"), first});
    RUN_OK(round, db.path(), {s("assessment"), s("new-round"), first, s("--date"), s("2024-01-01")});
    const QString next = round.out.trimmed();
    RUN_OK(list, db.path(), {s("action"), s("list"), next});
    const QStringList rows = linesOf(list.out);
    QCOMPARE(rows.size(), 1);
    QVERIFY2(rows[0].startsWith(s("3\tTS-01\topen\t")), qPrintable(rows[0]));
    QVERIFY2(rows[0].endsWith(s("\tDraft the law\tcarried: to review")), qPrintable(rows[0]));
    RUN_OK(review, db.path(), {s("action"), s("review"), next, s("3"), s("--as"), s("done")});
    QCOMPARE(review.out, s("3 reviewed: done\n"));
    RUN_OK(after, db.path(), {s("action"), s("list"), next});
    QVERIFY2(after.out.contains(s("3\tTS-01\tdone\t")) && after.out.contains(s("carried: done")),
             qPrintable(after.out));
    RUN_OK(original, db.path(), {s("action"), s("list"), first});
    QVERIFY2(original.out.contains(s("1\tTS-01\topen\t")) && !original.out.contains(s("carried")),
             qPrintable(original.out));
}

void CliRoundsTest::demoHasThreeRoundsForAurelia()
{
    TempDatabase db;
    iamm::test::DemoRounds rounds;
    iamm::test::createDemo(db.path(), rounds);
    RUN_OK(trend, db.path(), {s("trend"), s("--state"), s("XAA"), s("--format"), s("json")});
    PARSE_JSON(document, trend.out);
    QCOMPARE(document["rounds"].size(), size_t(3));
    QStringList statuses;
    for (const json &round : document["rounds"])
        statuses << iamm::test::text(round["status"]);
    QCOMPARE(statuses, (QStringList{s("final"), s("final"), s("draft")}));
    QCOMPARE(iamm::test::text(document["rounds"][1]["id"]), rounds.finalId);
    QCOMPARE(iamm::test::text(document["rounds"][2]["id"]), rounds.draftId);
    int explained = 0;
    for (const json &item : document["items"])
        explained += item["reason"].is_string() ? 1 : 0;
    QVERIFY2(explained > 5, trend.out.toUtf8().constData());
    RUN_OK(actions, db.path(), {s("action"), s("list"), rounds.draftId});
    QCOMPARE(actions.out.count(s("\tcarried: ")), 3);
    QVERIFY2(actions.out.contains(s("carried: to review")) && actions.out.contains(s("carried: continuing"))
                 && actions.out.contains(s("carried: done")),
             qPrintable(actions.out));
}

QTEST_GUILESS_MAIN(CliRoundsTest)
#include "tst_clirounds.moc"
