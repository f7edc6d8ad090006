// SPDX-License-Identifier: GPL-3.0-or-later
// The body of POST /api/vote: what is accepted as a vote and which status each mistake gets.
#include "testsupport.h"
#include "voting/voterequest.h"

#include <QTest>

using iamm::PollStatus;
using iamm::Rating;
using iamm::VoteRequest;

Q_DECLARE_METATYPE(iamm::PollStatus)

class VoteRequestTest : public QObject
{
    Q_OBJECT

private slots:
    void levelVote();
    void notApplicableWithNameAndAgency();
    void rejected_data();
    void rejected();
    void bodyOverFourKibIsTooLarge();
    void fuzzSeeds();
};

void VoteRequestTest::levelVote()
{
    const VoteRequest::Parsed parsed = VoteRequest::parse(
        R"({"code":"123456","client":"abcdef0123","item":"CU-01","score":3,"na":false})");
    QCOMPARE(parsed.status, PollStatus::Ok);
    QCOMPARE(parsed.code, QStringLiteral("123456"));
    QCOMPARE(parsed.vote.client, QStringLiteral("abcdef0123"));
    QCOMPARE(parsed.vote.itemId, QStringLiteral("CU-01"));
    QVERIFY(parsed.vote.rating == Rating::level(3));
    QVERIFY(parsed.vote.name.isEmpty());
    QVERIFY(parsed.vote.agency.isEmpty());
}

void VoteRequestTest::notApplicableWithNameAndAgency()
{
    const VoteRequest::Parsed parsed = VoteRequest::parse(
        R"({"code":"000001","client":"client-id_9","item":"EP-20","score":null,"na":true,"name":"  Ana   María ","agency":"Interior"})");
    QCOMPARE(parsed.status, PollStatus::Ok);
    QVERIFY(parsed.vote.rating == Rating::na());
    QCOMPARE(parsed.vote.name, QStringLiteral("Ana María"));
    QCOMPARE(parsed.vote.agency, QStringLiteral("Interior"));
}

void VoteRequestTest::rejected_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<PollStatus>("status");
    QTest::addColumn<QString>("mention");
    QTest::newRow("empty") << QByteArray() << PollStatus::BadRequest << QStringLiteral("JSON object");
    QTest::newRow("not JSON") << QByteArray("score=3") << PollStatus::BadRequest << QStringLiteral("JSON object");
    QTest::newRow("array") << QByteArray("[1,2]") << PollStatus::BadRequest << QStringLiteral("JSON object");
    QTest::newRow("truncated") << QByteArray(R"({"code":"123456","client":"abcdefgh")") << PollStatus::BadRequest
                               << QStringLiteral("JSON object");
    QTest::newRow("no code") << QByteArray(R"({"client":"abcdefgh","item":"CU-01","score":1,"na":false})")
                             << PollStatus::BadRequest << QStringLiteral("\"code\"");
    QTest::newRow("code a number") << QByteArray(R"({"code":123456,"client":"abcdefgh","item":"CU-01","score":1})")
                                   << PollStatus::BadRequest << QStringLiteral("\"code\"");
    QTest::newRow("short client") << QByteArray(R"({"code":"1","client":"abc","item":"CU-01","score":1})")
                                  << PollStatus::BadRequest << QStringLiteral("\"client\"");
    QTest::newRow("client with spaces") << QByteArray(R"({"code":"1","client":"abc def ghi","item":"CU-01","score":1})")
                                        << PollStatus::BadRequest << QStringLiteral("\"client\"");
    QTest::newRow("no item") << QByteArray(R"({"code":"1","client":"abcdefgh","score":1})") << PollStatus::BadRequest
                             << QStringLiteral("\"item\"");
    QTest::newRow("score 5") << QByteArray(R"({"code":"1","client":"abcdefgh","item":"CU-01","score":5})")
                             << PollStatus::BadRequest << QStringLiteral("0 to 4");
    QTest::newRow("score -1") << QByteArray(R"({"code":"1","client":"abcdefgh","item":"CU-01","score":-1})")
                              << PollStatus::BadRequest << QStringLiteral("0 to 4");
    QTest::newRow("score 2.5") << QByteArray(R"({"code":"1","client":"abcdefgh","item":"CU-01","score":2.5})")
                               << PollStatus::BadRequest << QStringLiteral("0 to 4");
    QTest::newRow("score 4.4e125") << QByteArray(R"({"code":"1","client":"abcdefgh","item":"CU-01","score":4.4e125})")
                                   << PollStatus::BadRequest << QStringLiteral("0 to 4");
    QTest::newRow("score -1e300") << QByteArray(R"({"code":"1","client":"abcdefgh","item":"CU-01","score":-1e300})")
                                  << PollStatus::BadRequest << QStringLiteral("0 to 4");
    QTest::newRow("score text") << QByteArray(R"({"code":"1","client":"abcdefgh","item":"CU-01","score":"2"})")
                                << PollStatus::BadRequest << QStringLiteral("0 to 4");
    QTest::newRow("neither") << QByteArray(R"({"code":"1","client":"abcdefgh","item":"CU-01","score":null,"na":false})")
                             << PollStatus::BadRequest << QStringLiteral("one of the two");
    QTest::newRow("both") << QByteArray(R"({"code":"1","client":"abcdefgh","item":"CU-01","score":2,"na":true})")
                          << PollStatus::BadRequest << QStringLiteral("one of the two");
    QTest::newRow("na text") << QByteArray(R"({"code":"1","client":"abcdefgh","item":"CU-01","na":"yes"})")
                             << PollStatus::BadRequest << QStringLiteral("one of the two");
    QTest::newRow("name a number") << QByteArray(
        R"({"code":"1","client":"abcdefgh","item":"CU-01","score":2,"name":7})")
                                   << PollStatus::BadRequest << QStringLiteral("\"name\"");
    QTest::newRow("long agency") << QByteArray(R"({"code":"1","client":"abcdefgh","item":"CU-01","score":2,"agency":")"
                                               + QByteArray(201, 'a') + "\"}")
                                 << PollStatus::BadRequest << QStringLiteral("\"agency\"");
    QTest::newRow("unknown field") << QByteArray(
        R"({"code":"1","client":"abcdefgh","item":"CU-01","score":2,"admin":true})")
                                   << PollStatus::BadRequest << QStringLiteral("\"admin\"");
}

void VoteRequestTest::rejected()
{
    QFETCH(QByteArray, body);
    QFETCH(PollStatus, status);
    QFETCH(QString, mention);
    const VoteRequest::Parsed parsed = VoteRequest::parse(body);
    QCOMPARE(parsed.status, status);
    QVERIFY2(parsed.error.contains(mention), qPrintable(parsed.error));
}

void VoteRequestTest::bodyOverFourKibIsTooLarge()
{
    const QByteArray start = R"({"code":"123456","client":"abcdefgh","item":"CU-01","score":1,"name":")";
    const QByteArray atLimit = start + QByteArray(VoteRequest::maxBodyBytes - start.size() - 2, ' ') + "\"}";
    QCOMPARE(atLimit.size(), VoteRequest::maxBodyBytes);
    // At the limit the size is fine (the overlong name is the problem); one byte more is too large.
    QCOMPARE(VoteRequest::parse(atLimit).status, PollStatus::BadRequest);
    const VoteRequest::Parsed parsed = VoteRequest::parse(atLimit + ' ');
    QCOMPARE(parsed.status, PollStatus::PayloadTooLarge);
    QVERIFY2(parsed.error.contains(QLocale().toString(VoteRequest::maxBodyBytes)), qPrintable(parsed.error));
}

// The fuzzer's seeds (tests/fixtures/voting/) are what their names say.
void VoteRequestTest::fuzzSeeds()
{
    using iamm::test::fixture;
    using iamm::test::readFile;
    QCOMPARE(VoteRequest::parse(readFile(fixture(QStringLiteral("voting/vote-level.json")))).status, PollStatus::Ok);
    QCOMPARE(VoteRequest::parse(readFile(fixture(QStringLiteral("voting/vote-na-named.json")))).vote.name,
             QStringLiteral("Ana María"));
    QCOMPARE(VoteRequest::parse(readFile(fixture(QStringLiteral("voting/bad-vote-fields.json")))).status,
             PollStatus::BadRequest);
}

QTEST_GUILESS_MAIN(VoteRequestTest)
#include "tst_voterequest.moc"
