// SPDX-License-Identifier: GPL-3.0-or-later
// `iamm note`, `iamm parking`, `iamm agenda` and `iamm report --include-notes`, run as a real process.
#include "clitestsupport.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <nlohmann/json.hpp>

using iamm::test::CliResult;
using iamm::test::describe;
using iamm::test::fixture;
using iamm::test::isolateUserDirectories;
using iamm::test::runCli;
using iamm::test::runTool;
using iamm::test::TempDatabase;
using iamm::test::verifyRejected;
using json = nlohmann::json;

namespace {

QStringList words(std::initializer_list<QString> list)
{
    return QStringList(list);
}

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

json parsed(const QString &output)
{
    return json::parse(output.toStdString(), nullptr, false);
}

QString pdfText(const QString &path)
{
    return runTool(s("pdftotext"), {s("-raw"), s("-enc"), s("UTF-8"), path, s("-")}).simplified();
}

} // namespace

class CliFacilitationTest : public QObject
{
    Q_OBJECT

private:
    // A draft on the three-item test framework (TS-01, TS-02, TS-03).
    QString createDraft(const QString &database);

    QTemporaryDir m_environment;

private slots:
    void initTestCase();
    void helpAndManPageListTheCommands();
    void notesAreSetListedAndCleared();
    void parkingLotAddListDoneUndoRemove();
    void agendaAddListAndClear();
    void badInputChangesNothing_data();
    void badInputChangesNothing();
    void finalAssessmentIsRefused();
    void demoHasFacilitation();
    void reportShowsNotesOnlyWhenAsked();
};

void CliFacilitationTest::initTestCase()
{
    isolateUserDirectories(m_environment);
    const QString folder = m_environment.filePath(s("data/iamm/frameworks"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(QFile::copy(fixture(s("cli/small-framework.json")), folder + s("/small.json")));
}

QString CliFacilitationTest::createDraft(const QString &database)
{
    const CliResult created = runCli(database, words({s("assessment"), s("create"), s("--state"), s("DEU"),
                                                      s("--framework"), s("cli-test"), s("--date"), s("2025-03-01")}));
    if (created.exitCode != 0)
        qFatal("cannot create an assessment: %s", qPrintable(describe(created)));
    return created.out.trimmed();
}

void CliFacilitationTest::helpAndManPageListTheCommands()
{
    TempDatabase db;
    RUN_OK(help, db.path(), {s("--help")});
    for (const char *text : {"note ID ITEM TEXT", "note ID ITEM --clear", "note list ID", "parking add ID --item ITEM",
                             "parking list ID [--open]", "parking done ID QUESTION_ID [--undo]", "parking remove ID",
                             "agenda add ID --title T --from ITEM --to ITEM --minutes N", "agenda list ID",
                             "agenda clear ID", "[--include-notes]"})
        QVERIFY2(help.out.contains(QLatin1String(text)), text);
    const QString manual = QString::fromUtf8(iamm::test::readFile(fixture(s("../../packaging/iamm.1"))));
    for (const char *text : {".TP\n\\fBnote\\fR", ".TP\n\\fBnote list\\fR", ".TP\n\\fBparking add\\fR",
                             ".TP\n\\fBparking list\\fR", ".TP\n\\fBparking done\\fR", ".TP\n\\fBagenda add\\fR",
                             ".TP\n\\fBagenda list\\fR", "\\fB\\-\\-include\\-notes\\fR"})
        QVERIFY2(manual.contains(QLatin1String(text)), text);
}

void CliFacilitationTest::notesAreSetListedAndCleared()
{
    TempDatabase db;
    const QString id = createDraft(db.path());
    RUN_OK(second, db.path(), {s("note"), id, s("TS-02"), s("Ask Labour first")});
    QCOMPARE(second.out, s("note on TS-02 saved\n"));
    RUN_OK(first, db.path(), {s("note"), id, s("TS-01"), s("Tabs\tescaped")});
    RUN_OK(text, db.path(), {s("note"), s("list"), id});
    QCOMPARE(text.out, s("TS-01\tTabs\\tescaped\nTS-02\tAsk Labour first\n"));
    RUN_OK(replaced, db.path(), {s("note"), id, s("TS-02"), s("Ask Interior")});
    RUN_OK(cleared, db.path(), {s("note"), id, s("TS-01"), s("--clear")});
    QCOMPARE(cleared.out, s("note on TS-01 removed\n"));
    RUN_OK(listed, db.path(), {s("note"), s("list"), id, s("--format"), s("json")});
    const json list = parsed(listed.out);
    QVERIFY2(list.is_array() && list.size() == 1, qPrintable(listed.out));
    QCOMPARE(list[0]["item"].get<std::string>(), std::string("TS-02"));
    QCOMPARE(list[0]["text"].get<std::string>(), std::string("Ask Interior"));
    QVERIFY(list[0]["updated"].is_string());
}

void CliFacilitationTest::parkingLotAddListDoneUndoRemove()
{
    TempDatabase db;
    const QString id = createDraft(db.path());
    RUN_OK(added, db.path(), {s("parking"), s("add"), id, s("--item"), s("TS-03"), s("Who funds it?")});
    const QString first = added.out.trimmed();
    RUN_OK(addedSecond, db.path(), {s("parking"), s("add"), id, s("Which law?"), s("--item"), s("TS-01")});
    const QString second = addedSecond.out.trimmed();
    QVERIFY2(first.toLongLong() > 0 && second.toLongLong() > first.toLongLong(), qPrintable(first + second));
    RUN_OK(done, db.path(), {s("parking"), s("done"), id, first});
    QCOMPARE(done.out, first + s(" done\n"));
    RUN_OK(text, db.path(), {s("parking"), s("list"), id});
    QCOMPARE(text.out, first + s("\tTS-03\t[x]\tWho funds it?\n") + second + s("\tTS-01\t[ ]\tWhich law?\n"));
    RUN_OK(open, db.path(), {s("parking"), s("list"), id, s("--open")});
    QCOMPARE(open.out, second + s("\tTS-01\t[ ]\tWhich law?\n"));

    RUN_OK(listed, db.path(), {s("parking"), s("list"), id, s("--format"), s("json")});
    const json list = parsed(listed.out);
    QVERIFY2(list.is_array() && list.size() == 2, qPrintable(listed.out));
    QCOMPARE(list[0]["id"].get<qint64>(), first.toLongLong());
    QCOMPARE(list[0]["item"].get<std::string>(), std::string("TS-03"));
    QCOMPARE(list[0]["done"].get<bool>(), true);
    QVERIFY(list[0]["doneAt"].is_string());
    QCOMPARE(list[1]["done"].get<bool>(), false);
    QVERIFY(list[1]["doneAt"].is_null());
    QCOMPARE(list[1]["text"].get<std::string>(), std::string("Which law?"));

    RUN_OK(undone, db.path(), {s("parking"), s("done"), id, first, s("--undo")});
    QCOMPARE(undone.out, first + s(" reopened\n"));
    RUN_OK(removed, db.path(), {s("parking"), s("remove"), id, second});
    QCOMPARE(removed.out, second + s(" removed\n"));
    RUN_OK(after, db.path(), {s("parking"), s("list"), id, s("--open")});
    QCOMPARE(after.out, first + s("\tTS-03\t[ ]\tWho funds it?\n"));
}

void CliFacilitationTest::agendaAddListAndClear()
{
    TempDatabase db;
    const QString id = createDraft(db.path());
    RUN_OK(first, db.path(),
           {s("agenda"), s("add"), id, s("--title"), s("Morning"), s("--from"), s("TS-01"), s("--to"), s("TS-02"),
            s("--minutes"), s("45")});
    QCOMPARE(first.out, s("session 1 added\n"));
    RUN_OK(second, db.path(),
           {s("agenda"), s("add"), id, s("--title"), s("Wrap-up"), s("--from"), s("TS-03"), s("--to"), s("TS-03"),
            s("--minutes"), s("20")});
    QCOMPARE(second.out, s("session 2 added\n"));
    RUN_OK(text, db.path(), {s("agenda"), s("list"), id});
    QCOMPARE(text.out, s("1\tMorning\tTS-01–TS-02\t45 min\n2\tWrap-up\tTS-03–TS-03\t20 min\ntotal\t65 min\n"));
    RUN_OK(listed, db.path(), {s("agenda"), s("list"), id, s("--format"), s("json")});
    PARSE_JSON(document, listed.out);
    const json expected{
        {"sessions",
         json::array(
             {json{{"title", "Morning"}, {"firstItem", "TS-01"}, {"lastItem", "TS-02"}, {"items", 2}, {"minutes", 45}},
              json{{"title", "Wrap-up"},
                   {"firstItem", "TS-03"},
                   {"lastItem", "TS-03"},
                   {"items", 1},
                   {"minutes", 20}}})},
        {"totalMinutes", 65}};
    COMPARE_JSON(document, expected);
    RUN_OK(cleared, db.path(), {s("agenda"), s("clear"), id});
    QCOMPARE(cleared.out, s("agenda cleared\n"));
    RUN_OK(empty, db.path(), {s("agenda"), s("list"), id});
    QCOMPARE(empty.out, s("total\t0 min\n"));
}

void CliFacilitationTest::badInputChangesNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("mentions");
    const QString id = s("{ID}");
    const auto row = [](const char *name, const QStringList &arguments, int exitCode, const QStringList &mentions) {
        QTest::newRow(name) << arguments << exitCode << mentions;
    };
    row("note unknown item", {s("note"), id, s("XX-01"), s("t")}, 1, {s("no item \"XX-01\"")});
    row("note without text", {s("note"), id, s("TS-01")}, 2, {s("at least 3")});
    row("note text and --clear", {s("note"), id, s("TS-01"), s("t"), s("--clear")}, 2, {s("\"t\"")});
    row("note unknown assessment", {s("note"), s("nope"), s("TS-01"), s("t")}, 1, {s("\"nope\"")});
    row("note list bad format", {s("note"), s("list"), id, s("--format"), s("csv")}, 2, {s("--format")});
    row("parking without --item", {s("parking"), s("add"), id, s("q")}, 2, {s("--item")});
    row("parking blank text", {s("parking"), s("add"), id, s("--item"), s("TS-01"), s(" ")}, 1, {s("needs a text")});
    row("parking unknown item", {s("parking"), s("add"), id, s("--item"), s("XX-01"), s("q")}, 1,
        {s("no item \"XX-01\"")});
    row("parking unknown id", {s("parking"), s("done"), id, s("999")}, 1, {s("no parked question 999")});
    row("parking remove unknown id", {s("parking"), s("remove"), id, s("999")}, 1, {s("no parked question 999")});
    row("parking id not a number", {s("parking"), s("done"), id, s("abc")}, 2, {s("\"abc\"")});
    row("parking unknown subcommand", {s("parking"), s("frob"), id, s("1")}, 2, {s("\"frob\"")});
    const QStringList agenda{s("agenda"), s("add"), id, s("--title"), s("T"), s("--from"), s("TS-01")};
    row("agenda backwards",
        {s("agenda"), s("add"), id, s("--title"), s("T"), s("--from"), s("TS-03"), s("--to"), s("TS-01"),
         s("--minutes"), s("5")},
        1, {s("session 2"), s("TS-03 comes after its last item TS-01")});
    row("agenda minutes 0", agenda + words({s("--to"), s("TS-02"), s("--minutes"), s("0")}), 1,
        {s("0 minutes is outside 1–480")});
    row("agenda minutes not a number", agenda + words({s("--to"), s("TS-02"), s("--minutes"), s("ten")}), 2,
        {s("--minutes"), s("\"ten\"")});
    row("agenda without --to", agenda + words({s("--minutes"), s("5")}), 2, {s("--to")});
    row("agenda without --minutes", agenda + words({s("--to"), s("TS-02")}), 2, {s("--minutes")});
    row("agenda unknown subcommand", {s("agenda"), s("frob"), id}, 2, {s("\"frob\"")});
    row("report unknown option", {s("report"), s("--include-note")}, 2, {s("--include-note")});
}

void CliFacilitationTest::badInputChangesNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QStringList, mentions);
    TempDatabase db;
    const QString id = createDraft(db.path());
    RUN_OK(session, db.path(),
           {s("agenda"), s("add"), id, s("--title"), s("Kept"), s("--from"), s("TS-01"), s("--to"), s("TS-03"),
            s("--minutes"), s("30")});
    for (QString &argument : arguments)
        argument.replace(s("{ID}"), id);
    verifyRejected(db.path(), arguments, exitCode, mentions);
}

void CliFacilitationTest::finalAssessmentIsRefused()
{
    TempDatabase db;
    const QString id = createDraft(db.path());
    RUN_OK(finalized, db.path(), {s("assessment"), s("finalize"), id});
    const QStringList final{s("is final; reopen it before changing it")};
    verifyRejected(db.path(), {s("note"), id, s("TS-01"), s("t")}, 1, final);
    verifyRejected(db.path(), {s("parking"), s("add"), id, s("--item"), s("TS-01"), s("q")}, 1, final);
    verifyRejected(db.path(), {s("agenda"), s("clear"), id}, 1, final);
}

void CliFacilitationTest::demoHasFacilitation()
{
    TempDatabase db;
    iamm::test::DemoRounds rounds;
    iamm::test::createDemo(db.path(), rounds);
    RUN_OK(notes, db.path(), {s("note"), s("list"), rounds.draftId, s("--format"), s("json")});
    QCOMPARE(parsed(notes.out).size(), size_t(2));
    RUN_OK(parking, db.path(), {s("parking"), s("list"), rounds.draftId, s("--format"), s("json")});
    const json questions = parsed(parking.out);
    QCOMPARE(questions.size(), size_t(3));
    int done = 0;
    for (const json &question : questions)
        done += question["done"].get<bool>() ? 1 : 0;
    QCOMPARE(done, 1);
    RUN_OK(open, db.path(), {s("parking"), s("list"), rounds.draftId, s("--open")});
    QCOMPARE(iamm::test::linesOf(open.out).size(), 2);
    RUN_OK(agenda, db.path(), {s("agenda"), s("list"), rounds.draftId, s("--format"), s("json")});
    PARSE_JSON(plan, agenda.out);
    QCOMPARE(plan["sessions"].size(), size_t(3));
    QCOMPARE(plan["totalMinutes"].get<int>(), 210);
    RUN_OK(finalNotes, db.path(), {s("note"), s("list"), rounds.finalId});
    QCOMPARE(finalNotes.out, QString());
}

void CliFacilitationTest::reportShowsNotesOnlyWhenAsked()
{
    TempDatabase db;
    iamm::test::DemoRounds rounds;
    iamm::test::createDemo(db.path(), rounds);
    const QStringList report{s("report"), s("--state"),      s("XAA"),       s("--group"),
                             s("DEMO"),   s("--assessment"), rounds.draftId, s("--out")};
    const QString plain = db.file(s("plain.pdf"));
    RUN_OK(written, db.path(), report + QStringList{plain});
    const QString with = db.file(s("notes.pdf"));
    RUN_OK(writtenWith, db.path(), report + QStringList{with, s("--include-notes")});
    const QString plainText = pdfText(plain);
    const QString withText = pdfText(with);
    const QStringList private_{s("Facilitator notes"), s("ask the Interior ministry"), s("Parking lot"),
                               s("Which agency publishes the annual figures?"), s("Is the policy page still current?")};
    for (const QString &text : private_) {
        QVERIFY2(withText.contains(text), qPrintable(text));
        QVERIFY2(!plainText.contains(text), qPrintable(text));
    }
    QVERIFY2(withText.contains(s("done")) && withText.contains(s("open")), qPrintable(withText.right(2000)));
}

QTEST_GUILESS_MAIN(CliFacilitationTest)
#include "tst_clifacilitation.moc"
