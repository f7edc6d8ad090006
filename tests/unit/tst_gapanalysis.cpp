// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/assessmentstore.h"
#include "common/datapaths.h"
#include "framework/frameworkloader.h"
#include "framework/frameworkregistry.h"
#include "peers/gapanalysis.h"
#include "peers/gapsummary.h"
#include "common/iammerror.h"
#include "peers/peergroupcatalog.h"
#include "testsupport.h"

#include <QTest>
#include <nlohmann/json.hpp>

using namespace iamm;

// Which assessments a gap analysis compares: the subject's newest of any status, each peer's
// newest final on the same framework, drafts never counted for peers.
class GapAnalysisTest : public QObject
{
    Q_OBJECT

private:
    test::TempDatabase m_db;
    std::unique_ptr<AssessmentStore> m_store;
    std::unique_ptr<PeerGroupCatalog> m_groups;
    Framework m_iamm;
    Framework m_other;
    QString m_subjectDraft;
    QString m_subjectFinal;

    QString add(const QString &state, const QDate &date, const Framework &framework, int cuOne, bool final)
    {
        const QString id = m_store->createAssessment(NewAssessment{state, QStringLiteral("t"), date, {}}, framework);
        m_store->updateResponse(id, framework.itemIds().constFirst(), ResponseUpdate{Rating::level(cuOne), {}, {}, {}});
        if (final)
            m_store->setStatus(id, AssessmentStatus::Final);
        return id;
    }

private slots:
    void initTestCase()
    {
        m_store = std::make_unique<AssessmentStore>(m_db.path());
        m_groups = std::make_unique<PeerGroupCatalog>(*m_store);
        m_iamm = FrameworkRegistry({DataPaths::frameworksDir()}).require(QStringLiteral("iamm-2004"));
        nlohmann::json other = nlohmann::json::parse(m_iamm.canonicalJson.toStdString());
        other["id"] = "trainer-checklist";
        m_other = FrameworkLoader::loadBytes(QByteArray::fromStdString(other.dump()), QStringLiteral("trainer.json"));

        m_subjectFinal = add(QStringLiteral("DEU"), QDate(2024, 5, 1), m_iamm, 0, true);
        m_subjectDraft = add(QStringLiteral("DEU"), QDate(2025, 5, 1), m_iamm, 2, false);
        add(QStringLiteral("FRA"), QDate(2025, 1, 1), m_iamm, 1, true);
        add(QStringLiteral("FRA"), QDate(2025, 6, 1), m_iamm, 4, false); // newer draft: never counts
        add(QStringLiteral("ITA"), QDate(2025, 2, 1), m_iamm, 4, false); // only a draft: missing
        add(QStringLiteral("ESP"), QDate(2024, 2, 1), m_iamm, 0, true); // older final: superseded
        add(QStringLiteral("ESP"), QDate(2025, 3, 1), m_iamm, 3, true);
        add(QStringLiteral("AUT"), QDate(2025, 3, 1), m_other, 4, true); // other framework: missing
        m_groups->createGroup(QStringLiteral("G"), QStringLiteral("Test group"),
                              {QStringLiteral("DEU"), QStringLiteral("FRA"), QStringLiteral("ITA"),
                               QStringLiteral("ESP"), QStringLiteral("AUT"), QStringLiteral("POL")});
    }

    void subjectIsTheNewestOfAnyStatus()
    {
        const GapResult result = GapAnalysis::run(*m_store, *m_groups, QStringLiteral("deu"), QStringLiteral("g"), {},
                                                  2);
        QCOMPARE(result.stateCode, QStringLiteral("DEU"));
        QCOMPARE(result.groupId, QStringLiteral("G"));
        QCOMPARE(result.assessment.id, m_subjectDraft);
        QCOMPARE(result.assessment.status, AssessmentStatus::Draft);
        QCOMPARE(result.items.constFirst().score, std::optional<int>(2));
    }

    void peersUseTheirNewestFinalOnTheSameFramework()
    {
        const GapResult result = GapAnalysis::run(*m_store, *m_groups, QStringLiteral("DEU"), QStringLiteral("G"), {},
                                                  2);
        QCOMPARE(result.peers.size(), 2);
        QCOMPARE(result.peers[0].stateCode, QStringLiteral("FRA"));
        QCOMPARE(result.peers[0].date, QDate(2025, 1, 1));
        QCOMPARE(result.peers[1].stateCode, QStringLiteral("ESP"));
        QCOMPARE(result.peers[1].date, QDate(2025, 3, 1));
        QCOMPARE(result.missingPeers,
                 (QStringList{QStringLiteral("ITA"), QStringLiteral("AUT"), QStringLiteral("POL")}));
        // CU-01: peers FRA 1 and ESP 3; the subject's 2 has one peer below, none equal.
        const PeerComparison &cuOne = result.items.constFirst().comparison;
        QVERIFY(cuOne.peer.has_value());
        QCOMPARE(cuOne.peer->n, 2);
        QCOMPARE(cuOne.peer->min, 1.0);
        QCOMPARE(cuOne.peer->median, 2.0);
        QCOMPARE(cuOne.peer->max, 3.0);
        QCOMPARE(*cuOne.percentileRank, 50.0);
        QCOMPARE(*cuOne.gapToMedian, 0.0);
    }

    void belowTheMinimumNoPeerFigureIsShown()
    {
        const GapResult result = GapAnalysis::run(*m_store, *m_groups, QStringLiteral("DEU"), QStringLiteral("G"));
        QCOMPARE(result.minPeers, 3);
        QVERIFY(!result.items.constFirst().comparison.peer.has_value());
        QVERIFY(!result.items.constFirst().comparison.percentileRank.has_value());
        QVERIFY(!result.overall.comparison.peer.has_value());
        QCOMPARE(result.peers.size(), 2);
    }

    void anExplicitAssessmentIsUsed()
    {
        const GapResult result = GapAnalysis::run(*m_store, *m_groups, QStringLiteral("DEU"), QStringLiteral("G"),
                                                  m_subjectFinal, 2);
        QCOMPARE(result.assessment.id, m_subjectFinal);
        QCOMPARE(result.items.constFirst().score, std::optional<int>(0));
        QCOMPARE(*result.items.constFirst().comparison.percentileRank, 0.0);
    }

    void badRequestsAreClearErrors()
    {
        const auto errorOf = [&](const QString &state, const QString &group, const QString &assessment, int minPeers) {
            try {
                GapAnalysis::run(*m_store, *m_groups, state, group, assessment, minPeers);
            } catch (const IammError &error) {
                return error.message();
            }
            return QString();
        };
        QVERIFY(errorOf(QStringLiteral("POL"), QStringLiteral("G"), {}, 3)
                    .contains(QStringLiteral("no assessment for POL")));
        QVERIFY(errorOf(QStringLiteral("DEU"), QStringLiteral("Nope"), {}, 3)
                    .contains(QStringLiteral("unknown peer group \"Nope\"")));
        QVERIFY(errorOf(QStringLiteral("FRA"), QStringLiteral("G"), m_subjectDraft, 3)
                    .contains(QStringLiteral("belongs to DEU, not FRA")));
        QVERIFY(errorOf(QStringLiteral("DEU"), QStringLiteral("G"), {}, 0).contains(QStringLiteral("at least 1")));
    }

    void summaryListsGapsToTargetLargestFirstAndCountsPerSection()
    {
        GapResult result;
        auto item = [](const char *id, const char *section, std::optional<int> score, bool na, int target) {
            ItemGap gap{QString::fromLatin1(id), QString::fromLatin1(section), score, na, target, {}, {}};
            if (score)
                gap.gapToTarget = std::max(0, target - *score);
            return gap;
        };
        result.items = {item("A1", "A", 1, false, 3), item("A2", "A", 3, false, 3), item("A3", "A", {}, true, 3),
                        item("B1", "B", 2, false, 3), item("B2", "B", 0, false, 3), item("B3", "B", {}, false, 4)};

        const QList<ItemGap> gaps = GapSummary::largestGapsToTarget(result);
        QStringList order;
        for (const ItemGap &gap : gaps)
            order << gap.id;
        QCOMPARE(order, (QStringList{QStringLiteral("B2"), QStringLiteral("A1"), QStringLiteral("B1")}));

        const RatingCounts all = GapSummary::ratingCounts(result);
        QCOMPARE(all.itemCount, 6);
        QCOMPARE(all.rated, 4);
        QCOMPARE(all.notApplicable, 1);
        QCOMPARE(all.notAssessed(), 1);
        const RatingCounts sectionB = GapSummary::ratingCounts(result, QStringLiteral("B"));
        QCOMPARE(sectionB.itemCount, 3);
        QCOMPARE(sectionB.rated, 2);
        QCOMPARE(sectionB.notApplicable, 0);
    }
};

QTEST_GUILESS_MAIN(GapAnalysisTest)
#include "tst_gapanalysis.moc"
