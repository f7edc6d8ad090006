// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/gapformatter.h"
#include "peers/gapstatistics.h"

#include <QRegularExpression>
#include <QTest>

#include <nlohmann/json.hpp>

#include <set>
#include <string>

using namespace iamm;

namespace {

Framework twoSectionFramework()
{
    Framework framework;
    framework.id = QStringLiteral("test");
    framework.scale.min = 0;
    framework.scale.max = 4;
    framework.scale.defaultTarget = 3;
    FrameworkSection cu{QStringLiteral("CU"), QStringLiteral("Common Understandings"), {}, {}, {}};
    for (const char *id : {"CU1", "CU2", "CU3"})
        cu.items.append(FrameworkItem{QString::fromLatin1(id), QStringLiteral("CU")});
    FrameworkSection ep{QStringLiteral("EP"), QStringLiteral("Effective Practices"), {}, {}, {}};
    for (const char *id : {"EP1", "EP2"})
        ep.items.append(FrameworkItem{QString::fromLatin1(id), QStringLiteral("EP")});
    framework.sections = {cu, ep};
    return framework;
}

Response level(const char *itemId, int score, std::optional<int> target = std::nullopt)
{
    return Response{QString::fromLatin1(itemId), Rating::level(score), target, {}, {}};
}

Response notApplicable(const char *itemId, std::optional<int> target = std::nullopt)
{
    return Response{QString::fromLatin1(itemId), Rating::na(), target, {}, {}};
}

AssessmentInfo info(const char *id, const char *stateCode, const char *status, QDate date)
{
    AssessmentInfo info;
    info.id = QString::fromLatin1(id);
    info.stateCode = QString::fromLatin1(stateCode);
    info.status = vocabulary::require<AssessmentStatus>(QString::fromLatin1(status));
    info.date = date;
    return info;
}

// Subject KEN: CU1 2 (default target 3), CU2 N/A (target 4), CU3 4 (target 2), EP1 1 (target 4), EP2 not assessed.
QList<Response> subjectResponses()
{
    return {level("CU1", 2), notApplicable("CU2", 4), level("CU3", 4, 2), level("EP1", 1, 4)};
}

// Peer scores ("na" = N/A, "-" = not assessed):
//        CU1 CU2 CU3 EP1 EP2
//   AAA   1   3   0   2   4
//   BBB   2   na  1   2   3
//   CCC   2   na* 3   2   na     (* a rating flagged N/A that still carries a level 3: must not count)
//   DDD   4   1   4   na  -
QList<GapStatistics::PeerInput> fourPeers()
{
    const Response flaggedNotApplicable{QStringLiteral("CU2"), Rating{3, true}, std::nullopt, {}, {}};
    return {
        {QStringLiteral("AAA"),
         info("a-1", "AAA", "final", QDate(2024, 1, 10)),
         {level("CU1", 1), level("CU2", 3), level("CU3", 0), level("EP1", 2), level("EP2", 4)}},
        {QStringLiteral("BBB"),
         info("b-1", "BBB", "final", QDate(2024, 2, 20)),
         {level("CU1", 2), notApplicable("CU2"), level("CU3", 1), level("EP1", 2), level("EP2", 3)}},
        {QStringLiteral("CCC"),
         info("c-1", "CCC", "final", QDate(2024, 3, 30)),
         {level("CU1", 2), flaggedNotApplicable, level("CU3", 3), level("EP1", 2), notApplicable("EP2")}},
        {QStringLiteral("DDD"),
         info("d-1", "DDD", "final", QDate(2024, 4, 5)),
         {level("CU1", 4), level("CU2", 1), level("CU3", 4), notApplicable("EP1")}},
    };
}

GapResult fourPeerResult(const char *status = "draft")
{
    return GapStatistics::compute(twoSectionFramework(), info("k-1", "KEN", status, QDate(2024, 5, 1)),
                                  subjectResponses(), fourPeers(), {QStringLiteral("SOM")}, 3);
}

void compareNear(double actual, double expected)
{
    QVERIFY2(qAbs(actual - expected) < 1e-12,
             qPrintable(QStringLiteral("%1 != %2").arg(actual, 0, 'g', 17).arg(expected, 0, 'g', 17)));
}

void compareSpread(const std::optional<PeerSpread> &spread, int n, double min, double q1, double median, double q3,
                   double max, double mean)
{
    QVERIFY(spread.has_value());
    QCOMPARE(spread->n, n);
    compareNear(spread->min, min);
    compareNear(spread->q1, q1);
    compareNear(spread->median, median);
    compareNear(spread->q3, q3);
    compareNear(spread->max, max);
    compareNear(spread->mean, mean);
}

void compareEmpty(const PeerComparison &comparison)
{
    QVERIFY(!comparison.peer.has_value());
    QVERIFY(!comparison.percentileRank.has_value());
    QVERIFY(!comparison.gapToMedian.has_value());
}

void compareJson(const nlohmann::json &actual, const nlohmann::json &expected)
{
    QVERIFY2(actual == expected, (actual.dump() + " != " + expected.dump()).c_str());
}

std::set<std::string> keysOf(const nlohmann::json &object)
{
    std::set<std::string> keys;
    for (const auto &entry : object.items())
        keys.insert(entry.key());
    return keys;
}

QStringList linesOf(const QByteArray &csv)
{
    return QString::fromUtf8(csv).split(QStringLiteral("\r\n"));
}

} // namespace

class TestGapStatistics : public QObject
{
    Q_OBJECT

private slots:
    void quartilesOfOneValue()
    {
        // n=1: every figure is the value itself.
        compareSpread(GapStatistics::spread({3}), 1, 3, 3, 3, 3, 3, 3);
    }

    void quartilesOfTwoValues()
    {
        // {1,4}: q1 h=0.25 → 1+0.25×3 = 1.75; median h=0.5 → 2.5; q3 h=0.75 → 3.25; mean 5/2.
        compareSpread(GapStatistics::spread({4, 1}), 2, 1, 1.75, 2.5, 3.25, 4, 2.5);
    }

    void quartilesOfThreeValues()
    {
        // {0,2,3}: q1 h=0.5 → 0+0.5×2 = 1; median h=1 → 2; q3 h=1.5 → 2+0.5×1 = 2.5; mean 5/3.
        compareSpread(GapStatistics::spread({3, 0, 2}), 3, 0, 1, 2, 2.5, 3, 5.0 / 3);
    }

    void quartilesOfFourValuesWithTies()
    {
        // {1,2,2,4}: q1 h=0.75 → 1+0.75×1 = 1.75; median h=1.5 → 2+0.5×0 = 2; q3 h=2.25 → 2+0.25×2 = 2.5; mean 9/4.
        compareSpread(GapStatistics::spread({2, 4, 1, 2}), 4, 1, 1.75, 2, 2.5, 4, 2.25);
    }

    void quartilesOfFiveValues()
    {
        // {0,1,1,3,4}: h = 1, 2, 3 → q1 1, median 1, q3 3; mean 9/5.
        compareSpread(GapStatistics::spread({4, 1, 0, 3, 1}), 5, 0, 1, 1, 3, 4, 1.8);
    }

    void quartilesOfIdenticalValues()
    {
        compareSpread(GapStatistics::spread({2, 2, 2}), 3, 2, 2, 2, 2, 2, 2);
        // 100×(0 below + ½×3 equal)/3 = 50.
        QCOMPARE(GapStatistics::percentileRank(2, {2, 2, 2}), 50.0);
    }

    void percentileRankCountsTiesAsHalf()
    {
        const QList<double> peers{1, 2, 2, 4};
        QCOMPARE(GapStatistics::percentileRank(2, peers), 50.0); // 100×(1+½×2)/4
        QCOMPARE(GapStatistics::percentileRank(4, peers), 87.5); // 100×(3+½×1)/4
        QCOMPARE(GapStatistics::percentileRank(3, peers), 75.0); // 100×(3+0)/4
        QCOMPARE(GapStatistics::percentileRank(0, peers), 0.0); // none below, none equal
        QCOMPARE(GapStatistics::percentileRank(4.5, peers), 100.0);
    }

    void itemScoresTargetsAndGaps()
    {
        const GapResult result = fourPeerResult();
        QCOMPARE(result.items.size(), 5);
        QStringList ids;
        for (const ItemGap &item : result.items)
            ids << item.id + QLatin1Char('/') + item.sectionId;
        QCOMPARE(ids, QStringList({"CU1/CU", "CU2/CU", "CU3/CU", "EP1/EP", "EP2/EP"}));

        const ItemGap &cu1 = result.items[0]; // 2 against default target 3 → gap 1
        QCOMPARE(cu1.score, std::optional<int>(2));
        QCOMPARE(cu1.target, 3);
        QCOMPARE(cu1.gapToTarget, std::optional<int>(1));

        const ItemGap &cu2 = result.items[1]; // N/A: no score, no gap, but its own target stays
        QVERIFY(!cu2.score.has_value());
        QVERIFY(cu2.notApplicable);
        QCOMPARE(cu2.target, 4);
        QVERIFY(!cu2.gapToTarget.has_value());

        const ItemGap &cu3 = result.items[2]; // 4 against response target 2 → max(0, 2−4) = 0
        QCOMPARE(cu3.target, 2);
        QCOMPARE(cu3.gapToTarget, std::optional<int>(0));

        const ItemGap &ep1 = result.items[3]; // 1 against response target 4 → 3
        QCOMPARE(ep1.target, 4);
        QCOMPARE(ep1.gapToTarget, std::optional<int>(3));

        const ItemGap &ep2 = result.items[4]; // not assessed: no score, not N/A, default target
        QVERIFY(!ep2.score.has_value());
        QVERIFY(!ep2.notApplicable);
        QCOMPARE(ep2.target, 3);
        QVERIFY(!ep2.gapToTarget.has_value());
    }

    void itemPeerFigures()
    {
        const GapResult result = fourPeerResult();

        // CU1 peers {1,2,2,4}; subject 2 → rank 100×(1+½×2)/4 = 50, gap to median 2−2 = 0.
        const PeerComparison &cu1 = result.items[0].comparison;
        compareSpread(cu1.peer, 4, 1, 1.75, 2, 2.5, 4, 2.25);
        QCOMPARE(cu1.percentileRank, std::optional<double>(50));
        QCOMPARE(cu1.gapToMedian, std::optional<double>(0));

        // CU2 peers: AAA 3, DDD 1 (BBB N/A, CCC flagged N/A with a level) → n=2 < 3 → empty.
        compareEmpty(result.items[1].comparison);

        // CU3 peers {0,1,3,4}: q1 0+0.75×1 = 0.75; median 1+0.5×2 = 2; q3 3+0.25×1 = 3.25; mean 8/4 = 2.
        // Subject 4 → 100×(3+½×1)/4 = 87.5; gap 4−2 = 2.
        const PeerComparison &cu3 = result.items[2].comparison;
        compareSpread(cu3.peer, 4, 0, 0.75, 2, 3.25, 4, 2);
        QCOMPARE(cu3.percentileRank, std::optional<double>(87.5));
        QCOMPARE(cu3.gapToMedian, std::optional<double>(2));

        // EP1 peers {2,2,2} (DDD N/A); subject 1 → rank 0, gap 1−2 = −1.
        const PeerComparison &ep1 = result.items[3].comparison;
        compareSpread(ep1.peer, 3, 2, 2, 2, 2, 2, 2);
        QCOMPARE(ep1.percentileRank, std::optional<double>(0));
        QCOMPARE(ep1.gapToMedian, std::optional<double>(-1));

        // EP2 peers {4,3} (CCC N/A, DDD not assessed) → n=2 < 3 → empty.
        compareEmpty(result.items[4].comparison);
    }

    void subjectWithoutScoreGetsSpreadButNoRank()
    {
        // Four peers on CU2 with minPeers 2: spread shown, but the N/A subject has no rank and no gap.
        const GapResult result = GapStatistics::compute(twoSectionFramework(), info("k-1", "KEN", "final", {}),
                                                        subjectResponses(), fourPeers(), {}, 2);
        const PeerComparison &cu2 = result.items[1].comparison;
        // CU2 peers {1,3}: q1 1+0.25×2 = 1.5; median 2; q3 2.5; mean 2.
        compareSpread(cu2.peer, 2, 1, 1.5, 2, 2.5, 3, 2);
        QVERIFY(!cu2.percentileRank.has_value());
        QVERIFY(!cu2.gapToMedian.has_value());
    }

    void sectionMeans()
    {
        const GapResult result = fourPeerResult();
        QCOMPARE(result.sections.size(), 2);

        // CU: subject {2,4} → 3. Peer means: AAA (1+3+0)/3 = 4/3, BBB (2+1)/2 = 1.5, CCC (2+3)/2 = 2.5,
        // DDD (4+1+4)/3 = 3. Sorted {4/3, 1.5, 2.5, 3}: q1 4/3+0.75×(1/6) = 1.458333…; median 1.5+0.5×1 = 2;
        // q3 2.5+0.25×0.5 = 2.625; mean (4/3+1.5+2.5+3)/4 = 25/12. Rank of 3: 100×(3+½)/4 = 87.5; gap 3−2 = 1.
        const SectionGap &cu = result.sections[0];
        QCOMPARE(cu.id, QStringLiteral("CU"));
        QCOMPARE(cu.score, std::optional<double>(3));
        compareSpread(cu.comparison.peer, 4, 4.0 / 3, 4.0 / 3 + 0.125, 2, 2.625, 3, 25.0 / 12);
        QCOMPARE(cu.comparison.percentileRank, std::optional<double>(87.5));
        QCOMPARE(cu.comparison.gapToMedian, std::optional<double>(1));

        // EP: subject {1} → 1. Peer means: AAA (2+4)/2 = 3, BBB (2+3)/2 = 2.5, CCC 2/1 = 2, DDD none → no value.
        // {2, 2.5, 3}: q1 2+0.5×0.5 = 2.25; median 2.5; q3 2.75; mean 2.5. Rank of 1: 0; gap 1−2.5 = −1.5.
        const SectionGap &ep = result.sections[1];
        QCOMPARE(ep.id, QStringLiteral("EP"));
        QCOMPARE(ep.score, std::optional<double>(1));
        compareSpread(ep.comparison.peer, 3, 2, 2.25, 2.5, 2.75, 3, 2.5);
        QCOMPARE(ep.comparison.percentileRank, std::optional<double>(0));
        QCOMPARE(ep.comparison.gapToMedian, std::optional<double>(-1.5));
    }

    void overallMeans()
    {
        const GapResult result = fourPeerResult();
        // Subject {2,4,1} → 7/3. Peers: AAA 10/5 = 2, BBB 8/4 = 2, CCC 7/3, DDD 9/3 = 3.
        // Sorted {2, 2, 7/3, 3}: q1 h=0.75 → 2; median 2+0.5×(1/3) = 13/6; q3 7/3+0.25×(2/3) = 2.5;
        // mean (28/3)/4 = 7/3. Rank of 7/3: 100×(2+½×1)/4 = 62.5 (CCC's equal mean counts as equal);
        // gap 7/3−13/6 = 1/6.
        const SectionGap &overall = result.overall;
        QCOMPARE(overall.id, QStringLiteral("overall"));
        compareNear(*overall.score, 7.0 / 3);
        compareSpread(overall.comparison.peer, 4, 2, 2, 13.0 / 6, 2.5, 3, 7.0 / 3);
        QCOMPARE(overall.comparison.percentileRank, std::optional<double>(62.5));
        compareNear(*overall.comparison.gapToMedian, 1.0 / 6);
    }

    void subjectWithoutCountedScoresHasEmptySectionScore()
    {
        const GapResult result = GapStatistics::compute(twoSectionFramework(), info("k-1", "KEN", "final", {}),
                                                        {notApplicable("EP1"), notApplicable("EP2")}, fourPeers(), {},
                                                        3);
        QVERIFY(!result.sections[1].score.has_value());
        QVERIFY(result.sections[1].comparison.peer.has_value());
        QVERIFY(!result.sections[1].comparison.percentileRank.has_value());
        QVERIFY(!result.sections[1].comparison.gapToMedian.has_value());
        QVERIFY(!result.overall.score.has_value());
    }

    void fewerPeersThanMinimumLeavesEveryPeerFigureEmpty()
    {
        const QList<GapStatistics::PeerInput> twoPeers = fourPeers().mid(0, 2);
        const GapResult result = GapStatistics::compute(twoSectionFramework(), info("k-1", "KEN", "final", {}),
                                                        subjectResponses(), twoPeers, {}, 3);
        for (const ItemGap &item : result.items)
            compareEmpty(item.comparison);
        for (const SectionGap &section : result.sections)
            compareEmpty(section.comparison);
        compareEmpty(result.overall.comparison);
        // Own figures are unaffected.
        QCOMPARE(result.items[0].gapToTarget, std::optional<int>(1));
        QCOMPARE(result.sections[0].score, std::optional<double>(3));
    }

    void minimumOfOnePeerShowsFigures()
    {
        const QList<GapStatistics::PeerInput> twoPeers = fourPeers().mid(0, 2);
        const GapResult result = GapStatistics::compute(twoSectionFramework(), info("k-1", "KEN", "final", {}),
                                                        subjectResponses(), twoPeers, {}, 1);
        // CU1 peers {1,2}: q1 1.25, median 1.5, q3 1.75, mean 1.5; subject 2 → 100×(1+½×1)/2 = 75; gap 2−1.5 = 0.5.
        const PeerComparison &cu1 = result.items[0].comparison;
        compareSpread(cu1.peer, 2, 1, 1.25, 1.5, 1.75, 2, 1.5);
        QCOMPARE(cu1.percentileRank, std::optional<double>(75));
        QCOMPARE(cu1.gapToMedian, std::optional<double>(0.5));
        // CU2: only AAA has a counted score (3) → n=1 is enough with minPeers 1.
        compareSpread(result.items[1].comparison.peer, 1, 3, 3, 3, 3, 3, 3);
    }

    void noPeersNeverProducesFigures()
    {
        const GapResult result = GapStatistics::compute(twoSectionFramework(), info("k-1", "KEN", "final", {}),
                                                        subjectResponses(), {}, {}, 0);
        compareEmpty(result.items[0].comparison);
        compareEmpty(result.overall.comparison);
    }

    void peersAndHeaderFields()
    {
        const GapResult result = fourPeerResult();
        QCOMPARE(result.stateCode, QStringLiteral("KEN"));
        QCOMPARE(result.assessment.id, QStringLiteral("k-1"));
        QCOMPARE(result.minPeers, 3);
        QCOMPARE(result.missingPeers, QStringList{QStringLiteral("SOM")});
        QCOMPARE(result.peers.size(), 4);
        QCOMPARE(result.peers[1].stateCode, QStringLiteral("BBB"));
        QCOMPARE(result.peers[1].assessmentId, QStringLiteral("b-1"));
        QCOMPARE(result.peers[1].date, QDate(2024, 2, 20));
    }

    void jsonHasExactKeysAndNulls()
    {
        GapResult result = fourPeerResult();
        result.groupId = QStringLiteral("igad");
        const nlohmann::json json = nlohmann::json::parse(GapFormatter::toJson(result).toStdString());

        QCOMPARE(keysOf(json), (std::set<std::string>{"state", "group", "subjectIsMember", "assessment", "peerStates",
                                                      "missingPeers", "minPeers", "items", "sections", "overall"}));
        compareJson(json["state"], nlohmann::json("KEN"));
        compareJson(json["group"], nlohmann::json("igad"));
        compareJson(json["assessment"], nlohmann::json({{"id", "k-1"}, {"date", "2024-05-01"}, {"status", "draft"}}));
        compareJson(json["peerStates"], nlohmann::json::array({"AAA", "BBB", "CCC", "DDD"}));
        compareJson(json["missingPeers"], nlohmann::json::array({"SOM"}));
        compareJson(json["minPeers"], nlohmann::json(3));
        QCOMPARE(json["items"].size(), size_t(5));

        const std::set<std::string> itemKeys{"id",          "score", "notApplicable",  "target",
                                             "gapToTarget", "peer",  "percentileRank", "gapToMedian"};
        const nlohmann::json &cu1 = json["items"][0];
        QCOMPARE(keysOf(cu1), itemKeys);
        compareJson(cu1["id"], nlohmann::json("CU1"));
        compareJson(cu1["score"], nlohmann::json(2));
        compareJson(cu1["notApplicable"], nlohmann::json(false));
        compareJson(cu1["target"], nlohmann::json(3));
        compareJson(cu1["gapToTarget"], nlohmann::json(1));
        compareJson(
            cu1["peer"],
            nlohmann::json(
                {{"n", 4}, {"min", 1.0}, {"q1", 1.75}, {"median", 2.0}, {"q3", 2.5}, {"max", 4.0}, {"mean", 2.25}}));
        compareJson(cu1["percentileRank"], nlohmann::json(50.0));
        compareJson(cu1["gapToMedian"], nlohmann::json(0.0));

        const nlohmann::json &cu2 = json["items"][1];
        QCOMPARE(keysOf(cu2), itemKeys);
        QVERIFY(cu2["score"].is_null());
        compareJson(cu2["notApplicable"], nlohmann::json(true));
        compareJson(cu2["target"], nlohmann::json(4));
        QVERIFY(cu2["gapToTarget"].is_null());
        QVERIFY(cu2["peer"].is_null());
        QVERIFY(cu2["percentileRank"].is_null());
        QVERIFY(cu2["gapToMedian"].is_null());

        const std::set<std::string> sectionKeys{"id", "score", "peer", "percentileRank", "gapToMedian"};
        QCOMPARE(json["sections"].size(), size_t(2));
        QCOMPARE(keysOf(json["sections"][1]), sectionKeys);
        compareJson(json["sections"][1]["id"], nlohmann::json("EP"));
        compareJson(json["sections"][1]["gapToMedian"], nlohmann::json(-1.5));

        // Unrounded: the overall median 13/6 survives the round trip exactly.
        const nlohmann::json &overall = json["overall"];
        QCOMPARE(keysOf(overall), sectionKeys);
        compareJson(overall["id"], nlohmann::json("overall"));
        QCOMPARE(overall["peer"]["median"].get<double>(), result.overall.comparison.peer->median);
        compareNear(overall["score"].get<double>(), 7.0 / 3);
    }

    void jsonPeerIsNullBelowMinimum()
    {
        const GapResult result = GapStatistics::compute(twoSectionFramework(), info("k-1", "KEN", "final", {}),
                                                        subjectResponses(), fourPeers().mid(0, 2), {}, 3);
        const nlohmann::json json = nlohmann::json::parse(GapFormatter::toJson(result).toStdString());
        QVERIFY(json["overall"]["peer"].is_null());
        QVERIFY(json["overall"]["percentileRank"].is_null());
        QVERIFY(json["assessment"]["date"].is_null());
        compareJson(json["overall"]["score"], nlohmann::json(7.0 / 3));
    }

    void csvRows()
    {
        const QStringList lines = linesOf(GapFormatter::toCsv(fourPeerResult()));
        // Header, 5 items, 2 sections, overall, and the empty string after the final CRLF.
        QCOMPARE(lines.size(), 10);
        QCOMPARE(lines[0], QStringLiteral("level,id,score,target,gap_to_target,peer_n,peer_min,peer_q1,peer_median,"
                                          "peer_q3,peer_max,peer_mean,percentile_rank,gap_to_median"));
        QCOMPARE(lines[1], QStringLiteral("item,CU1,2,3,1,4,1,1.75,2,2.5,4,2.25,50,0"));
        QCOMPARE(lines[2], QStringLiteral("item,CU2,,4,,,,,,,,,,"));
        QCOMPARE(lines[3], QStringLiteral("item,CU3,4,2,0,4,0,0.75,2,3.25,4,2,87.5,2"));
        QCOMPARE(lines[4], QStringLiteral("item,EP1,1,4,3,3,2,2,2,2,2,2,0,-1"));
        QCOMPARE(lines[6], QStringLiteral("section,CU,3,,,4,1.3333,1.4583,2,2.625,3,2.0833,87.5,1"));
        QCOMPARE(lines[8], QStringLiteral("overall,overall,2.3333,,,4,2,2,2.1667,2.5,3,2.3333,62.5,0.1667"));
        QCOMPARE(lines[9], QString());
    }

    void csvQuotesFieldsThatNeedIt()
    {
        GapResult result;
        ItemGap odd;
        odd.id = QStringLiteral("A,\"B\"");
        result.items = {odd};
        result.overall.id = QStringLiteral("overall");
        const QStringList lines = linesOf(GapFormatter::toCsv(result));
        QCOMPARE(lines[1], QStringLiteral("item,\"A,\"\"B\"\"\",,3,,,,,,,,,,"));
    }

    void textMarksDraftAndShowsTable()
    {
        GapResult result = fourPeerResult("draft");
        result.groupId = QStringLiteral("igad");
        result.groupName = QStringLiteral("IGAD-RCP");
        const QString text = GapFormatter::toText(result, twoSectionFramework());
        QVERIFY(text.contains(QStringLiteral("DRAFT")));
        QVERIFY(text.contains(QStringLiteral("KEN")));
        QVERIFY(text.contains(QStringLiteral("IGAD-RCP (igad)")));
        QVERIFY(text.contains(QStringLiteral("AAA (2024-01-10)")));
        QVERIFY(text.contains(QStringLiteral("Missing peers: SOM")));
        QVERIFY(text.contains(QStringLiteral("Minimum peers: 3")));
        const auto line = [&text](const QString &pattern) {
            return QRegularExpression(pattern, QRegularExpression::MultilineOption).match(text).hasMatch();
        };
        QVERIFY(line(QStringLiteral("^Item +Score +Target +Gap +Peer median +Peer n +Pct rank$")));
        QVERIFY(line(QStringLiteral("^CU1 +2 +3 +1 +2 +4 +50$")));
        QVERIFY(line(QStringLiteral("^CU2 +N/A +4$")));
        QVERIFY(line(QStringLiteral("^CU3 +4 +2 +0 +2 +4 +87.5$")));
        QVERIFY(line(QStringLiteral("^EP2 +\u2013 +3$")));
        QVERIFY(line(QStringLiteral("^CU Common Understandings +3 +2 +4 +87.5$")));
        QVERIFY(line(QStringLiteral("^EP Effective Practices +1 +2.5 +3 +0$")));
        QVERIFY(line(QStringLiteral("^Overall +2.33 +2.17 +4 +62.5$")));
    }

    void textOfFinalAssessmentHasNoDraftMark()
    {
        const QString text = GapFormatter::toText(fourPeerResult("final"), twoSectionFramework());
        QVERIFY(!text.contains(QStringLiteral("DRAFT")));
        QVERIFY(text.contains(QStringLiteral("status final")));
    }
};

QTEST_APPLESS_MAIN(TestGapStatistics)
#include "tst_gapstatistics.moc"
