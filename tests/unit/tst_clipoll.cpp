// SPDX-License-Identifier: GPL-3.0-or-later
// `iamm poll serve` run as a real process: phones' votes over HTTP, the tally on SIGTERM or after
// --seconds, and `iamm consensus show` agreeing with it.
#include "clitestsupport.h"
#include "httpexchange.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>
#include <algorithm>

#include <nlohmann/json.hpp>

using iamm::test::CliResult;
using iamm::test::describe;
using iamm::test::fixture;
using iamm::test::runCli;
using iamm::test::TempDatabase;
using json = nlohmann::json;

namespace {

QByteArray voteBody(const QByteArray &client, const QByteArray &score, const QByteArray &extra = {})
{
    const QByteArray rating = score == "na" ? R"("score":null,"na":true)" : R"("score":)" + score + R"(,"na":false)";
    return R"({"code":"314159","client":")" + client + R"(","item":"TS-02",)" + rating + extra + "}";
}

} // namespace

class CliPollTest : public QObject
{
    Q_OBJECT

private:
    QString createDraft(const QString &database);
    // Starts `iamm poll serve` and returns the port it announced on stderr (0 when it did not).
    quint16 startServing(QProcess &process, const QString &database, const QStringList &arguments);

    QTemporaryDir m_environment;

private slots:
    void initTestCase();
    void helpAndManPageListTheCommand();
    void votesBecomeContributionsOnSigterm();
    void secondsEndsAnEmptyVote();
    void theItemFollowsTheChosenLanguage();
    void badInputIsRefusedBeforeServing_data();
    void badInputIsRefusedBeforeServing();
};

void CliPollTest::initTestCase()
{
    iamm::test::isolateUserDirectories(m_environment);
    const QString folder = m_environment.filePath(QStringLiteral("data/iamm/frameworks"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(QFile::copy(fixture(QStringLiteral("cli/small-framework.json")), folder + QStringLiteral("/small.json")));
}

QString CliPollTest::createDraft(const QString &database)
{
    const CliResult created = runCli(database, {QStringLiteral("assessment"), QStringLiteral("create"),
                                                QStringLiteral("--state"), QStringLiteral("DEU"),
                                                QStringLiteral("--framework"), QStringLiteral("cli-test")});
    if (created.exitCode != 0)
        qFatal("cannot create an assessment: %s", qPrintable(describe(created)));
    return created.out.trimmed();
}

quint16 CliPollTest::startServing(QProcess &process, const QString &database, const QStringList &arguments)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("IAMM_DB"), database);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(IAMM_CLI_PATH), arguments);
    static const QRegularExpression announced(QStringLiteral(" http://127\\.0\\.0\\.1:([0-9]+)/\\?code=314159 "));
    QByteArray err;
    while (process.waitForReadyRead(10000) || process.bytesAvailable() > 0) {
        err += process.readAllStandardError();
        const QRegularExpressionMatch match = announced.match(QString::fromUtf8(err));
        if (match.hasMatch())
            return quint16(match.captured(1).toUInt());
    }
    qWarning("no address announced: %s", err.constData());
    return 0;
}

void CliPollTest::helpAndManPageListTheCommand()
{
    TempDatabase db;
    RUN_OK(help, db.path(), {QStringLiteral("--help")});
    QVERIFY(help.out.contains(
        QLatin1String("poll serve ID --item ITEM [--bind ADDR] [--port N] [--code CODE] [--seconds S]")));
    const QString manual = QString::fromUtf8(iamm::test::readFile(fixture(QStringLiteral("../../packaging/iamm.1"))));
    QVERIFY(manual.contains(QLatin1String("\\fBpoll serve\\fR \\fIID\\fR \\fB\\-\\-item\\fR")));
}

void CliPollTest::votesBecomeContributionsOnSigterm()
{
    TempDatabase db;
    const QString id = createDraft(db.path());
    QProcess process;
    process.setReadChannel(QProcess::StandardError);
    const quint16 port = startServing(process, db.path(),
                                      {QStringLiteral("poll"), QStringLiteral("serve"), id, QStringLiteral("--item"),
                                       QStringLiteral("TS-02"), QStringLiteral("--code"), QStringLiteral("314159")});
    QVERIFY(port != 0);
    QCOMPARE(
        iamm::test::post(port, "/api/vote", voteBody("phone-0001", "1", R"(,"name":"Ana","agency":"Interior")")).status,
        200);
    QCOMPARE(iamm::test::post(port, "/api/vote", voteBody("phone-0002", "3")).status, 200);
    QCOMPARE(iamm::test::post(port, "/api/vote", voteBody("phone-0003", "na")).status, 200);
    QCOMPARE(iamm::test::post(port, "/api/vote", voteBody("phone-0004", "4")).status, 200);
    // Ana changes her mind: the later vote replaces the earlier one.
    QCOMPARE(
        iamm::test::post(port, "/api/vote", voteBody("phone-0001", "2", R"(,"name":"Ana","agency":"Interior")")).status,
        200);
    QCOMPARE(iamm::test::post(port, "/api/vote", voteBody("phone-0005", "2").replace("314159", "000000")).status, 403);
    process.terminate();
    const CliResult served = iamm::test::resultOf(process, 20000);
    QVERIFY2(served.exitCode == 0, qPrintable(describe(served)));
    PARSE_JSON(tally, served.out);
    const json expected = {
        {"item", "TS-02"}, {"votes", 4}, {"counts", {{"0", 0}, {"1", 0}, {"2", 1}, {"3", 1}, {"4", 1}, {"na", 1}}},
        {"median", 3},     {"min", 2},   {"max", 4}};
    COMPARE_JSON(tally, expected);
    // The port is closed once the command has ended.
    QCOMPARE(iamm::test::exchange(port, iamm::test::HttpExchange::request("GET", "/"), 2000).status, 0);

    RUN_OK(
        consensus, db.path(),
        {QStringLiteral("consensus"), QStringLiteral("show"), id, QStringLiteral("--format"), QStringLiteral("json")});
    PARSE_JSON(figures, consensus.out);
    QCOMPARE(figures["participants"].get<int>(), 4);
    const auto found = std::find_if(figures["items"].begin(), figures["items"].end(),
                                    [](const json &entry) { return entry["item"] == "TS-02"; });
    QVERIFY(found != figures["items"].end());
    const json &item = *found;
    QCOMPARE(item["n"].get<int>(), tally["votes"].get<int>() - tally["counts"]["na"].get<int>());
    QCOMPARE(item["na"].get<int>(), tally["counts"]["na"].get<int>());
    for (const char *level : {"0", "1", "2", "3", "4"})
        QCOMPARE(item["counts"][level].get<int>(), tally["counts"][level].get<int>());
    for (const char *figure : {"median", "min", "max"})
        COMPARE_JSON(item[figure], tally[figure]);

    RUN_OK(listed, db.path(), {QStringLiteral("contribution"), QStringLiteral("list"), id});
    const QStringList lines = iamm::test::linesOf(listed.out);
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines[0], QStringLiteral("Ana\tInterior\t1\tlive vote"));
    QVERIFY2(lines[1].startsWith(QLatin1String("Participant 2\t")), qPrintable(lines[1]));
}

void CliPollTest::secondsEndsAnEmptyVote()
{
    TempDatabase db;
    const QString id = createDraft(db.path());
    QProcess process;
    process.setReadChannel(QProcess::StandardError);
    const quint16 port = startServing(process, db.path(),
                                      {QStringLiteral("poll"), QStringLiteral("serve"), id, QStringLiteral("--item"),
                                       QStringLiteral("TS-01"), QStringLiteral("--code"), QStringLiteral("314159"),
                                       QStringLiteral("--seconds"), QStringLiteral("1"), QStringLiteral("--port"),
                                       QStringLiteral("0")});
    QVERIFY(port != 0);
    const CliResult served = iamm::test::resultOf(process, 20000);
    QVERIFY2(served.exitCode == 0, qPrintable(describe(served)));
    PARSE_JSON(tally, served.out);
    QCOMPARE(iamm::test::text(tally["item"]), QStringLiteral("TS-01"));
    QCOMPARE(tally["votes"].get<int>(), 0);
    QVERIFY(tally["median"].is_null());
    RUN_OK(listed, db.path(), {QStringLiteral("contribution"), QStringLiteral("list"), id});
    QVERIFY(listed.out.isEmpty());
}

void CliPollTest::theItemFollowsTheChosenLanguage()
{
    TempDatabase db;
    RUN_OK(created, db.path(),
           {QStringLiteral("assessment"), QStringLiteral("create"), QStringLiteral("--state"), QStringLiteral("SEN")});
    QProcess process;
    process.setReadChannel(QProcess::StandardError);
    const quint16 port = startServing(process, db.path(),
                                      {QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("poll"),
                                       QStringLiteral("serve"), created.out.trimmed(), QStringLiteral("--item"),
                                       QStringLiteral("CU-01"), QStringLiteral("--code"), QStringLiteral("314159")});
    QVERIFY(port != 0);
    const iamm::test::HttpAnswer state = iamm::test::exchange(
        port, iamm::test::HttpExchange::request("GET", "/api/state?code=314159"), 5000);
    const iamm::test::HttpAnswer page = iamm::test::exchange(port, iamm::test::HttpExchange::request("GET", "/"), 5000);
    process.terminate();
    QCOMPARE(state.status, 200);
    PARSE_JSON(body, QString::fromUtf8(state.body));
    QVERIFY2(iamm::test::text(body["item"]["text"]).startsWith(QStringLiteral("Le mouvement continu de personnes")),
             state.body.constData());
    QVERIFY(page.body.contains("<html lang=\"fr\">"));
    const CliResult served = iamm::test::resultOf(process, 20000);
    QVERIFY2(served.exitCode == 0, qPrintable(describe(served)));
}

void CliPollTest::badInputIsRefusedBeforeServing_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("mention");
    QTest::newRow("unknown item") << QStringList{QStringLiteral("--item"), QStringLiteral("TS-99")} << 1
                                  << QStringLiteral("TS-99");
    QTest::newRow("no item") << QStringList{} << 2 << QStringLiteral("--item");
    QTest::newRow("bad code") << QStringList{QStringLiteral("--item"), QStringLiteral("TS-01"),
                                             QStringLiteral("--code"), QStringLiteral("12ab")}
                              << 1 << QStringLiteral("6 digits");
    QTest::newRow("bad address") << QStringList{QStringLiteral("--item"), QStringLiteral("TS-01"),
                                                QStringLiteral("--bind"), QStringLiteral("my-laptop")}
                                 << 2 << QStringLiteral("--bind");
    QTest::newRow("bad port") << QStringList{QStringLiteral("--item"), QStringLiteral("TS-01"),
                                             QStringLiteral("--port"), QStringLiteral("70000")}
                              << 2 << QStringLiteral("--port");
    QTest::newRow("zero seconds") << QStringList{QStringLiteral("--item"), QStringLiteral("TS-01"),
                                                 QStringLiteral("--seconds"), QStringLiteral("0")}
                                  << 2 << QStringLiteral("--seconds");
}

void CliPollTest::badInputIsRefusedBeforeServing()
{
    QFETCH(QStringList, options);
    QFETCH(int, exitCode);
    QFETCH(QString, mention);
    TempDatabase db;
    const QString id = createDraft(db.path());
    iamm::test::verifyRejected(db.path(), QStringList{QStringLiteral("poll"), QStringLiteral("serve"), id} + options,
                               exitCode, {mention});
}

QTEST_GUILESS_MAIN(CliPollTest)
#include "tst_clipoll.moc"
