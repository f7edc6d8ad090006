// SPDX-License-Identifier: GPL-3.0-or-later
// The consensus figures of issue 10 against hand-computed cases.
#include "framework/frameworkregistry.h"
#include "workshop/consensus.h"
#include "workshop/walkthroughorder.h"

#include <QTest>

using namespace iamm;

namespace {

const QString item = QStringLiteral("CU-01");

Rating level(int value)
{
    return Rating::level(value);
}

ItemConsensus figuresOf(const QList<Rating> &views, const Response &agreed = {})
{
    return Consensus::ofItem(item, Scale(), views, agreed);
}

Contribution contribution(const QString &name, const QString &agency, const QList<ContributionView> &views)
{
    Contribution c;
    c.participant = name;
    c.agency = agency;
    c.views = views;
    return c;
}

void verifyCounts(const ItemConsensus &figures, const QList<int> &expected)
{
    QCOMPARE(figures.counts.keys(), (QList<int>{0, 1, 2, 3, 4}));
    QCOMPARE(figures.counts.values(), expected);
}

} // namespace

class ConsensusTest : public QObject
{
    Q_OBJECT

private slots:
    void divergentFirstPutsDivergentItemsFirstEachGroupInFrameworkOrder()
    {
        const QList<WalkthroughStop> stops{{0, false}, {1, true}, {2, false}, {3, true}, {4, false}};
        const auto positions = [&stops](WalkthroughOrder order) {
            QList<WalkthroughStop> sorted = stops;
            std::sort(sorted.begin(), sorted.end(),
                      [order](WalkthroughStop a, WalkthroughStop b) { return visitsBefore(a, b, order); });
            QList<int> result;
            for (const WalkthroughStop &stop : sorted)
                result << stop.position;
            return result;
        };
        QCOMPARE(positions(WalkthroughOrder::DivergentFirst), (QList<int>{1, 3, 0, 2, 4}));
        QCOMPARE(positions(WalkthroughOrder::Framework), (QList<int>{0, 1, 2, 3, 4}));
    }

    void oddCountTakesTheMiddleLevel()
    {
        const ItemConsensus f = figuresOf({level(3), level(1), level(2)});
        QCOMPARE(f.itemId, item);
        QCOMPARE(f.n, 3);
        QCOMPARE(f.na, 0);
        verifyCounts(f, {0, 1, 1, 1, 0});
        QCOMPARE(f.median, std::optional<double>(2.0));
        QCOMPARE(f.min, std::optional<int>(1));
        QCOMPARE(f.max, std::optional<int>(3));
        QVERIFY(f.divergent); // range 2
    }

    void evenCountTakesTheMeanOfTheTwoMiddleLevels()
    {
        const ItemConsensus f = figuresOf({level(3), level(2), level(2), level(3)});
        QCOMPARE(f.n, 4);
        verifyCounts(f, {0, 0, 2, 2, 0});
        QCOMPARE(f.median, std::optional<double>(2.5));
        QCOMPARE(f.min, std::optional<int>(2));
        QCOMPARE(f.max, std::optional<int>(3));
        QVERIFY(!f.divergent); // range 1
    }

    void evenCountWithUnsortedViews()
    {
        const ItemConsensus f = figuresOf({level(4), level(0), level(1), level(3), level(1), level(4)});
        QCOMPARE(f.n, 6);
        verifyCounts(f, {1, 2, 0, 1, 2});
        QCOMPARE(f.median, std::optional<double>(2.0)); // 0 1 1 | 3 4 4 → (1 + 3) / 2
        QCOMPARE(f.min, std::optional<int>(0));
        QCOMPARE(f.max, std::optional<int>(4));
        QVERIFY(f.divergent);
    }

    void allNotApplicableHasNoLevelFigures()
    {
        const ItemConsensus f = figuresOf({Rating::na(), Rating::na(), Rating::na()});
        QCOMPARE(f.n, 0);
        QCOMPARE(f.na, 3);
        verifyCounts(f, {0, 0, 0, 0, 0});
        QCOMPARE(f.median, std::nullopt);
        QCOMPARE(f.min, std::nullopt);
        QCOMPARE(f.max, std::nullopt);
        QVERIFY(!f.divergent);
    }

    void levelsAndNotApplicableTogetherDiverge()
    {
        const ItemConsensus f = figuresOf({level(2), Rating::na(), level(2)});
        QCOMPARE(f.n, 2);
        QCOMPARE(f.na, 1);
        verifyCounts(f, {0, 0, 2, 0, 0});
        QCOMPARE(f.median, std::optional<double>(2.0));
        QCOMPARE(f.min, std::optional<int>(2));
        QCOMPARE(f.max, std::optional<int>(2));
        QVERIFY(f.divergent);
    }

    void oneParticipant()
    {
        const ItemConsensus f = figuresOf({level(1)});
        QCOMPARE(f.n, 1);
        QCOMPARE(f.na, 0);
        verifyCounts(f, {0, 1, 0, 0, 0});
        QCOMPARE(f.median, std::optional<double>(1.0));
        QCOMPARE(f.min, std::optional<int>(1));
        QCOMPARE(f.max, std::optional<int>(1));
        QVERIFY(!f.divergent);
    }

    void noViewsAtAll()
    {
        const ItemConsensus f = figuresOf({});
        QCOMPARE(f.n, 0);
        QCOMPARE(f.na, 0);
        QCOMPARE(f.median, std::nullopt);
        QVERIFY(!f.divergent);
        QCOMPARE(f.agreed, Rating::notAssessed());
    }

    void rangeOfTwoDivergesAndRangeOfOneDoesNot()
    {
        QVERIFY(figuresOf({level(1), level(3)}).divergent);
        QVERIFY(figuresOf({level(0), level(2), level(1)}).divergent);
        QVERIFY(!figuresOf({level(3), level(4), level(4)}).divergent);
        QVERIFY(!figuresOf({level(0), level(1)}).divergent);
    }

    void viewWithOnlyACommentIsNotCounted()
    {
        const ItemConsensus f = figuresOf({Rating::notAssessed(), level(4)});
        QCOMPARE(f.n, 1);
        QCOMPARE(f.na, 0);
        QCOMPARE(f.median, std::optional<double>(4.0));
    }

    void agreedRatingAndDissentComeFromTheResponse()
    {
        Response agreed;
        agreed.itemId = item;
        agreed.rating = Rating::na();
        agreed.dissent = QStringLiteral("Interior held out for 1");
        const ItemConsensus f = figuresOf({level(1)}, agreed);
        QCOMPARE(f.agreed, Rating::na());
        QCOMPARE(f.dissent, QStringLiteral("Interior held out for 1"));
    }

    void wholeAssessmentCountsParticipantsAgenciesAndSkipsMissingViews()
    {
        const FrameworkRegistry registry({QStringLiteral(IAMM_TEST_FIXTURES "/../../frameworks")});
        const Framework &framework = registry.require(QStringLiteral("iamm-2004"));
        const QString cu02 = QStringLiteral("CU-02");
        const QList<Contribution> contributions{
            contribution(QStringLiteral("Ana"), QStringLiteral("Interior"),
                         {{item, level(2), QString()}, {cu02, Rating::na(), QStringLiteral("not ours")}}),
            // No view on CU-02.
            contribution(QStringLiteral("Ben"), QStringLiteral("Labour"), {{item, level(3), QString()}}),
            contribution(QString(), QStringLiteral(" Interior "), {{item, level(4), QString()}}),
            contribution(QStringLiteral("Dan"), QString(), {{cu02, level(1), QString()}}),
        };
        Response response;
        response.itemId = item;
        response.rating = level(3);
        const ConsensusFigures figures = Consensus::compute(framework, contributions, {response});
        QCOMPARE(figures.participants, 4);
        QCOMPARE(figures.agencies, 2);
        QCOMPARE(figures.items.size(), framework.items().size());
        const ItemConsensus &first = figures.items.at(0);
        QCOMPARE(first.itemId, item);
        QCOMPARE(first.n, 3);
        QCOMPARE(first.median, std::optional<double>(3.0));
        QVERIFY(first.divergent);
        QCOMPARE(first.agreed, level(3));
        const ItemConsensus &second = figures.items.at(1);
        QCOMPARE(second.itemId, cu02);
        QCOMPARE(second.n, 1);
        QCOMPARE(second.na, 1);
        QVERIFY(second.divergent);
        QCOMPARE(second.agreed, Rating::notAssessed());
        const ItemConsensus &third = figures.items.at(2);
        QCOMPARE(third.n, 0);
        QCOMPARE(third.na, 0);
        QVERIFY(!third.divergent);
    }

    void theMedianLevelRoundsAHalfDown()
    {
        QCOMPARE(figuresOf({level(2), level(3)}).medianLevel(), std::optional<int>(2));
        QCOMPARE(figuresOf({level(1), level(2), level(4)}).medianLevel(), std::optional<int>(2));
        QCOMPARE(figuresOf({level(0), level(1)}).medianLevel(), std::optional<int>(0));
        QCOMPARE(figuresOf({Rating::na()}).medianLevel(), std::optional<int>());
        QCOMPARE(figuresOf({}).medianLevel(), std::optional<int>());
    }

    void aDissentNoteIsExpectedWhenTheAgreedLevelDepartsFromTheRoom()
    {
        const auto agreed = [](const Rating &rating) { return Response{item, rating, {}, {}, {}, {}}; };
        // Median 2.5, range 1: half a level away is close enough, one level away is not.
        QVERIFY(!figuresOf({level(2), level(3)}, agreed(level(3))).dissentExpected());
        QVERIFY(!figuresOf({level(2), level(3)}, agreed(level(2))).dissentExpected());
        QVERIFY(figuresOf({level(2), level(3)}, agreed(level(4))).dissentExpected());
        QVERIFY(figuresOf({level(2), level(2)}, agreed(level(1))).dissentExpected());
        // A divergent room always asks, even for the median.
        QVERIFY(figuresOf({level(1), level(2), level(3)}, agreed(level(2))).dissentExpected());
        // N/A against levels, and a level against a room that found the item not applicable.
        QVERIFY(figuresOf({level(2), level(2)}, agreed(Rating::na())).dissentExpected());
        QVERIFY(figuresOf({Rating::na(), Rating::na()}, agreed(level(2))).dissentExpected());
        QVERIFY(!figuresOf({Rating::na(), Rating::na()}, agreed(Rating::na())).dissentExpected());
        // Nothing agreed yet, or no views: nothing to note.
        QVERIFY(!figuresOf({level(0), level(4)}, agreed(Rating::notAssessed())).dissentExpected());
        QVERIFY(!figuresOf({}, agreed(level(3))).dissentExpected());
    }
};

QTEST_GUILESS_MAIN(ConsensusTest)
#include "tst_consensus.moc"
