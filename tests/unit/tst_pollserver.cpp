// SPDX-License-Identifier: GPL-3.0-or-later
// The live vote's web server over real sockets on 127.0.0.1: the page, every status code of the
// contract, changed votes, a revote, closing, 200 voters at once and a flooding client.
#include "httpexchange.h"

#include "common/datapaths.h"
#include "common/iammerror.h"
#include "framework/frameworkregistry.h"
#include "voting/pollserver.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <tuple>

using namespace iamm;
using iamm::test::HttpAnswer;
using iamm::test::HttpExchange;

namespace {

const QByteArray code = "246810";

PollItem item(const QString &id)
{
    Scale scale;
    scale.notApplicableLabel = QStringLiteral("Not applicable");
    for (int value = 0; value <= 4; ++value)
        scale.levels << ScaleLevel{value, QStringLiteral("Level %1").arg(value), QString()};
    return PollItem{id, QStringLiteral("Official text of %1.").arg(id), scale};
}

QByteArray voteBody(const QByteArray &client, const QByteArray &itemId, int score, const QByteArray &sessionCode = code)
{
    return R"({"code":")" + sessionCode + R"(","client":")" + client + R"(","item":")" + itemId + R"(","score":)"
           + QByteArray::number(score) + R"(,"na":false})";
}

QJsonObject jsonOf(const HttpAnswer &answer)
{
    return QJsonDocument::fromJson(answer.body).object();
}

} // namespace

class PollServerTest : public QObject
{
    Q_OBJECT

private:
    HttpAnswer vote(const QByteArray &client, const QByteArray &itemId, int score)
    {
        return iamm::test::post(m_server->port(), "/api/vote", voteBody(client, itemId, score));
    }

    std::unique_ptr<PollServer> m_server;

private slots:
    void init();
    void cleanup();
    void pageAndAssetsCarryTheHeaders();
    void pageLanguages();
    void everythingElseIsNotFound();
    void stateNeedsTheSessionCode();
    void stateBeforeAnyItem();
    void aTranslatedItemIsServedMarkedAndKeepsItsVote();
    void voteStatusCodes();
    void bodyOverFourKibIs413();
    void aChangedVoteReplacesTheEarlierOne();
    void closeReopenAndRevote();
    void nextItemRefusesVotesOnTheOldOne();
    void twoHundredConcurrentVoters();
    void floodingClientGets429WhileOthersVote();
    void addressLimitGives429();
    void stopClosesThePort();
    void busyPortIsAnError();
    void sessionCodeIsSixDigits();
};

void PollServerTest::init()
{
    m_server = std::make_unique<PollServer>();
    m_server->setCode(QString::fromLatin1(code));
    m_server->listen(QHostAddress::LocalHost, 0);
    QVERIFY(m_server->isListening());
    QVERIFY(m_server->port() != 0);
}

void PollServerTest::cleanup()
{
    m_server.reset();
}

void PollServerTest::pageAndAssetsCarryTheHeaders()
{
    const QByteArray csp = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
                           "img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    const std::tuple<QByteArray, QByteArray, QByteArray> cases[] = {
        {"/", "text/html; charset=utf-8", "<script src=\"/vote.js\">"},
        {"/?code=246810", "text/html; charset=utf-8", "Your view"},
        {"/vote.js", "text/javascript; charset=utf-8", "/api/vote"},
        {"/vote.css", "text/css; charset=utf-8", ".level"},
        {"/api/state?code=246810", "application/json", "\"open\""},
        {"/nothing", "application/json", "no such page"}};
    for (const auto &[target, type, text] : cases) {
        const HttpAnswer answer = iamm::test::get(m_server->port(), target);
        QCOMPARE(answer.status, target == "/nothing" ? 404 : 200);
        QCOMPARE(answer.headers.value("content-type"), type);
        QCOMPARE(answer.headers.value("cache-control"), QByteArray("no-store"));
        QCOMPARE(answer.headers.value("content-security-policy"), csp);
        QCOMPARE(answer.headers.value("x-content-type-options"), QByteArray("nosniff"));
        QVERIFY2(answer.body.contains(text), target.constData());
    }
    const QByteArray page = iamm::test::get(m_server->port(), "/").body;
    // No external resource: every src and href is the server's own.
    QVERIFY(!page.contains("http:") && !page.contains("https:") && !page.contains("//"));
}

void PollServerTest::pageLanguages()
{
    QVERIFY(iamm::test::get(m_server->port(), "/?lang=fr").body.contains("Code de la séance"));
    QVERIFY(iamm::test::get(m_server->port(), "/?lang=fr").body.contains("<html lang=\"fr\">"));
    m_server->setLanguage(PollLanguage::Spanish);
    const QByteArray spanish = iamm::test::get(m_server->port(), "/").body;
    QVERIFY(spanish.contains("Su opinión ha quedado registrada."));
    QVERIFY(!spanish.contains("{{"));
    QVERIFY(iamm::test::get(m_server->port(), "/?lang=en").body.contains("Your view is recorded."));
    QVERIFY(iamm::test::get(m_server->port(), "/?lang=xx").body.contains("<html lang=\"es\">"));
}

void PollServerTest::everythingElseIsNotFound()
{
    m_server->openItem(item(QStringLiteral("TS-01")));
    for (const QByteArray &target :
         {QByteArray("/index.html"), QByteArray("/api/votes"), QByteArray("/api/tally"), QByteArray("/vote.html"),
          QByteArray("/strings-en.json"), QByteArray("/../vote.js"), QByteArray("/api/vote")})
        QCOMPARE(iamm::test::get(m_server->port(), target).status, 404);
    QCOMPARE(iamm::test::post(m_server->port(), "/", voteBody("client-01", "TS-01", 2)).status, 404);
    QCOMPARE(iamm::test::post(m_server->port(), "/api/state?code=246810", {}).status, 404);
    QCOMPARE(iamm::test::exchange(m_server->port(), HttpExchange::request("PUT", "/api/vote", "{}")).status, 404);
    QCOMPARE(m_server->voteCount(), 0);
}

void PollServerTest::stateNeedsTheSessionCode()
{
    m_server->openItem(item(QStringLiteral("TS-01")));
    QCOMPARE(iamm::test::get(m_server->port(), "/api/state").status, 403);
    QCOMPARE(iamm::test::get(m_server->port(), "/api/state?code=135791").status, 403);
    const HttpAnswer answer = iamm::test::get(m_server->port(), "/api/state?code=246810");
    QCOMPARE(answer.status, 200);
    const QJsonObject state = jsonOf(answer);
    QCOMPARE(state.value(QStringLiteral("open")).toBool(), true);
    QCOMPARE(state.value(QStringLiteral("votes")).toInt(), 0);
    const QJsonObject itemJson = state.value(QStringLiteral("item")).toObject();
    QCOMPARE(itemJson.value(QStringLiteral("id")).toString(), QStringLiteral("TS-01"));
    QCOMPARE(itemJson.value(QStringLiteral("text")).toString(), QStringLiteral("Official text of TS-01."));
    QCOMPARE(itemJson.value(QStringLiteral("levels")).toArray().size(), 5);
    QCOMPARE(itemJson.value(QStringLiteral("levels")).toArray()[2].toObject().value(QStringLiteral("label")).toString(),
             QStringLiteral("Level 2"));
    QCOMPARE(itemJson.value(QStringLiteral("na")).toString(), QStringLiteral("Not applicable"));
}

void PollServerTest::aTranslatedItemIsServedMarkedAndKeepsItsVote()
{
    const FrameworkRegistry registry({DataPaths::frameworksDir()});
    const Framework &english = registry.require(QStringLiteral("iamm-2004"));
    m_server->openItem(PollItem::fromFramework(english, QStringLiteral("CU-14")));
    QCOMPARE(vote("client-01", "CU-14", 2).status, 200);
    m_server->closeVote();
    QJsonObject itemJson =
        jsonOf(iamm::test::get(m_server->port(), "/api/state?code=246810")).value(QStringLiteral("item")).toObject();
    QCOMPARE(itemJson.value(QStringLiteral("workingTranslation")).toBool(), false);

    m_server->updateItem(
        PollItem::fromFramework(registry.translated(english, QStringLiteral("es")), QStringLiteral("CU-14")));
    const QJsonObject state = jsonOf(iamm::test::get(m_server->port(), "/api/state?code=246810"));
    itemJson = state.value(QStringLiteral("item")).toObject();
    QCOMPARE(itemJson.value(QStringLiteral("text")).toString(),
             QStringLiteral("La prevención y la reducción de la migración irregular son una responsabilidad compartida "
                            "entre todos los Estados, con el apoyo de otras partes interesadas."));
    QCOMPARE(itemJson.value(QStringLiteral("workingTranslation")).toBool(), true);
    QCOMPARE(itemJson.value(QStringLiteral("na")).toString(), QStringLiteral("No aplicable"));
    QCOMPARE(state.value(QStringLiteral("open")).toBool(), false);
    QCOMPARE(m_server->voteCount(), 1);
}

void PollServerTest::stateBeforeAnyItem()
{
    const QJsonObject state = jsonOf(iamm::test::get(m_server->port(), "/api/state?code=246810"));
    QVERIFY(state.value(QStringLiteral("item")).isNull());
    QCOMPARE(state.value(QStringLiteral("open")).toBool(), false);
    QCOMPARE(vote("client-01", "TS-01", 2).status, 409);
}

void PollServerTest::voteStatusCodes()
{
    m_server->openItem(item(QStringLiteral("TS-01")));
    QSignalSpy counted(m_server.get(), &PollServer::votesChanged);
    const HttpAnswer ok = vote("client-01", "TS-01", 2);
    QCOMPARE(ok.status, 200);
    QCOMPARE(jsonOf(ok).value(QStringLiteral("votes")).toInt(), 1);
    QCOMPARE(counted.size(), 1);
    QCOMPARE(counted.constFirst().constFirst().toInt(), 1);
    QCOMPARE(iamm::test::post(m_server->port(), "/api/vote", "{\"code\":").status, 400);
    QCOMPARE(iamm::test::post(m_server->port(), "/api/vote", voteBody("client-02", "TS-01", 7)).status, 400);
    QCOMPARE(iamm::test::post(m_server->port(), "/api/vote", voteBody("client-02", "TS-01", 1, "999999")).status, 403);
    QCOMPARE(vote("client-02", "TS-02", 1).status, 409);
    m_server->closeVote();
    const HttpAnswer closed = vote("client-02", "TS-01", 1);
    QCOMPARE(closed.status, 409);
    QVERIFY(jsonOf(closed).value(QStringLiteral("error")).toString().contains(QLatin1String("closed")));
    QCOMPARE(m_server->voteCount(), 1);
    QCOMPARE(counted.size(), 1);
}

void PollServerTest::bodyOverFourKibIs413()
{
    m_server->openItem(item(QStringLiteral("TS-01")));
    const QByteArray big = R"({"code":"246810","client":"client-01","item":"TS-01","score":1,"name":")"
                           + QByteArray(5000, 'x') + "\"}";
    const HttpAnswer answer = iamm::test::post(m_server->port(), "/api/vote", big);
    QCOMPARE(answer.status, 413);
    QCOMPARE(m_server->voteCount(), 0);
}

void PollServerTest::aChangedVoteReplacesTheEarlierOne()
{
    m_server->openItem(item(QStringLiteral("TS-01")));
    QCOMPARE(vote("client-01", "TS-01", 1).status, 200);
    QCOMPARE(vote("client-02", "TS-01", 2).status, 200);
    QCOMPARE(vote("client-01", "TS-01", 4).status, 200);
    QCOMPARE(m_server->voteCount(), 2);
    const ItemConsensus tally = m_server->tally();
    QCOMPARE(tally.counts.value(1), 0);
    QCOMPARE(tally.counts.value(2), 1);
    QCOMPARE(tally.counts.value(4), 1);
    QCOMPARE(tally.median, std::optional<double>(3.0));
}

void PollServerTest::closeReopenAndRevote()
{
    m_server->openItem(item(QStringLiteral("TS-01")));
    QSignalSpy changed(m_server.get(), &PollServer::stateChanged);
    vote("client-01", "TS-01", 1);
    vote("client-02", "TS-01", 3);
    m_server->closeVote();
    QVERIFY(!m_server->isOpen());
    QCOMPARE(jsonOf(iamm::test::get(m_server->port(), "/api/state?code=246810")).value(QStringLiteral("open")).toBool(),
             false);
    m_server->reopenVote();
    QVERIFY(m_server->isOpen());
    QCOMPARE(m_server->voteCount(), 2);
    QCOMPARE(vote("client-03", "TS-01", 0).status, 200);
    QCOMPARE(m_server->voteCount(), 3);
    m_server->closeVote();
    m_server->revote();
    QVERIFY(m_server->isOpen());
    QCOMPARE(m_server->voteCount(), 0);
    QCOMPARE(vote("client-02", "TS-01", 2).status, 200);
    QCOMPARE(m_server->tally().n, 1);
    QCOMPARE(m_server->tally().median, std::optional<double>(2.0));
    QCOMPARE(changed.size(), 4);
}

void PollServerTest::nextItemRefusesVotesOnTheOldOne()
{
    m_server->openItem(item(QStringLiteral("TS-01")));
    QCOMPARE(vote("client-01", "TS-01", 1).status, 200);
    m_server->openItem(item(QStringLiteral("TS-02")));
    QCOMPARE(vote("client-01", "TS-01", 2).status, 409);
    QCOMPARE(vote("client-01", "TS-02", 3).status, 200);
    QCOMPARE(m_server->voteCount(), 1);
    QCOMPARE(m_server->tally(QStringLiteral("TS-01")).counts.value(1), 1);
    QCOMPARE(m_server->votes().size(), 2);
}

void PollServerTest::twoHundredConcurrentVoters()
{
    m_server->openItem(item(QStringLiteral("TS-01")));
    QList<HttpExchange *> voters;
    QObject owner;
    for (int i = 0; i < 200; ++i)
        voters << new HttpExchange(
            m_server->port(),
            HttpExchange::request("POST", "/api/vote",
                                  voteBody("voter-" + QByteArray::number(1000 + i), "TS-01", i % 5)),
            &owner);
    iamm::test::runAll(voters, 20000);
    for (const HttpExchange *voter : voters)
        QCOMPARE(voter->answer().status, 200);
    QCOMPARE(m_server->voteCount(), 200);
    const ItemConsensus tally = m_server->tally();
    for (int level = 0; level <= 4; ++level)
        QCOMPARE(tally.counts.value(level), 40);
}

void PollServerTest::floodingClientGets429WhileOthersVote()
{
    // One instant for every request, so that exactly the limit passes however slow the machine.
    m_server->setRateLimits(PollServer::defaultClientLimit, PollServer::defaultAddressLimit, [] { return 5000; });
    m_server->openItem(item(QStringLiteral("TS-01")));
    QList<HttpExchange *> flood;
    QObject owner;
    for (int i = 0; i < 60; ++i)
        flood << new HttpExchange(m_server->port(),
                                  HttpExchange::request("POST", "/api/vote", voteBody("flooder-1", "TS-01", i % 5)),
                                  &owner);
    iamm::test::runAll(flood);
    int ok = 0;
    int refused = 0;
    for (const HttpExchange *request : flood) {
        ok += request->answer().status == 200;
        refused += request->answer().status == 429;
    }
    QCOMPARE(ok, 10);
    QCOMPARE(refused, 50);
    for (int i = 0; i < 20; ++i)
        QCOMPARE(vote("other-" + QByteArray::number(100 + i), "TS-01", 3).status, 200);
    QCOMPARE(m_server->voteCount(), 21);
}

void PollServerTest::addressLimitGives429()
{
    m_server->setRateLimits(10, 5, [] { return 0; });
    m_server->openItem(item(QStringLiteral("TS-01")));
    for (int i = 0; i < 5; ++i)
        QCOMPARE(vote("phone-" + QByteArray::number(100 + i), "TS-01", 1).status, 200);
    QCOMPARE(vote("phone-999", "TS-01", 1).status, 429);
    QCOMPARE(iamm::test::get(m_server->port(), "/").status, 429);
    QCOMPARE(m_server->voteCount(), 5);
}

void PollServerTest::stopClosesThePort()
{
    const quint16 port = m_server->port();
    QSignalSpy changed(m_server.get(), &PollServer::stateChanged);
    QCOMPARE(iamm::test::get(port, "/").status, 200);
    m_server->stop();
    QVERIFY(!m_server->isListening());
    QCOMPARE(changed.size(), 1);
    QVERIFY(m_server->joinUrl().isEmpty());
    QCOMPARE(iamm::test::exchange(port, HttpExchange::request("GET", "/"), 2000).status, 0);
    // The same port can be served again at once.
    m_server->listen(QHostAddress::LocalHost, port);
    QCOMPARE(m_server->port(), port);
    QCOMPARE(iamm::test::get(port, "/").status, 200);
    QCOMPARE(m_server->joinUrl().toString(), QStringLiteral("http://127.0.0.1:%1/?code=246810").arg(port));
}

void PollServerTest::busyPortIsAnError()
{
    PollServer second;
    try {
        second.listen(QHostAddress::LocalHost, m_server->port());
        QFAIL("listening on a busy port succeeded");
    } catch (const IammError &error) {
        QVERIFY2(error.message().contains(QString::number(m_server->port())), qPrintable(error.message()));
        QVERIFY2(error.message().contains(QLatin1String("127.0.0.1")), qPrintable(error.message()));
    }
    QVERIFY(!second.isListening());
}

void PollServerTest::sessionCodeIsSixDigits()
{
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9]{6}$")).match(PollServer().code()).hasMatch());
    for (const QString &bad :
         {QStringLiteral("12345"), QStringLiteral("1234567"), QStringLiteral("12a456"), QString()}) {
        try {
            m_server->setCode(bad);
            QFAIL(qPrintable(bad));
        } catch (const IammError &error) {
            QVERIFY(error.message().contains(QLatin1String("6 digits")));
        }
    }
    QCOMPARE(m_server->code(), QString::fromLatin1(code));
}

QTEST_GUILESS_MAIN(PollServerTest)
#include "tst_pollserver.moc"
