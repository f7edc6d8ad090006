// SPDX-License-Identifier: GPL-3.0-or-later
// The live vote's pure parts: the ballot, the rate limiter, votes as contributions, the tally's
// JSON and the QR code.
#include "framework/framework.h"
#include "voting/pollballot.h"
#include "voting/pollcontributions.h"
#include "voting/polltallyjson.h"
#include "voting/qrcode.h"
#include "voting/ratelimiter.h"
#include "workshop/consensus.h"
#include "workshop/contribution.h"

#include <QImage>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace iamm;

namespace {

PollVote vote(const QString &client, const QString &item, Rating rating, const QString &name = {},
              const QString &agency = {})
{
    return PollVote{client, item, rating, name, agency};
}

Scale zeroToFour()
{
    Scale scale;
    for (int value = 0; value <= 4; ++value)
        scale.levels << ScaleLevel{value, QStringLiteral("Level %1").arg(value), QString()};
    return scale;
}

} // namespace

class PollBallotTest : public QObject
{
    Q_OBJECT

private slots:
    void nothingIsOpenAtFirst();
    void aChangedVoteReplacesTheEarlierOne();
    void closedAndWrongItemAreRefused();
    void reopenKeepsAndRevoteDropsTheVotes();
    void allVotesAreByClientThenItem();
    void rateLimiterAllowsTheLimitPerSecond();
    void rateLimiterKeepsKeysApart();
    void contributionsOnePerVoter();
    void namedVoterKeepsEarlierViews();
    void tallyJson();
    void qrCodeHasFinderPatterns();
};

void PollBallotTest::nothingIsOpenAtFirst()
{
    PollBallot ballot;
    QVERIFY(!ballot.isOpen());
    QVERIFY(ballot.currentItem().isEmpty());
    QCOMPARE(ballot.cast(vote(QStringLiteral("c1"), QStringLiteral("CU-01"), Rating::level(2))),
             PollBallot::Outcome::WrongItem);
    ballot.reopen();
    QVERIFY(!ballot.isOpen());
    QCOMPARE(ballot.count(), 0);
}

void PollBallotTest::aChangedVoteReplacesTheEarlierOne()
{
    PollBallot ballot;
    ballot.open(QStringLiteral("CU-01"));
    QCOMPARE(ballot.cast(vote(QStringLiteral("c1"), QStringLiteral("CU-01"), Rating::level(1))),
             PollBallot::Outcome::Counted);
    QCOMPARE(ballot.cast(vote(QStringLiteral("c2"), QStringLiteral("CU-01"), Rating::na())),
             PollBallot::Outcome::Counted);
    QCOMPARE(ballot.cast(vote(QStringLiteral("c1"), QStringLiteral("CU-01"), Rating::level(4))),
             PollBallot::Outcome::Counted);
    QCOMPARE(ballot.count(), 2);
    const QList<PollVote> votes = ballot.votes(QStringLiteral("CU-01"));
    QCOMPARE(votes.size(), 2);
    QCOMPARE(votes[0].client, QStringLiteral("c1"));
    QVERIFY(votes[0].rating == Rating::level(4));
    QVERIFY(votes[1].rating == Rating::na());
}

void PollBallotTest::closedAndWrongItemAreRefused()
{
    PollBallot ballot;
    ballot.open(QStringLiteral("CU-01"));
    QCOMPARE(ballot.cast(vote(QStringLiteral("c1"), QStringLiteral("CU-02"), Rating::level(1))),
             PollBallot::Outcome::WrongItem);
    ballot.close();
    QVERIFY(!ballot.isOpen());
    QCOMPARE(ballot.cast(vote(QStringLiteral("c1"), QStringLiteral("CU-01"), Rating::level(1))),
             PollBallot::Outcome::Closed);
    QCOMPARE(ballot.count(), 0);
}

void PollBallotTest::reopenKeepsAndRevoteDropsTheVotes()
{
    PollBallot ballot;
    ballot.open(QStringLiteral("CU-01"));
    ballot.cast(vote(QStringLiteral("c1"), QStringLiteral("CU-01"), Rating::level(1)));
    ballot.cast(vote(QStringLiteral("c2"), QStringLiteral("CU-01"), Rating::level(2)));
    ballot.close();
    ballot.reopen();
    QVERIFY(ballot.isOpen());
    QCOMPARE(ballot.count(), 2);
    ballot.close();
    ballot.revote();
    QVERIFY(ballot.isOpen());
    QCOMPARE(ballot.count(), 0);
    QCOMPARE(ballot.cast(vote(QStringLiteral("c2"), QStringLiteral("CU-01"), Rating::level(3))),
             PollBallot::Outcome::Counted);
    QCOMPARE(ballot.votes(QStringLiteral("CU-01")).size(), 1);
    QVERIFY(ballot.votes(QStringLiteral("CU-01")).constFirst().rating == Rating::level(3));
}

void PollBallotTest::allVotesAreByClientThenItem()
{
    PollBallot ballot;
    ballot.open(QStringLiteral("CU-01"));
    ballot.cast(vote(QStringLiteral("b"), QStringLiteral("CU-01"), Rating::level(1)));
    ballot.cast(vote(QStringLiteral("a"), QStringLiteral("CU-01"), Rating::level(2)));
    ballot.open(QStringLiteral("CU-02"));
    QCOMPARE(ballot.count(), 0);
    ballot.cast(vote(QStringLiteral("a"), QStringLiteral("CU-02"), Rating::level(3)));
    ballot.cast(vote(QStringLiteral("c"), QStringLiteral("CU-02"), Rating::na()));
    ballot.open(QStringLiteral("CU-01"));
    QCOMPARE(ballot.count(), 2);
    QStringList order;
    for (const PollVote &v : ballot.allVotes())
        order << v.client + QLatin1Char('/') + v.itemId;
    QCOMPARE(order, (QStringList{QStringLiteral("b/CU-01"), QStringLiteral("a/CU-01"), QStringLiteral("a/CU-02"),
                                 QStringLiteral("c/CU-02")}));
    QCOMPARE(ballot.items(), (QStringList{QStringLiteral("CU-01"), QStringLiteral("CU-02")}));
}

void PollBallotTest::rateLimiterAllowsTheLimitPerSecond()
{
    qint64 now = 10'000;
    RateLimiter limiter(10, [&now] { return now; });
    for (int i = 0; i < 10; ++i) {
        QVERIFY2(limiter.allow(QStringLiteral("client")), qPrintable(QString::number(i)));
        now += 50;
    }
    QVERIFY(!limiter.allow(QStringLiteral("client")));
    // The first request was 500 ms ago, so one more second from it frees one place.
    now = 10'999;
    QVERIFY(!limiter.allow(QStringLiteral("client")));
    now = 11'000;
    QVERIFY(limiter.allow(QStringLiteral("client")));
    QVERIFY(!limiter.allow(QStringLiteral("client")));
    now = 13'000;
    for (int i = 0; i < 10; ++i)
        QVERIFY(limiter.allow(QStringLiteral("client")));
}

void PollBallotTest::rateLimiterKeepsKeysApart()
{
    qint64 now = 0;
    RateLimiter limiter(2, [&now] { return now; });
    QVERIFY(limiter.allow(QStringLiteral("a")));
    QVERIFY(limiter.allow(QStringLiteral("a")));
    QVERIFY(!limiter.allow(QStringLiteral("a")));
    QVERIFY(limiter.allow(QStringLiteral("b")));
    QVERIFY(limiter.allow(QStringLiteral("b")));
    QVERIFY(!limiter.allow(QStringLiteral("b")));
    // Refused requests do not count: one second after the allowed ones, a is free again.
    now = 1000;
    QVERIFY(limiter.allow(QStringLiteral("a")));
}

void PollBallotTest::contributionsOnePerVoter()
{
    const QList<PollVote> votes{
        vote(QStringLiteral("c1"), QStringLiteral("CU-01"), Rating::level(2), QStringLiteral("Ana"),
             QStringLiteral("Interior")),
        vote(QStringLiteral("c1"), QStringLiteral("CU-02"), Rating::na(), QStringLiteral("Ana"), QString()),
        vote(QStringLiteral("c2"), QStringLiteral("CU-01"), Rating::level(3)),
        vote(QStringLiteral("c3"), QStringLiteral("CU-01"), Rating::level(4), QStringLiteral("Ana"),
             QStringLiteral("Labour")),
    };
    const QList<Contribution> list = PollContributions::contributions(votes, {});
    QCOMPARE(list.size(), 3);
    QCOMPARE(list[0].participant, QStringLiteral("Ana"));
    QCOMPARE(list[0].agency, QStringLiteral("Interior"));
    QCOMPARE(list[0].source, QStringLiteral("live vote"));
    QCOMPARE(list[0].views.size(), 2);
    QVERIFY(list[0].view(QStringLiteral("CU-02"))->rating == Rating::na());
    QVERIFY(list[1].participant.isEmpty());
    QVERIFY(list[1].view(QStringLiteral("CU-01"))->rating == Rating::level(3));
    QCOMPARE(list[2].participant, QStringLiteral("Ana (2)"));
    QCOMPARE(list[2].agency, QStringLiteral("Labour"));
}

void PollBallotTest::namedVoterKeepsEarlierViews()
{
    Contribution earlier;
    earlier.participant = QStringLiteral("Ben");
    earlier.views = {ContributionView{QStringLiteral("CU-01"), Rating::level(0), QStringLiteral("kept")},
                     ContributionView{QStringLiteral("CU-02"), Rating::level(1), QString()}};
    const QList<Contribution> list = PollContributions::contributions(
        {vote(QStringLiteral("c9"), QStringLiteral("CU-02"), Rating::level(3), QStringLiteral("Ben"))}, {earlier});
    QCOMPARE(list.size(), 1);
    QCOMPARE(list[0].views.size(), 2);
    QCOMPARE(list[0].view(QStringLiteral("CU-01"))->comment, QStringLiteral("kept"));
    QVERIFY(list[0].view(QStringLiteral("CU-02"))->rating == Rating::level(3));
}

void PollBallotTest::tallyJson()
{
    const ItemConsensus tally = Consensus::ofItem(
        QStringLiteral("CU-01"), zeroToFour(),
        {Rating::level(1), Rating::level(2), Rating::level(2), Rating::level(4), Rating::na()}, Response{});
    const nlohmann::json json = nlohmann::json::parse(PollTallyJson::toJson(tally).toStdString());
    const nlohmann::json expected = {
        {"item", "CU-01"}, {"votes", 5}, {"counts", {{"0", 0}, {"1", 1}, {"2", 2}, {"3", 0}, {"4", 1}, {"na", 1}}},
        {"median", 2},     {"min", 1},   {"max", 4}};
    QCOMPARE(QString::fromStdString(json.dump()), QString::fromStdString(expected.dump()));
    const ItemConsensus empty = Consensus::ofItem(QStringLiteral("CU-02"), zeroToFour(), {}, Response{});
    const nlohmann::json none = nlohmann::json::parse(PollTallyJson::toJson(empty).toStdString());
    QCOMPARE(none["votes"].get<int>(), 0);
    QVERIFY(none["median"].is_null());
    QVERIFY(none["min"].is_null());
}

void PollBallotTest::qrCodeHasFinderPatterns()
{
    const QrCode code = QrCode::encode(QStringLiteral("http://192.168.1.20:8080/?code=123456"));
    // Version 3 (29 modules) holds this link at level M.
    QVERIFY2(code.size() >= 21 && (code.size() - 17) % 4 == 0, qPrintable(QString::number(code.size())));
    // The three finder patterns: a dark 7×7 ring around a light ring around a dark 3×3 centre.
    for (const QPoint corner : {QPoint(0, 0), QPoint(code.size() - 7, 0), QPoint(0, code.size() - 7)}) {
        QVERIFY(code.isDark(corner.x(), corner.y()));
        QVERIFY(code.isDark(corner.x() + 6, corner.y() + 6));
        QVERIFY(!code.isDark(corner.x() + 1, corner.y() + 1));
        QVERIFY(code.isDark(corner.x() + 3, corner.y() + 3));
    }
    const QImage image = code.toImage(5);
    QCOMPARE(image.width(), (code.size() + 8) * 5);
    QCOMPARE(image.pixelColor(0, 0), QColor(Qt::white));
    QCOMPARE(image.pixelColor(4 * 5, 4 * 5), QColor(Qt::black));
    QCOMPARE(image.pixelColor(5 * 5 + 2, 5 * 5 + 2), QColor(Qt::white));
}

QTEST_GUILESS_MAIN(PollBallotTest)
#include "tst_pollballot.moc"
