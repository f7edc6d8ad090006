// SPDX-License-Identifier: GPL-3.0-or-later
// Rounds in the app, on the demo's three rounds of Aurelia: the previous round beside the item, the
// change once rated, the explanation of change written to the store, the trend for the summary with the
// items that moved most, and the PDF report's rounds page from the app.
#include "controllers/previousroundcontroller.h"
#include "controllers/roundstrendcontroller.h"
#include "controllers/workshop.h"
#include "models/assessmentlistmodel.h"
#include "rounds/roundcomparison.h"
#include "rounds/trendloader.h"
#include "store/assessmentstore.h"
#include "testsupport.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <memory>

using namespace iamm::gui;

class RoundsUiTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workshop> m_workshop;
    std::unique_ptr<PreviousRoundController> m_rounds;
    std::unique_ptr<RoundsTrendController> m_trend;
    std::optional<iamm::RoundComparison> m_expected;

    AssessmentSession *session() const { return m_workshop->session(); }
    iamm::AssessmentStore *store() const { return session()->openAssessment().store; }
    QString draftId() const { return session()->assessmentId(); }
    const iamm::ItemComparison &firstWhere(const std::function<bool(const iamm::ItemComparison &)> &test) const
    {
        for (const iamm::ItemComparison &item : m_expected->items) {
            if (test(item))
                return item;
        }
        qFatal("the demo has no such item");
    }
    iamm::Response storedResponse(const QString &itemId) const
    {
        for (const iamm::Response &response : store()->responses(draftId())) {
            if (response.itemId == itemId)
                return response;
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("iamm-tests"));
        QVERIFY(m_dir.isValid());
        m_workshop = std::make_unique<Workshop>(m_dir.filePath(QStringLiteral("rounds.sqlite")));
        QVERIFY2(m_workshop->loadDemoWorkshop(), qPrintable(m_workshop->saveStatus()->errorMessage()));
        QCOMPARE(session()->stateCode(), QStringLiteral("XAA"));
        QVERIFY(!session()->isFinal());
        m_expected = iamm::RoundComparison::againstPrevious(*store(), draftId());
        QVERIFY2(m_expected, "the demo draft has a previous round");
        m_rounds = std::make_unique<PreviousRoundController>();
        m_rounds->setSession(session());
        m_trend = std::make_unique<RoundsTrendController>();
        m_trend->setSession(session());
    }

    void thePreviousRoundIsShownBesideTheItem()
    {
        QVERIFY(m_rounds->hasPrevious());
        QCOMPARE(m_rounds->previousTitle(), m_expected->previous.title);
        QVERIFY(!m_rounds->previousDate().isEmpty());
        const iamm::ItemComparison &moved = firstWhere(
            [](const auto &item) { return item.change.isNumeric() && item.change.delta() != 0; });
        QVERIFY(session()->navigator()->goToItem(moved.itemId));
        QVERIFY(m_rounds->previousRating().startsWith(QString::number(*moved.previous.score) + QLatin1Char(' ')));
        QCOMPARE(m_rounds->previousRationale(), moved.previousRationale);
        QCOMPARE(m_rounds->changeText(), moved.change.text());
        QVERIFY(m_rounds->changed());

        const iamm::ItemComparison &same = firstWhere([](const auto &item) { return !item.change.isChange(); });
        QVERIFY(session()->navigator()->goToItem(same.itemId));
        QVERIFY(!m_rounds->changed());
    }

    void ratingTheItemDifferentlyAsksForTheExplanation()
    {
        const iamm::ItemComparison &same = firstWhere([](const auto &item) {
            return item.change.isNumeric() && item.change.delta() == 0 && *item.current.score < 4;
        });
        QVERIFY(session()->navigator()->goToItem(same.itemId));
        QVERIFY(!m_rounds->changed());
        QVERIFY(session()->response()->chooseLevel(*same.current.score + 1));
        QVERIFY(m_rounds->changed());
        QCOMPARE(m_rounds->changeText(), QStringLiteral("+1"));
        QCOMPARE(m_rounds->reason(), QString());

        QVERIFY(m_rounds->setReason(QStringLiteral("evidence")));
        QCOMPARE(m_rounds->reason(), QStringLiteral("evidence"));
        QCOMPARE(storedResponse(same.itemId).changeReason, std::optional(iamm::ChangeReason::Evidence));
        m_rounds->editNote(QStringLiteral("The 2026 labour survey came out"));
        QVERIFY(m_workshop->flushPendingEdits());
        QCOMPARE(storedResponse(same.itemId).changeNote, QStringLiteral("The 2026 labour survey came out"));
        QVERIFY(!m_rounds->setReason(QStringLiteral("mood")));
        QCOMPARE(storedResponse(same.itemId).changeReason, std::optional(iamm::ChangeReason::Evidence));
        QCOMPARE(m_rounds->reasons().size(), 4);
    }

    void theStartPageListsTheRoundsTogetherWithTheirChange()
    {
        m_workshop->refreshAssessments();
        const AssessmentListModel *list = m_workshop->assessments();
        const iamm::Trend trend = iamm::TrendLoader::history(*store(), QStringLiteral("XAA"),
                                                             session()->openAssessment().info.frameworkId, false);
        QCOMPARE(trend.rounds.size(), 3);
        QCOMPARE(list->roundCountOf(QStringLiteral("XAA")), 3);
        for (int row = 0; row < 3; ++row) {
            const QModelIndex index = list->index(row);
            const iamm::TrendRound &round = trend.rounds.at(2 - row);
            QCOMPARE(index.data(AssessmentListModel::AssessmentIdRole).toString(), round.info.id);
            QCOMPARE(index.data(AssessmentListModel::StateRoundCountRole).toInt(), 3);
        }
        const QModelIndex newest = list->index(0);
        QCOMPARE(newest.data(AssessmentListModel::PreviousDateRole).toString(),
                 trend.rounds.at(1).info.date.toString(Qt::ISODate));
        QCOMPARE(newest.data(AssessmentListModel::OverallChangeRole).toDouble(), *trend.overallChange(2));
        QCOMPARE(newest.data(AssessmentListModel::OverallRole).toDouble(), *trend.rounds.at(2).overall);
        const QModelIndex oldest = list->index(2);
        QCOMPARE(oldest.data(AssessmentListModel::PreviousDateRole).toString(), QString());
        QVERIFY(!oldest.data(AssessmentListModel::OverallChangeRole).isValid());
        QCOMPARE(list->index(3).data(AssessmentListModel::StateRoundCountRole).toInt(), 1);
        QVERIFY(!list->index(3).data(AssessmentListModel::OverallRole).isValid());
    }

    void theTrendHasEveryRoundAndTheLargestMoves()
    {
        m_trend->reload();
        QVERIFY(m_trend->hasTrend());
        QCOMPARE(m_trend->rounds().size(), 3);
        QVERIFY(m_trend->rounds().constLast().toMap().value(QStringLiteral("draft")).toBool());
        QVERIFY(!m_trend->rounds().constFirst().toMap().value(QStringLiteral("draft")).toBool());
        QCOMPARE(m_trend->sectionIds(), (QStringList{QStringLiteral("CU"), QStringLiteral("EP")}));
        const std::optional<iamm::RoundComparison> now = iamm::RoundComparison::againstPrevious(*store(), draftId());
        const QList<iamm::ItemComparison> risen = now->largestMoves(true, RoundsTrendController::moversShown);
        QCOMPARE(m_trend->risen().size(), risen.size());
        QVERIFY(!risen.isEmpty());
        const QVariantMap first = m_trend->risen().constFirst().toMap();
        QCOMPARE(first.value(QStringLiteral("itemId")).toString(), risen.first().itemId);
        QCOMPARE(first.value(QStringLiteral("index")).toInt(),
                 session()->navigator()->items()->rowOf(risen.first().itemId));
    }

    void aCarriedActionIsReviewedInTheItemsActionList()
    {
        std::optional<iamm::Action> carried;
        for (const iamm::Action &action : store()->actions(draftId())) {
            if (action.review == iamm::ActionReview::ToReview)
                carried = action;
        }
        QVERIFY2(carried, "the demo draft has an action carried over for review");
        QVERIFY(session()->navigator()->goToItem(carried->itemId));
        ActionListModel *model = session()->actions()->model();
        int row = -1;
        for (int i = 0; i < model->rowCount(); ++i) {
            if (model->data(model->index(i), ActionListModel::ActionIdRole).toLongLong() == carried->id)
                row = i;
        }
        QVERIFY(row >= 0);
        QCOMPARE(model->data(model->index(row), ActionListModel::ReviewRole).toString(), QStringLiteral("to_review"));

        QVERIFY(!session()->actions()->reviewAction(carried->id, QStringLiteral("forgotten")));
        QVERIFY(session()->actions()->reviewAction(carried->id, QStringLiteral("done")));
        QCOMPARE(model->data(model->index(row), ActionListModel::ReviewRole).toString(), QStringLiteral("done"));
        QCOMPARE(model->data(model->index(row), ActionListModel::StatusRole).toString(), QStringLiteral("done"));
        for (const iamm::Action &action : store()->actions(draftId())) {
            if (action.id == carried->id) {
                QCOMPARE(action.review, std::optional(iamm::ActionReview::Done));
                QCOMPARE(action.status, iamm::ActionStatus::Done);
            }
        }
    }

    void theReportFromTheAppHasTheRoundsPage()
    {
        PeerComparisonController *comparison = m_workshop->comparison();
        comparison->setGroupId(QStringLiteral("DEMO"));
        comparison->recompute();
        QVERIFY2(comparison->hasResult(), qPrintable(comparison->problem()));
        const QString pdf = m_dir.filePath(QStringLiteral("rounds.pdf"));
        QVERIFY(comparison->exportPdf(QUrl::fromLocalFile(pdf), QStringLiteral("a4"), false));
        const QString text = iamm::test::runTool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).simplified();
        QVERIFY(text.contains(QStringLiteral("Since the previous assessment")));
        QVERIFY(text.contains(QStringLiteral("The 2026 labour survey came out")));
    }
};

QTEST_MAIN(RoundsUiTest)
#include "tst_roundsui.moc"
