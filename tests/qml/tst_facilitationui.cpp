// SPDX-License-Identifier: GPL-3.0-or-later
// The facilitator's tools in the app: the private note on an item (written after the typing pause), the
// parking lot, the agenda with the presenter's countdown, writes refused on a final assessment, and the
// report's notes annex only when asked.
#include "controllers/agendacontroller.h"
#include "controllers/facilitationcontroller.h"
#include "controllers/workshop.h"
#include "store/assessmentstore.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <memory>

using namespace iamm::gui;

class FacilitationUiTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workshop> m_workshop;
    std::unique_ptr<FacilitationController> m_facilitation;
    std::unique_ptr<AgendaController> m_agenda;
    QString m_assessmentId;

    AssessmentSession *session() const { return m_workshop->session(); }
    ItemNavigator *navigator() const { return session()->navigator(); }
    iamm::AssessmentStore *store() const { return session()->openAssessment().store; }
    void goTo(const char *itemId) const
    {
        if (!navigator()->goToItem(QString::fromLatin1(itemId)))
            qFatal("no item %s", itemId);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("iamm-tests"));
        QVERIFY(m_dir.isValid());
        m_workshop = std::make_unique<Workshop>(m_dir.filePath(QStringLiteral("facilitation.sqlite")));
        m_assessmentId = m_workshop->createAssessment(QStringLiteral("GHA"), m_workshop->defaultFrameworkId(),
                                                      QStringLiteral("Facilitated"), QStringLiteral("2026-12-01"));
        QVERIFY2(!m_assessmentId.isEmpty(), qPrintable(m_workshop->saveStatus()->errorMessage()));
        QVERIFY(m_workshop->openAssessment(m_assessmentId));
        m_facilitation = std::make_unique<FacilitationController>();
        m_facilitation->setSession(session());
        m_agenda = std::make_unique<AgendaController>();
        m_agenda->setSession(session());
    }

    void aNoteIsWrittenAfterThePauseAndFollowsTheItem()
    {
        goTo("CU-01");
        QCOMPARE(m_facilitation->note(), QString());
        m_facilitation->editNote(QStringLiteral("Ask Interior about the 2025 reform"));
        QCOMPARE(m_facilitation->note(), QStringLiteral("Ask Interior about the 2025 reform"));
        QVERIFY2(store()->facilitatorNotes(m_assessmentId).isEmpty(), "written only after the typing pause");
        QTRY_COMPARE(store()->facilitatorNotes(m_assessmentId).size(), 1);
        QCOMPARE(store()->facilitatorNotes(m_assessmentId).first().itemId, QStringLiteral("CU-01"));

        goTo("CU-02");
        QCOMPARE(m_facilitation->note(), QString());
        goTo("CU-01");
        QCOMPARE(m_facilitation->note(), QStringLiteral("Ask Interior about the 2025 reform"));

        m_facilitation->editNote(QString());
        QVERIFY(m_workshop->flushPendingEdits());
        QVERIFY2(store()->facilitatorNotes(m_assessmentId).isEmpty(), "a blank note removes it");
    }

    void questionsAreParkedTickedOffAndRemoved()
    {
        goTo("CU-02");
        QVERIFY2(!m_facilitation->parkQuestion(QStringLiteral("   ")), "a blank question is not parked");
        QVERIFY(m_facilitation->parkQuestion(QStringLiteral("Who publishes the figures?")));
        QVERIFY(m_facilitation->parkQuestion(QStringLiteral("Is the policy page current?")));
        QCOMPARE(m_facilitation->openQuestions(), 2);
        QCOMPARE(m_facilitation->openQuestionsHere(), 2);
        goTo("CU-01");
        QCOMPARE(m_facilitation->openQuestionsHere(), 0);

        const QList<iamm::ParkedQuestion> stored = store()->parkedQuestions(m_assessmentId);
        QCOMPARE(stored.size(), 2);
        QCOMPARE(stored.at(0).itemId, QStringLiteral("CU-02"));
        QVERIFY(m_facilitation->setQuestionDone(stored.at(0).id, true));
        QCOMPARE(m_facilitation->openQuestions(), 1);
        const ParkingLotModel *lot = m_facilitation->parkingLot();
        QCOMPARE(lot->data(lot->index(0), ParkingLotModel::TextRole).toString(),
                 QStringLiteral("Is the policy page current?"));
        QVERIFY2(lot->data(lot->index(1), ParkingLotModel::DoneRole).toBool(), "done questions come last");
        QVERIFY(store()->parkedQuestions(m_assessmentId).at(0).done);

        QVERIFY(m_facilitation->removeQuestion(stored.at(1).id));
        QCOMPARE(lot->rowCount(), 1);
        QCOMPARE(store()->parkedQuestions(m_assessmentId).size(), 1);
    }

    void aBadAgendaSessionIsRefusedAndNothingIsWritten()
    {
        QVERIFY(!m_agenda->addSession(QStringLiteral("Backwards"), QStringLiteral("CU-05"), QStringLiteral("CU-01"), 30)
                     .isEmpty());
        QVERIFY(!m_agenda->addSession(QString(), QStringLiteral("CU-01"), QStringLiteral("CU-05"), 30).isEmpty());
        QVERIFY(!m_agenda->addSession(QStringLiteral("Long"), QStringLiteral("CU-01"), QStringLiteral("CU-05"), 481)
                     .isEmpty());
        QVERIFY(store()->agenda(m_assessmentId).isEmpty());
        QCOMPARE(m_agenda->sessions()->rowCount(), 0);
    }

    void theClockCountsTheTimeBoxOfTheCurrentItemsSession()
    {
        goTo("CU-02");
        QCOMPARE(m_agenda->currentSession(), -1);
        QCOMPARE(m_agenda->nextFreeItem(), 0);
        QCOMPARE(m_agenda->addSession(QStringLiteral("Morning"), QStringLiteral("CU-01"), QStringLiteral("CU-05"), 30),
                 QString());
        QCOMPARE(
            m_agenda->addSession(QStringLiteral("Afternoon"), QStringLiteral("CU-06"), QStringLiteral("CU-10"), 45),
            QString());
        QCOMPARE(m_agenda->totalMinutes(), 75);
        QCOMPARE(m_agenda->itemIds().size(), 40);
        QCOMPARE(m_agenda->itemIds().at(m_agenda->nextFreeItem()), QStringLiteral("CU-11"));
        QCOMPARE(store()->agenda(m_assessmentId).size(), 2);
        QCOMPARE(m_agenda->sessions()->data(m_agenda->sessions()->index(1), AgendaModel::ItemCountRole).toInt(), 5);

        QCOMPARE(m_agenda->currentSession(), 0);
        QCOMPARE(m_agenda->currentTitle(), QStringLiteral("Morning"));
        QCOMPARE(m_agenda->timeLeft(), QStringLiteral("30:00"));
        QVERIFY(!m_agenda->running());
        m_agenda->toggleClock();
        QVERIFY(m_agenda->running());
        QTRY_COMPARE(m_agenda->timeLeft(), QStringLiteral("29:59"));

        goTo("CU-04");
        QVERIFY2(m_agenda->running(), "within the session the clock runs on");
        QVERIFY(m_agenda->timeLeft() != QStringLiteral("30:00"));
        goTo("CU-07");
        QCOMPARE(m_agenda->currentTitle(), QStringLiteral("Afternoon"));
        QVERIFY2(m_agenda->running(), "a running clock starts the next session's time box");
        QVERIFY(m_agenda->timeLeft() == QStringLiteral("45:00") || m_agenda->timeLeft() == QStringLiteral("44:59"));
        m_agenda->toggleClock();
        QVERIFY(!m_agenda->running());
        m_agenda->resetClock();
        QCOMPARE(m_agenda->timeLeft(), QStringLiteral("45:00"));
        QVERIFY(!m_agenda->timeUp());

        goTo("EP-01");
        QCOMPARE(m_agenda->currentSession(), -1);
        QCOMPARE(m_agenda->currentTitle(), QString());
    }

    void anotherViewSeesTheAgendaAndARemovalReachesTheStore()
    {
        AgendaController presenter;
        presenter.setSession(session());
        goTo("CU-08");
        QCOMPARE(presenter.currentTitle(), QStringLiteral("Afternoon"));
        QVERIFY(m_agenda->removeSession(0));
        QCOMPARE(store()->agenda(m_assessmentId).size(), 1);
        presenter.reload();
        QCOMPARE(presenter.currentSession(), 0);
        QCOMPARE(presenter.sessions()->rowCount(), 1);
        QVERIFY(!m_agenda->removeSession(5));
    }

    void aFinalAssessmentRefusesEveryWrite()
    {
        QVERIFY(m_workshop->setFinal(m_assessmentId, true));
        goTo("CU-03");
        const QList<iamm::ParkedQuestion> before = store()->parkedQuestions(m_assessmentId);
        QVERIFY(!m_facilitation->parkQuestion(QStringLiteral("Too late")));
        QVERIFY(m_workshop->saveStatus()->errorMessage().contains(QStringLiteral("final")));
        QVERIFY(!m_facilitation->setQuestionDone(before.first().id, false));
        QCOMPARE(store()->parkedQuestions(m_assessmentId), before);
        QVERIFY(!m_agenda->addSession(QStringLiteral("Extra"), QStringLiteral("EP-01"), QStringLiteral("EP-02"), 10)
                     .isEmpty());
        QCOMPARE(store()->agenda(m_assessmentId).size(), 1);
        QVERIFY(m_workshop->setFinal(m_assessmentId, false));
    }

    void theReportHasTheNotesOnlyWhenAsked()
    {
        QVERIFY2(m_workshop->loadDemoWorkshop(), qPrintable(m_workshop->saveStatus()->errorMessage()));
        PeerComparisonController *comparison = m_workshop->comparison();
        comparison->setGroupId(QStringLiteral("DEMO"));
        comparison->recompute();
        QVERIFY2(comparison->hasResult(), qPrintable(comparison->problem()));
        const QString plain = m_dir.filePath(QStringLiteral("plain.pdf"));
        const QString withNotes = m_dir.filePath(QStringLiteral("notes.pdf"));
        QVERIFY(comparison->exportPdf(QUrl::fromLocalFile(plain), QStringLiteral("a4"), false, false, false));
        QVERIFY(comparison->exportPdf(QUrl::fromLocalFile(withNotes), QStringLiteral("a4"), false, false, true));
        const QString plainText = iamm::test::runTool(QStringLiteral("pdftotext"), {plain, QStringLiteral("-")});
        const QString notesText = iamm::test::runTool(QStringLiteral("pdftotext"), {withNotes, QStringLiteral("-")});
        QVERIFY(!plainText.contains(QStringLiteral("Facilitator notes")));
        QVERIFY(!plainText.contains(QStringLiteral("Fictitious demo note")));
        QVERIFY(notesText.contains(QStringLiteral("Facilitator notes")));
        QVERIFY(notesText.contains(QStringLiteral("Fictitious demo note")));
        QVERIFY(notesText.contains(QStringLiteral("Parking lot")));
    }
};

QTEST_MAIN(FacilitationUiTest)
#include "tst_facilitationui.moc"
