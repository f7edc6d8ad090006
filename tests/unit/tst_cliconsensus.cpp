// SPDX-License-Identifier: GPL-3.0-or-later
// `iamm contribution`, `iamm consensus show` and `iamm score --dissent`, run as a real process.
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
using iamm::test::verifyRejected;
using iamm::test::writeFile;
using json = nlohmann::json;

namespace {

const QByteArray votes = "participant,agency,item,score,comment\n"
                         "Ana,Interior,TS-01,1,\n"
                         "Ben,Labour,TS-01,3,\"too low, we think\"\n"
                         "Cy,Interior,TS-01,2,\n"
                         "Cy,Interior,TS-02,NA,\n"
                         "Ben,Labour,TS-02,2,\n"
                         "Ana,Interior,TS-02,2,\n"
                         "Ana,Interior,TS-03,2,\n"
                         "Ben,Labour,TS-03,3,\n";

QStringList words(std::initializer_list<const char *> list)
{
    QStringList result;
    for (const char *word : list)
        result << QString::fromUtf8(word);
    return result;
}

json counts(int zero, int one, int two, int three, int four)
{
    return json{{"0", zero}, {"1", one}, {"2", two}, {"3", three}, {"4", four}};
}

} // namespace

class CliConsensusTest : public QObject
{
    Q_OBJECT

private:
    // A draft on the three-item test framework.
    QString createDraft(const QString &database);
    // A draft with the votes imported and TS-01 agreed at 2 with a dissent note.
    QString createWorkshop(const TempDatabase &db);

    QTemporaryDir m_environment;

private slots:
    void initTestCase();
    void helpAndManPageListTheCommands();
    void importListAndConsensusJson();
    void consensusCsvAndText();
    void exchangeFileImportsOneParticipant();
    void reimportReplacesAndRemoveRemoves();
    void dissentAloneKeepsTheScore();
    void badInputChangesNothing_data();
    void badInputChangesNothing();
};

void CliConsensusTest::initTestCase()
{
    isolateUserDirectories(m_environment);
    const QString folder = m_environment.filePath(QStringLiteral("data/iamm/frameworks"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(QFile::copy(fixture(QStringLiteral("cli/small-framework.json")), folder + QStringLiteral("/small.json")));
}

QString CliConsensusTest::createDraft(const QString &database)
{
    const CliResult created = runCli(
        database, words({"assessment", "create", "--state", "DEU", "--framework", "cli-test", "--date", "2025-03-01"}));
    if (created.exitCode != 0)
        qFatal("cannot create an assessment: %s", qPrintable(describe(created)));
    return created.out.trimmed();
}

QString CliConsensusTest::createWorkshop(const TempDatabase &db)
{
    const QString id = createDraft(db.path());
    const QString file = writeFile(db.file(QStringLiteral("votes.csv")), votes);
    const CliResult imported = runCli(db.path(), {QStringLiteral("contribution"), QStringLiteral("import"), id, file});
    if (imported.exitCode != 0 || imported.out != QLatin1String("imported 3 participants; 8 views recorded\n"))
        qFatal("cannot import the votes: %s", qPrintable(describe(imported)));
    const CliResult scored = runCli(db.path(), {QStringLiteral("score"), id, QStringLiteral("TS-01"),
                                                QStringLiteral("--score"), QStringLiteral("2"),
                                                QStringLiteral("--dissent"), QStringLiteral("Labour wanted 3")});
    if (scored.exitCode != 0)
        qFatal("cannot score: %s", qPrintable(describe(scored)));
    return id;
}

void CliConsensusTest::helpAndManPageListTheCommands()
{
    TempDatabase db;
    RUN_OK(help, db.path(), {QStringLiteral("--help")});
    for (const char *text :
         {"contribution import ID FILE.csv", "contribution import ID FILE.json", "contribution list ID",
          "remove ID --participant NAME", "consensus show ID", "[--dissent TEXT]"})
        QVERIFY2(help.out.contains(QLatin1String(text)), text);
    const QString manual = QString::fromUtf8(iamm::test::readFile(fixture(QStringLiteral("../../packaging/iamm.1"))));
    for (const char *text : {"\\fBcontribution import\\fR", "\\fBcontribution list\\fR", "\\fBconsensus show\\fR",
                             "\\fB\\-\\-dissent\\fR"})
        QVERIFY2(manual.contains(QLatin1String(text)), text);
}

void CliConsensusTest::importListAndConsensusJson()
{
    TempDatabase db;
    const QString id = createWorkshop(db);
    RUN_OK(list, db.path(), {QStringLiteral("contribution"), QStringLiteral("list"), id});
    QCOMPARE(list.out, QStringLiteral("Ana\tInterior\t3\tvotes.csv\nBen\tLabour\t3\tvotes.csv\n"
                                      "Cy\tInterior\t2\tvotes.csv\n"));

    RUN_OK(
        shown, db.path(),
        {QStringLiteral("consensus"), QStringLiteral("show"), id, QStringLiteral("--format"), QStringLiteral("json")});
    PARSE_JSON(document, shown.out);
    const json expected{{"assessment", id.toStdString()},
                        {"participants", 3},
                        {"items", json::array({json{{"item", "TS-01"},
                                                    {"n", 3},
                                                    {"na", 0},
                                                    {"counts", counts(0, 1, 1, 1, 0)},
                                                    {"median", 2},
                                                    {"min", 1},
                                                    {"max", 3},
                                                    {"divergent", true},
                                                    {"agreed", 2},
                                                    {"dissent", "Labour wanted 3"}},
                                               json{{"item", "TS-02"},
                                                    {"n", 2},
                                                    {"na", 1},
                                                    {"counts", counts(0, 0, 2, 0, 0)},
                                                    {"median", 2},
                                                    {"min", 2},
                                                    {"max", 2},
                                                    {"divergent", true},
                                                    {"agreed", nullptr},
                                                    {"dissent", nullptr}},
                                               json{{"item", "TS-03"},
                                                    {"n", 2},
                                                    {"na", 0},
                                                    {"counts", counts(0, 0, 1, 1, 0)},
                                                    {"median", 2.5},
                                                    {"min", 2},
                                                    {"max", 3},
                                                    {"divergent", false},
                                                    {"agreed", nullptr},
                                                    {"dissent", nullptr}}})}};
    COMPARE_JSON(document, expected);
    QVERIFY(shown.out.contains(QLatin1String("\"median\": 2.5")));
    QVERIFY(shown.out.startsWith(QLatin1String("{\n  \"assessment\"")));
}

void CliConsensusTest::consensusCsvAndText()
{
    TempDatabase db;
    const QString id = createWorkshop(db);
    RUN_OK(
        runCsv, db.path(),
        {QStringLiteral("consensus"), QStringLiteral("show"), id, QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(linesOf(runCsv.out),
             (QStringList{QStringLiteral("item,n,na,count_0,count_1,count_2,count_3,count_4,median,min,max,divergent,"
                                         "agreed,dissent"),
                          QStringLiteral("TS-01,3,0,0,1,1,1,0,2,1,3,true,2,Labour wanted 3"),
                          QStringLiteral("TS-02,2,1,0,0,2,0,0,2,2,2,true,,"),
                          QStringLiteral("TS-03,2,0,0,0,1,1,0,2.5,2,3,false,,")}));
    RUN_OK(text, db.path(), {QStringLiteral("consensus"), QStringLiteral("show"), id});
    const QStringList lines = linesOf(text.out);
    QCOMPARE(lines.size(), 6);
    QCOMPARE(lines[0], QStringLiteral("Assessment %1: 3 participants from 2 agencies").arg(id));
    QVERIFY2(lines[2].startsWith(QLatin1String("TS-01 !")) && lines[2].contains(QString::fromUtf8("1–3"))
                 && lines[2].endsWith(QLatin1String("Labour wanted 3")),
             qPrintable(lines[2]));
    QVERIFY2(lines[4].startsWith(QLatin1String("TS-03 ")) && lines[4].contains(QLatin1String("2.5")),
             qPrintable(lines[4]));
}

void CliConsensusTest::exchangeFileImportsOneParticipant()
{
    TempDatabase db;
    const QString own = createDraft(db.path());
    RUN_OK(scored, db.path(),
           {QStringLiteral("score"), own, QStringLiteral("TS-02"), QStringLiteral("--na"),
            QStringLiteral("--rationale"), QStringLiteral("not our field")});
    const QString file = db.file(QStringLiteral("justice.json"));
    RUN_OK(exported, db.path(), {QStringLiteral("export"), own, QStringLiteral("--out"), file});
    const QString id = createDraft(db.path());
    RUN_OK(imported, db.path(),
           {QStringLiteral("contribution"), QStringLiteral("import"), id, file, QStringLiteral("--participant"),
            QStringLiteral("Dee"), QStringLiteral("--agency"), QStringLiteral("Justice")});
    QCOMPARE(imported.out, QStringLiteral("imported 1 participant; 1 view recorded\n"));
    RUN_OK(list, db.path(), {QStringLiteral("contribution"), QStringLiteral("list"), id});
    QCOMPARE(list.out, QStringLiteral("Dee\tJustice\t1\tjustice.json\n"));
    RUN_OK(anonymous, db.path(), {QStringLiteral("contribution"), QStringLiteral("import"), id, file});
    RUN_OK(listed, db.path(), {QStringLiteral("contribution"), QStringLiteral("list"), id});
    QCOMPARE(linesOf(listed.out).at(1), QStringLiteral("Participant 2\t\t1\tjustice.json"));
}

void CliConsensusTest::reimportReplacesAndRemoveRemoves()
{
    TempDatabase db;
    const QString id = createWorkshop(db);
    const QString again = writeFile(db.file(QStringLiteral("ben.csv")),
                                    "participant,agency,item,score,comment\nBen,Foreign Affairs,TS-03,4,\n");
    RUN_OK(imported, db.path(), {QStringLiteral("contribution"), QStringLiteral("import"), id, again});
    QCOMPARE(imported.out, QStringLiteral("imported 1 participant; 1 view recorded\n"));
    RUN_OK(list, db.path(), {QStringLiteral("contribution"), QStringLiteral("list"), id});
    QCOMPARE(linesOf(list.out).at(1), QStringLiteral("Ben\tForeign Affairs\t1\tben.csv"));
    RUN_OK(removed, db.path(),
           {QStringLiteral("contribution"), QStringLiteral("remove"), id, QStringLiteral("--participant"),
            QStringLiteral("Ana")});
    QCOMPARE(removed.out, QStringLiteral("Ana removed\n"));
    RUN_OK(after, db.path(), {QStringLiteral("contribution"), QStringLiteral("list"), id});
    QCOMPARE(linesOf(after.out).size(), 2);
    RUN_OK(history, db.path(), {QStringLiteral("history"), id});
    QVERIFY2(history.out.contains(QLatin1String("Labour wanted 3")), qPrintable(history.out));
    QVERIFY2(history.out.contains(QLatin1String("removed")), qPrintable(history.out));
}

void CliConsensusTest::dissentAloneKeepsTheScore()
{
    TempDatabase db;
    const QString id = createWorkshop(db);
    RUN_OK(noted, db.path(),
           {QStringLiteral("score"), id, QStringLiteral("TS-01"), QStringLiteral("--dissent"),
            QStringLiteral("Labour and Justice wanted 3")});
    QCOMPARE(noted.out, QStringLiteral("TS-01: 2 Developing\ndissent: Labour and Justice wanted 3\n"));
    RUN_OK(
        shown, db.path(),
        {QStringLiteral("consensus"), QStringLiteral("show"), id, QStringLiteral("--format"), QStringLiteral("json")});
    PARSE_JSON(document, shown.out);
    QCOMPARE(document["items"][0]["agreed"].get<int>(), 2);
    QCOMPARE(document["items"][0]["dissent"].get<std::string>(), std::string("Labour and Justice wanted 3"));
    RUN_OK(
        assessment, db.path(),
        {QStringLiteral("assessment"), QStringLiteral("show"), id, QStringLiteral("--format"), QStringLiteral("json")});
    PARSE_JSON(details, assessment.out);
    QCOMPARE(details["items"][0]["dissent"].get<std::string>(), std::string("Labour and Justice wanted 3"));
    QCOMPARE(details["items"][1]["dissent"].get<std::string>(), std::string());
    RUN_OK(assessmentText, db.path(), {QStringLiteral("assessment"), QStringLiteral("show"), id});
    QVERIFY2(assessmentText.out.contains(QLatin1String("        Dissent: Labour and Justice wanted 3\n")),
             qPrintable(assessmentText.out));
}

void CliConsensusTest::badInputChangesNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("mentions");
    const QString id = QStringLiteral("{ID}");
    const QString file = QStringLiteral("{FILE}");
    const auto s = [](const char *text) { return QString::fromUtf8(text); };
    const QByteArray header = "participant,agency,item,score,comment\n";
    const auto row = [](const char *name, const QStringList &arguments, const QByteArray &content, int exitCode,
                        const QStringList &mentions) {
        QTest::newRow(name) << arguments << content << exitCode << mentions;
    };
    const QStringList import{s("contribution"), s("import"), id, file};
    row("unknown item", import, header + "Ana,,XX-01,1,\n", 1, {s("line 2"), s("unknown item \"XX-01\"")});
    row("score 5", import, header + "Ana,,TS-01,5,\n", 1, {s("line 2"), s("score 5")});
    row("lowercase na", import, header + "Ana,,TS-01,na,\n", 1, {s("line 2"), s("\"na\"")});
    row("missing column", import, "participant,item,score,comment\n", 1, {s("line 1"), s("\"agency\"")});
    row("duplicate row", import, header + "Ana,,TS-01,1,\nAna,,TS-01,2,\n", 1, {s("line 3"), s("line 2")});
    row("csv with --participant", import + QStringList{s("--participant"), s("Ana")}, header, 2, {s("--participant")});
    row("unknown extension", {s("contribution"), s("import"), id, s("{DIR}/votes.xls")}, header, 1,
        {s("votes.xls"), s(".csv")});
    row("missing file", {s("contribution"), s("import"), id, s("{DIR}/none.csv")}, header, 1,
        {s("none.csv"), s("no such file")});
    row("remove unknown participant", {s("contribution"), s("remove"), id, s("--participant"), s("Zoe")}, header, 1,
        {s("no contribution from \"Zoe\"")});
    row("remove without --participant", {s("contribution"), s("remove"), id}, header, 2, {s("--participant")});
    row("unknown contribution subcommand", {s("contribution"), s("frob"), id}, header, 2, {s("\"frob\"")});
    row("unknown assessment", {s("contribution"), s("list"), s("nope")}, header, 1, {s("\"nope\"")});
    row("consensus bad format", {s("consensus"), s("show"), id, s("--format"), s("xml")}, header, 2, {s("--format")});
    row("consensus unknown subcommand", {s("consensus"), s("frob")}, header, 2, {s("\"frob\"")});
    row("consensus unknown assessment", {s("consensus"), s("show"), s("nope")}, header, 1, {s("\"nope\"")});
    row("dissent too long", {s("score"), id, s("TS-01"), s("--dissent"), QString(20001, QLatin1Char('x'))}, header, 1,
        {s("dissent note")});
}

void CliConsensusTest::badInputChangesNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, content);
    QFETCH(int, exitCode);
    QFETCH(QStringList, mentions);
    TempDatabase db;
    const QString id = createWorkshop(db);
    const QString file = writeFile(db.file(QStringLiteral("bad.csv")), content);
    for (QString &argument : arguments) {
        argument.replace(QLatin1String("{ID}"), id);
        argument.replace(QLatin1String("{FILE}"), file);
        argument.replace(QLatin1String("{DIR}"), db.dir());
    }
    writeFile(db.file(QStringLiteral("votes.xls")), content);
    verifyRejected(db.path(), arguments, exitCode, mentions);
}

QTEST_GUILESS_MAIN(CliConsensusTest)
#include "tst_cliconsensus.moc"
