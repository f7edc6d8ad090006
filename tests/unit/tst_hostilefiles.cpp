// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile files and hostile text through the real `iamm` executable: deep nesting, out-of-range
// numbers, damaged user frameworks, import over existing assessments, size and length limits,
// evidence names that must round-trip, `evidence save` over existing paths, escaped messages,
// and CJK and Arabic text in the PDF report.
#include "clitestsupport.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace iamm::test;
using json = nlohmann::json;

namespace {

const QByteArray deepArray = QByteArray(100000, '[') + QByteArray(100000, ']');

json readJson(const QString &path)
{
    return json::parse(readFile(path).toStdString());
}

QByteArray dumped(const json &value)
{
    return QByteArray::fromStdString(value.dump());
}

} // namespace

class HostileFilesTest : public QObject
{
    Q_OBJECT

    QString exportDraft(const QString &path);
    QString frameworkFolder() const;
    void copyDemo(TempDatabase &target);
    void createEmpty(TempDatabase &target);

    QTemporaryDir m_environment;
    TempDatabase m_demo;
    // Aurelia's (XAA) draft and final rounds in m_demo.
    DemoRounds m_aurelia;

private slots:
    void initTestCase();
    void cleanup();

    void deeplyNestedExchangeFileIsRefused();
    void deeplyNestedFrameworkFileIsRefused();
    void damagedUserFrameworkIsReportedAndSkipped_data();
    void damagedUserFrameworkIsReportedAndSkipped();
    void importOverAnExistingAssessmentNeedsReplace();
    void finalIsNeverReplacedByADraftNorChangesState();
    void deviceAndOversizedFilesAreRefusedAtOnce();
    void overlongTextIsRefusedAtImport_data();
    void overlongTextIsRefusedAtImport();
    void overlongTypedTextIsRefused_data();
    void overlongTypedTextIsRefused();
    void reportOverTheMaximumAcceptedDataIsBounded();
    void evidenceFileNameRoundTrips();
    void evidenceSaveRefusesExistingPaths();
    void evidenceSaveNamesTheRealError();
    void messagesNameFileAndPathAndEscapeUserText();
    void listingsEscapeControlCharacters();
    void reportShowsCjkAndArabicText();
};

void HostileFilesTest::initTestCase()
{
    isolateUserDirectories(m_environment);
    if (QTest::currentTestFailed())
        return;
    createDemo(m_demo.path(), m_aurelia);
}

void HostileFilesTest::cleanup()
{
    QDir(frameworkFolder()).removeRecursively();
}

QString HostileFilesTest::frameworkFolder() const
{
    return m_environment.filePath(QStringLiteral("data/iamm/frameworks"));
}

void HostileFilesTest::copyDemo(TempDatabase &target)
{
    copyDatabase(m_demo, target);
}

// An empty database, so that a refused command can be shown to leave it as it was.
void HostileFilesTest::createEmpty(TempDatabase &target)
{
    RUN_OK(listed, target.path(), {QStringLiteral("assessment"), QStringLiteral("list")});
}

QString HostileFilesTest::exportDraft(const QString &path)
{
    const CliResult exported = runCli(m_demo.path(),
                                      {QStringLiteral("export"), m_aurelia.draftId, QStringLiteral("--out"), path});
    return exported.exitCode == 0 ? path : QString();
}

void HostileFilesTest::deeplyNestedExchangeFileIsRefused()
{
    TempDatabase db;
    copyDemo(db);
    json file = readJson(exportDraft(db.file(QStringLiteral("draft.json"))));
    file["assessment"]["title"] = "placeholder";
    QByteArray bytes = dumped(file);
    bytes.replace("\"placeholder\"", deepArray);
    const QString path = writeFile(db.file(QStringLiteral("deep.json")), bytes);
    verifyRejected(db.path(), {QStringLiteral("import"), path}, 1,
                   {path, QStringLiteral("$.assessment.title[0][0]"), QStringLiteral("deeper than 64 levels")});
    const QString whole = writeFile(db.file(QStringLiteral("whole.json")), deepArray);
    verifyRejected(db.path(), {QStringLiteral("import"), whole}, 1, {whole, QStringLiteral("64 levels")});
}

void HostileFilesTest::deeplyNestedFrameworkFileIsRefused()
{
    TempDatabase db;
    json framework = readJson(fixture(QStringLiteral("cli/small-framework.json")));
    framework["description"] = "placeholder";
    QByteArray bytes = dumped(framework);
    bytes.replace("\"placeholder\"", deepArray);
    const QString path = writeFile(db.file(QStringLiteral("deep-framework.json")), bytes);
    const CliResult result = runCli(db.path(), {QStringLiteral("framework"), QStringLiteral("validate"), path});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.startsWith(QStringLiteral("iamm: %1: $.description[0]").arg(path)),
             qPrintable(describe(result)));
    QVERIFY2(result.err.contains(QLatin1String("deeper than 64 levels")) && result.err.count(QLatin1Char('\n')) == 1,
             qPrintable(describe(result)));
}

void HostileFilesTest::damagedUserFrameworkIsReportedAndSkipped_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QString>("problem");
    const QByteArray target = "\"defaultTarget\": 3";
    QTest::newRow("deep nesting") << target << "\"defaultTarget\": " + deepArray
                                  << QStringLiteral("$.scale.defaultTarget[0][0]");
    QTest::newRow("1e400") << target << QByteArray("\"defaultTarget\": 1e400")
                           << QStringLiteral("$.scale.defaultTarget: number out of range");
    QTest::newRow("400 digits") << target << "\"defaultTarget\": " + QByteArray(400, '9')
                                << QStringLiteral("$.scale.defaultTarget: number out of range");
    QTest::newRow("int overflow") << target << QByteArray("\"defaultTarget\": 4294967299")
                                  << QStringLiteral("$.scale.defaultTarget: 4294967299 is out of range");
    QTest::newRow("wrong type") << target << QByteArray("\"defaultTarget\": {\"a\": [1]}")
                                << QStringLiteral("$.scale.defaultTarget: expected an integer");
    QTest::newRow("huge scale") << QByteArray("\"min\": 0") << QByteArray("\"min\": -2147483648")
                                << QStringLiteral("$.scale.max: a scale has at most 101 levels");
}

void HostileFilesTest::damagedUserFrameworkIsReportedAndSkipped()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QString, problem);
    QByteArray bytes = readFile(fixture(QStringLiteral("cli/small-framework.json")));
    QVERIFY2(bytes.contains(from), from.constData());
    bytes.replace(from, to);
    QVERIFY(QDir().mkpath(frameworkFolder()));
    const QString bad = writeFile(frameworkFolder() + QStringLiteral("/bad.json"), bytes);

    TempDatabase db;
    copyDemo(db);
    RUN_OK(list, db.path(), {QStringLiteral("framework"), QStringLiteral("list")});
    const QStringList rows = linesOf(list.out);
    QCOMPARE(rows.size(), 2);
    QVERIFY(rows[0].startsWith(QLatin1String("iamm-2004\t")));
    QVERIFY2(rows[1].startsWith(QStringLiteral("ignored: %1: %2").arg(bad, problem)), qPrintable(rows[1]));
    QVERIFY2(rows[1].size() < 400, qPrintable(rows[1]));
    RUN_OK(assessments, db.path(), {QStringLiteral("assessment"), QStringLiteral("list")});
    QCOMPARE(linesOf(assessments.out).size(), 8);
    RUN_OK(gap, db.path(),
           {QStringLiteral("gap"), QStringLiteral("--state"), QStringLiteral("XAA"), QStringLiteral("--group"),
            QStringLiteral("DEMO"), QStringLiteral("--format"), QStringLiteral("json")});
    RUN_OK(created, db.path(),
           {QStringLiteral("assessment"), QStringLiteral("create"), QStringLiteral("--state"), QStringLiteral("FRA")});
    QVERIFY(created.err.isEmpty());
}

void HostileFilesTest::importOverAnExistingAssessmentNeedsReplace()
{
    TempDatabase db;
    copyDemo(db);
    const QString file = exportDraft(db.file(QStringLiteral("draft.json")));
    RUN_OK(scored, db.path(),
           {QStringLiteral("score"), m_aurelia.draftId, QStringLiteral("CU-01"), QStringLiteral("--clear")});
    verifyRejected(db.path(), {QStringLiteral("import"), file}, 1,
                   {file, m_aurelia.draftId, QStringLiteral("DEMO (fictitious) – second round workshop"),
                    QStringLiteral("--replace"), db.path()});
    RUN_OK(replaced, db.path(), {QStringLiteral("import"), QStringLiteral("--replace"), file});
    QCOMPARE(replaced.out, m_aurelia.draftId + QStringLiteral("\nimported 1 assessment\n"));
    RUN_OK(show, db.path(),
           {QStringLiteral("assessment"), QStringLiteral("show"), m_aurelia.draftId, QStringLiteral("--format"),
            QStringLiteral("json")});
    PARSE_JSON(assessment, show.out);
    QVERIFY2(!itemOf(assessment, QStringLiteral("CU-01"))["score"].is_null(), "the file's score is back");
}

void HostileFilesTest::finalIsNeverReplacedByADraftNorChangesState()
{
    TempDatabase db;
    copyDemo(db);
    json file = readJson(exportDraft(db.file(QStringLiteral("draft.json"))));
    file["assessment"]["status"] = "final";
    const QString finalFile = writeFile(db.file(QStringLiteral("final.json")), dumped(file));
    RUN_OK(finalized, db.path(), {QStringLiteral("import"), QStringLiteral("--replace"), finalFile});

    file["assessment"]["status"] = "draft";
    const QString draftFile = writeFile(db.file(QStringLiteral("draft-again.json")), dumped(file));
    verifyRejected(db.path(), {QStringLiteral("import"), QStringLiteral("--replace"), draftFile}, 1,
                   {draftFile, m_aurelia.draftId, QStringLiteral("final"), QStringLiteral("draft")});

    file["assessment"]["status"] = "final";
    file["state"] = "FRA";
    const QString otherState = writeFile(db.file(QStringLiteral("other-state.json")), dumped(file));
    verifyRejected(db.path(), {QStringLiteral("import"), QStringLiteral("--replace"), otherState}, 1,
                   {otherState, m_aurelia.draftId, QStringLiteral("FRA"), QStringLiteral("state")});
}

void HostileFilesTest::deviceAndOversizedFilesAreRefusedAtOnce()
{
    TempDatabase db;
    createEmpty(db);
    verifyRejected(db.path(), {QStringLiteral("import"), QStringLiteral("/dev/zero")}, 1,
                   {QStringLiteral("/dev/zero"), QStringLiteral("not a regular file")});

    const QString big = db.file(QStringLiteral("big.json"));
    QFile file(big);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(64 * 1024 * 1024 + 1));
    file.close();
    verifyRejected(db.path(), {QStringLiteral("import"), big}, 1, {big, QStringLiteral("at most 64 MiB")});
    const QString frameworkCopy = db.file(QStringLiteral("big-framework.json"));
    QVERIFY(QFile::rename(big, frameworkCopy));
    verifyRejected(db.path(), {QStringLiteral("framework"), QStringLiteral("validate"), frameworkCopy}, 1,
                   {frameworkCopy, QStringLiteral("at most 16 MiB")});
}

void HostileFilesTest::overlongTextIsRefusedAtImport_data()
{
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<int>("length");
    QTest::addColumn<QString>("path");
    QTest::newRow("title") << "/assessment/title" << 201 << "$.assessment.title";
    QTest::newRow("team name") << "/assessment/team/0/name" << 201 << "$.assessment.team[0].name";
    QTest::newRow("rationale") << "/responses/0/rationale" << 20001 << "$.responses[0].rationale";
    QTest::newRow("action text") << "/actions/0/text" << 1001 << "$.actions[0].text";
    QTest::newRow("action owner") << "/actions/0/owner" << 201 << "$.actions[0].owner";
}

void HostileFilesTest::overlongTextIsRefusedAtImport()
{
    QFETCH(QString, pointer);
    QFETCH(int, length);
    QFETCH(QString, path);
    TempDatabase db;
    createEmpty(db);
    json file = readJson(fixture(QStringLiteral("exchange/good.json")));
    file[json::json_pointer(pointer.toStdString())] = std::string(length, 'x');
    const QString written = writeFile(db.file(QStringLiteral("long.json")), dumped(file));
    // The command line speaks English here, with English digit grouping.
    const QLocale english(QLocale::English);
    verifyRejected(
        db.path(), {QStringLiteral("import"), written}, 1,
        {written + QStringLiteral(": ") + path,
         QStringLiteral("%1 characters; at most %2").arg(english.toString(length), english.toString(length - 1))});
    file[json::json_pointer(pointer.toStdString())] = std::string(length - 1, 'x');
    writeFile(written, dumped(file));
    RUN_OK(accepted, db.path(), {QStringLiteral("import"), written});
}

void HostileFilesTest::overlongTypedTextIsRefused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mention");
    const QString name(201, QLatin1Char('n'));
    const QString ID = QStringLiteral("{ID}");
    QTest::newRow("create title") << QStringList{"assessment", "create", "--state", "FRA", "--title", name}
                                  << QStringLiteral("201 characters; at most 200");
    QTest::newRow("rationale") << QStringList{"score", ID, "CU-01", "--score", "2", "--rationale", QString(20001, 'r')}
                               << QStringLiteral("the rationale has 20,001 characters");
    QTest::newRow("note") << QStringList{"evidence", "add", ID, "CU-01", "--note", QString(20001, 'r')}
                          << QStringLiteral("the evidence note has 20,001 characters");
    QTest::newRow("evidence title") << QStringList{"evidence", "add", ID, "CU-01", "--note", "n", "--title", name}
                                    << QStringLiteral("the evidence title has 201 characters");
    QTest::newRow("action") << QStringList{"action", "add", ID, "CU-01", "--text", QString(1001, 'a')}
                            << QStringLiteral("the action text has 1,001 characters");
    QTest::newRow("action owner") << QStringList{"action", "add", ID, "CU-01", "--text", "t", "--owner", name}
                                  << QStringLiteral("the action owner has 201 characters");
    QTest::newRow("link") << QStringList{"evidence", "add",    ID,
                                         "CU-01",    "--link", "https://example.org/" + QString(2000, 'l')}
                          << QStringLiteral("the link has 2,020 characters");
}

void HostileFilesTest::overlongTypedTextIsRefused()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mention);
    TempDatabase db;
    copyDemo(db);
    arguments.replaceInStrings(QStringLiteral("{ID}"), m_aurelia.draftId);
    verifyRejected(db.path(), arguments, 1, {mention});
}

void HostileFilesTest::reportOverTheMaximumAcceptedDataIsBounded()
{
    TempDatabase db;
    copyDemo(db);
    json file = readJson(exportDraft(db.file(QStringLiteral("draft.json"))));
    const std::string name(200, 'N');
    file["assessment"]["title"] = name;
    file["assessment"]["team"] = json::array();
    for (int i = 0; i < 100; ++i)
        file["assessment"]["team"].push_back({{"name", name}, {"agency", name}, {"role", name}});
    std::string longText;
    while (longText.size() < 20000)
        longText += "word ";
    longText.resize(20000);
    json &responses = file["responses"];
    for (json &response : responses) {
        response["rationale"] = longText;
        response.erase("evidence");
    }
    responses[0]["evidence"] = json::array();
    for (int i = 0; i < 1000; ++i)
        responses[0]["evidence"].push_back(
            {{"kind", "note"}, {"title", name}, {"text", longText}, {"confidential", false}});
    const std::string actionText = longText.substr(0, 1000);
    file["actions"] = json::array();
    for (int i = 0; i < 1000; ++i)
        file["actions"].push_back(
            {{"item", "CU-01"}, {"text", actionText}, {"owner", name}, {"due", nullptr}, {"status", "open"}});
    const QString path = writeFile(db.file(QStringLiteral("maximum.json")), dumped(file));
    RUN_OK(imported, db.path(), {QStringLiteral("import"), QStringLiteral("--replace"), path});

    json tooMany = file;
    tooMany["actions"].push_back(file["actions"][0]);
    const QString overPath = writeFile(db.file(QStringLiteral("too-many.json")), dumped(tooMany));
    verifyRejected(db.path(), {QStringLiteral("import"), QStringLiteral("--replace"), overPath}, 1,
                   {QStringLiteral("$.actions"), QStringLiteral("1,001 actions; at most 1,000")});
    verifyRejected(db.path(),
                   {QStringLiteral("action"), QStringLiteral("add"), m_aurelia.draftId, QStringLiteral("CU-01"),
                    QStringLiteral("--text"), QStringLiteral("one more")},
                   1, {QStringLiteral("would have 1,001 actions; at most 1,000 are allowed")});
    verifyRejected(db.path(),
                   {QStringLiteral("evidence"), QStringLiteral("add"), m_aurelia.draftId, QStringLiteral("CU-01"),
                    QStringLiteral("--note"), QStringLiteral("one more")},
                   1, {QStringLiteral("would have 1,001 evidence entries; at most 1,000 are allowed")});

    // The report stays bounded whatever was accepted: the evidence annex shortens notes, so the
    // page count has a ceiling (its speed is measured in bench_world, not here).
    const QString pdf = db.file(QStringLiteral("maximum.pdf"));
    RUN_OK(report, db.path(),
           {QStringLiteral("report"), QStringLiteral("--state"), QStringLiteral("XAA"), QStringLiteral("--group"),
            QStringLiteral("DEMO"), QStringLiteral("--assessment"), m_aurelia.draftId,
            QStringLiteral("--include-evidence"), QStringLiteral("--out"), pdf});
    const QRegularExpression pagesLine(QStringLiteral("^Pages:\\s*(\\d+)$"), QRegularExpression::MultilineOption);
    const int pages = pagesLine.match(runTool(QStringLiteral("pdfinfo"), {pdf})).captured(1).toInt();
    qInfo("report over the maximum accepted data: %d pages", pages);
    QVERIFY2(pages > 0 && pages <= 700, qPrintable(QString::number(pages)));
}

void HostileFilesTest::evidenceFileNameRoundTrips()
{
    TempDatabase db;
    copyDemo(db);
    const QString odd = writeFile(db.file(QStringLiteral("C:\\x.txt")), "evidence content\n");
    RUN_OK(added, db.path(),
           {QStringLiteral("evidence"), QStringLiteral("add"), m_aurelia.draftId, QStringLiteral("CU-01"),
            QStringLiteral("--file"), odd});
    const QString out = db.file(QStringLiteral("export.json"));
    RUN_OK(exported, db.path(), {QStringLiteral("export"), m_aurelia.draftId, QStringLiteral("--out"), out});
    TempDatabase fresh;
    RUN_OK(imported, fresh.path(), {QStringLiteral("import"), out});
    RUN_OK(list, fresh.path(),
           {QStringLiteral("evidence"), QStringLiteral("list"), m_aurelia.draftId, QStringLiteral("CU-01")});
    QVERIFY2(list.out.contains(QLatin1String("\tC:_x.txt (text/plain, 17 bytes")), qPrintable(list.out));
}

void HostileFilesTest::evidenceSaveRefusesExistingPaths()
{
    TempDatabase db;
    copyDemo(db);
    const QString source = writeFile(db.file(QStringLiteral("source.txt")), "new content");
    RUN_OK(added, db.path(),
           {QStringLiteral("evidence"), QStringLiteral("add"), m_aurelia.draftId, QStringLiteral("CU-01"),
            QStringLiteral("--file"), source});
    const QString id = added.out.trimmed();
    const QString existing = writeFile(db.file(QStringLiteral("existing.txt")), "keep me");
    verifyRejected(db.path(),
                   {QStringLiteral("evidence"), QStringLiteral("save"), id, QStringLiteral("--out"), existing}, 1,
                   {existing, QStringLiteral("already exists"), QStringLiteral("--force")});
    QCOMPARE(readFile(existing), QByteArray("keep me"));

    const QString target = writeFile(db.file(QStringLiteral("target.txt")), "link target");
    const QString link = db.file(QStringLiteral("link.txt"));
    QVERIFY(QFile::link(target, link));
    verifyRejected(db.path(), {QStringLiteral("evidence"), QStringLiteral("save"), id, QStringLiteral("--out"), link},
                   1, {link, QStringLiteral("symbolic link")});
    QCOMPARE(readFile(target), QByteArray("link target"));
    const QString dangling = db.file(QStringLiteral("dangling.txt"));
    QVERIFY(QFile::link(db.file(QStringLiteral("nowhere.txt")), dangling));
    verifyRejected(db.path(),
                   {QStringLiteral("evidence"), QStringLiteral("save"), id, QStringLiteral("--out"), dangling}, 1,
                   {dangling, QStringLiteral("symbolic link")});
    QVERIFY(!QFile::exists(db.file(QStringLiteral("nowhere.txt"))));

    RUN_OK(forced, db.path(),
           {QStringLiteral("evidence"), QStringLiteral("save"), id, QStringLiteral("--out"), existing,
            QStringLiteral("--force")});
    QCOMPARE(readFile(existing), QByteArray("new content"));
    QCOMPARE(QDir(db.dir()).entryList({QStringLiteral("existing*")}, QDir::Files),
             QStringList{QStringLiteral("existing.txt")});
}

void HostileFilesTest::evidenceSaveNamesTheRealError()
{
    TempDatabase db;
    copyDemo(db);
    const QString source = writeFile(db.file(QStringLiteral("source.txt")), "content");
    RUN_OK(added, db.path(),
           {QStringLiteral("evidence"), QStringLiteral("add"), m_aurelia.draftId, QStringLiteral("CU-01"),
            QStringLiteral("--file"), source});
    const QString id = added.out.trimmed();
    const QString underAFile = source + QStringLiteral("/out.txt");
    verifyRejected(db.path(),
                   {QStringLiteral("evidence"), QStringLiteral("save"), id, QStringLiteral("--out"), underAFile}, 1,
                   {underAFile, QStringLiteral("cannot write")});
    const CliResult missing = runCli(db.path(),
                                     {QStringLiteral("evidence"), QStringLiteral("save"), id, QStringLiteral("--out"),
                                      db.file(QStringLiteral("no-folder/out.txt"))});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(!missing.err.contains(QLatin1String("Unknown error")), qPrintable(describe(missing)));

    const QString locked = db.file(QStringLiteral("locked"));
    QVERIFY(QDir().mkpath(locked));
    QVERIFY(QFile::setPermissions(locked, QFile::ReadOwner | QFile::ExeOwner));
    const CliResult denied = runCli(db.path(), {QStringLiteral("evidence"), QStringLiteral("save"), id,
                                                QStringLiteral("--out"), locked + QStringLiteral("/out.txt")});
    QFile::setPermissions(locked, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    // Root may write anywhere; everyone else must hear the system's reason.
    if (denied.exitCode != 0)
        QVERIFY2(denied.err.contains(QLatin1String("Permission denied")), qPrintable(describe(denied)));
    else
        QCOMPARE(readFile(locked + QStringLiteral("/out.txt")), QByteArray("content"));
}

void HostileFilesTest::messagesNameFileAndPathAndEscapeUserText()
{
    TempDatabase db;
    createEmpty(db);
    json file = readJson(fixture(QStringLiteral("exchange/good.json")));
    const QString path = db.file(QStringLiteral("numbers.json"));
    QByteArray bytes = dumped(file);
    const QByteArray score = "\"score\":2";
    QVERIFY(bytes.contains(score));
    writeFile(path, QByteArray(bytes).replace(score, "\"score\":1e400"));
    verifyRejected(db.path(), {QStringLiteral("import"), path}, 1,
                   {path + QStringLiteral(": $.responses[0].score: number out of range")});
    writeFile(path, QByteArray(bytes).replace(score, "\"score\":" + QByteArray(400, '7')));
    const CliResult digits = runCli(db.path(), {QStringLiteral("import"), path});
    QVERIFY2(digits.err.contains(path + QStringLiteral(": $.responses[0].score: number out of range"))
                 && !digits.err.contains(QLatin1String("json.exception")) && digits.err.size() < 300,
             qPrintable(describe(digits)));

    file["state"] = "\x1b]0;owned\x07";
    writeFile(path, dumped(file));
    const CliResult escaped = runCli(db.path(), {QStringLiteral("import"), path});
    QCOMPARE(escaped.exitCode, 1);
    QVERIFY2(escaped.err.contains(QLatin1String("$.state: \"\\x1b]0;owned\\x07\"")), qPrintable(describe(escaped)));
    QVERIFY(!escaped.err.contains(QChar(0x1b)) && !escaped.err.contains(QChar(0x07)));

    file["state"] = std::string(1000000, 'Z') + "\n";
    writeFile(path, dumped(file));
    const CliResult huge = runCli(db.path(), {QStringLiteral("import"), path});
    QCOMPARE(huge.exitCode, 1);
    QVERIFY2(huge.err.size() < 400 && huge.err.contains(QStringLiteral("\"%1…\"").arg(QString(60, 'Z'))),
             qPrintable(huge.err.left(1000)));
    QCOMPARE(huge.err.count(QLatin1Char('\n')), 1);
}

void HostileFilesTest::listingsEscapeControlCharacters()
{
    TempDatabase db;
    json file = readJson(fixture(QStringLiteral("exchange/good.json")));
    file["assessment"]["title"] = "Title \x1b[31mred\n";
    file["responses"][0]["rationale"] = "line one\nline two \x1b]0;x\x07";
    for (json &response : file["responses"]) {
        for (json &evidence : response.value("evidence", json::array()))
            evidence["title"] = "ev \x1b[2J";
    }
    file["actions"][0]["text"] = "act \x1b[2J";
    const QString path = writeFile(db.file(QStringLiteral("controls.json")), dumped(file));
    RUN_OK(imported, db.path(), {QStringLiteral("import"), path});
    const QString id = QString::fromStdString(file["assessment"]["id"].get<std::string>());
    const QList<QStringList> commands{{QStringLiteral("assessment"), QStringLiteral("list")},
                                      {QStringLiteral("assessment"), QStringLiteral("show"), id},
                                      {QStringLiteral("evidence"), QStringLiteral("list"), id},
                                      {QStringLiteral("action"), QStringLiteral("list"), id},
                                      {QStringLiteral("history"), id}};
    for (const QStringList &command : commands) {
        RUN_OK(listed, db.path(), command);
        QVERIFY2(!listed.out.contains(QChar(0x1b)) && !listed.out.contains(QChar(0x07)), qPrintable(command.join(' ')));
    }
    RUN_OK(list, db.path(), {QStringLiteral("assessment"), QStringLiteral("list")});
    QVERIFY2(list.out.contains(QLatin1String("Title \\x1b[31mred\\n\n")), qPrintable(list.out));
    RUN_OK(show, db.path(), {QStringLiteral("assessment"), QStringLiteral("show"), id});
    QVERIFY2(show.out.contains(QLatin1String("Rationale: line one\\nline two \\x1b]0;x\\x07\n")), qPrintable(show.out));
    RUN_OK(actions, db.path(), {QStringLiteral("action"), QStringLiteral("list"), id});
    QVERIFY2(actions.out.contains(QLatin1String("act \\x1b[2J")), qPrintable(actions.out));
}

void HostileFilesTest::reportShowsCjkAndArabicText()
{
    TempDatabase db;
    copyDemo(db);
    // Not 民 and the like: Qt 6.4's PDF writer maps a glyph shared with a CJK radical to the radical.
    const QString chinese = QStringLiteral("移徙管理评估");
    const QString japanese = QStringLiteral("移住管理のひらがなカタカナ");
    const QString korean = QStringLiteral("이민 관리 평가");
    const QString arabic = QStringLiteral("إدارة الهجرة");
    RUN_OK(scored, db.path(),
           {QStringLiteral("score"), m_aurelia.draftId, QStringLiteral("CU-01"), QStringLiteral("--score"),
            QStringLiteral("2"), QStringLiteral("--rationale"),
            QStringList{chinese, japanese, korean}.join(QLatin1Char(' '))});
    RUN_OK(scoredArabic, db.path(),
           {QStringLiteral("score"), m_aurelia.draftId, QStringLiteral("CU-02"), QStringLiteral("--score"),
            QStringLiteral("2"), QStringLiteral("--rationale"), arabic});
    const QString pdf = db.file(QStringLiteral("scripts.pdf"));
    RUN_OK(report, db.path(),
           {QStringLiteral("report"), QStringLiteral("--state"), QStringLiteral("XAA"), QStringLiteral("--group"),
            QStringLiteral("DEMO"), QStringLiteral("--assessment"), m_aurelia.draftId, QStringLiteral("--out"), pdf});
    const QString fonts = runTool(QStringLiteral("pdffonts"), {pdf});
    QVERIFY2(fonts.contains(QLatin1String("NotoSansCJK")), qPrintable(fonts));
    const QString text = runTool(QStringLiteral("pdftotext"),
                                 {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    for (const QString &expected : {chinese, japanese, korean})
        QVERIFY2(text.contains(expected), qPrintable(expected));
    // Shaped Arabic letters come out as presentation forms, equal to the letters under NFKC; in
    // logical order, as typed, only when the line was laid out right to left.
    QVERIFY2(text.normalized(QString::NormalizationForm_KC).contains(arabic), qPrintable(text.right(3000)));
}

QTEST_GUILESS_MAIN(HostileFilesTest)

#include "tst_hostilefiles.moc"
