// SPDX-License-Identifier: GPL-3.0-or-later
// The walkthrough on a PostgreSQL server while a colleague edits the same assessment from another
// connection: their change appears in the item and the navigation pane without reloading, and an
// edit that crosses theirs is refused, shows their newer values and keeps what this user typed.
#include "assessment/vocabulary.h"
#include "assessment/teamroster.h"
#include "controllers/actioncontroller.h"
#include "controllers/facilitationcontroller.h"
#include "controllers/teameditor.h"
#include "controllers/previousroundcontroller.h"
#include "models/actionlistmodel.h"
#include "models/checklistmodel.h"
#include "models/evidencelistmodel.h"
#include "controllers/workshop.h"
#include "store/assessmentstore.h"
#include "testsupport.h"

#include <QStandardPaths>
#include <QTest>
#include <memory>

using namespace iamm::gui;

class SharedEditingUiTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<iamm::test::TempDatabase> m_db;
    std::unique_ptr<Workshop> m_workshop;
    std::unique_ptr<iamm::AssessmentStore> m_colleague;

    AssessmentSession *session() const { return m_workshop->session(); }
    ResponseEditor *editor() const { return session()->response(); }
    QString draftId() const { return session()->assessmentId(); }
    iamm::Response shownInTheList(const QString &itemId) const
    {
        const ItemListModel *items = session()->navigator()->items();
        return items->row(items->rowOf(itemId)).response;
    }
    iamm::Response stored(const QString &itemId) const { return m_colleague->response(draftId(), itemId); }
    iamm::Action actionOf(const QString &text) const
    {
        for (const iamm::Action &action : m_colleague->actions(draftId())) {
            if (action.text == text)
                return action;
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("iamm-tests"));
        m_db = std::make_unique<iamm::test::TempDatabase>();
        QVERIFY2(m_db->isServer(), "IAMM_TEST_POSTGRESQL names no running cluster");
        m_workshop = std::make_unique<Workshop>(m_db->path());
        QVERIFY2(m_workshop->loadDemoWorkshop(), qPrintable(m_workshop->saveStatus()->errorMessage()));
        QVERIFY(!session()->isFinal());
        m_colleague = std::make_unique<iamm::AssessmentStore>(m_db->path());
    }

    void aColleaguesChangeAppearsWithoutReloading()
    {
        QVERIFY(session()->navigator()->goToItem(QStringLiteral("CU-07")));
        const int level = editor()->score() == 4 ? 1 : 4;
        m_colleague->updateResponse(
            draftId(), QStringLiteral("CU-07"),
            {.rating = iamm::Rating::level(level), .rationale = QStringLiteral("from the office")});
        QTRY_COMPARE_WITH_TIMEOUT(editor()->score(), level, 1000);
        QCOMPARE(editor()->rationale(), QStringLiteral("from the office"));
        QCOMPARE(shownInTheList(QStringLiteral("CU-07")).version, stored(QStringLiteral("CU-07")).version);
        // Not the current item: its row in the navigation pane changes all the same.
        m_colleague->updateResponse(draftId(), QStringLiteral("CU-09"), {.rating = iamm::Rating::na()});
        QTRY_COMPARE_WITH_TIMEOUT(shownInTheList(QStringLiteral("CU-09")).rating, iamm::Rating::na(), 1000);
        QCOMPARE(editor()->score(), level);
    }

    void aCrossingTextEditKeepsWhatWasTyped()
    {
        QVERIFY(session()->navigator()->goToItem(QStringLiteral("CU-10")));
        editor()->editRationale(QStringLiteral("typed in the room"));
        m_colleague->updateResponse(draftId(), QStringLiteral("CU-10"),
                                    {.rationale = QStringLiteral("typed in the office")});
        QTest::qWait(300); // the colleague's change arrives while this text waits to be written
        QCOMPARE(editor()->rationale(), QStringLiteral("typed in the room"));

        QVERIFY(!m_workshop->flushPendingEdits());
        QVERIFY2(editor()->conflictMessage().startsWith(QStringLiteral("CU-10 was changed by ")),
                 qPrintable(editor()->conflictMessage()));
        QCOMPARE(m_workshop->saveStatus()->state(), SaveStatus::Failed);
        QCOMPARE(m_workshop->saveStatus()->errorMessage(), editor()->conflictMessage());
        QCOMPARE(editor()->rationale(), QStringLiteral("typed in the office"));
        QCOMPARE(editor()->unsavedText(), QStringLiteral("typed in the room"));
        QCOMPARE(stored(QStringLiteral("CU-10")).rationale, QStringLiteral("typed in the office"));
        // Not written again behind the user's back.
        QVERIFY(m_workshop->flushPendingEdits());
        QCOMPARE(stored(QStringLiteral("CU-10")).rationale, QStringLiteral("typed in the office"));

        QVERIFY(session()->navigator()->goToItem(QStringLiteral("CU-01")));
        editor()->useMyText();
        QCOMPARE(session()->navigator()->currentRow()->item->id, QStringLiteral("CU-10"));
        QCOMPARE(stored(QStringLiteral("CU-10")).rationale, QStringLiteral("typed in the room"));
        QCOMPARE(editor()->rationale(), QStringLiteral("typed in the room"));
        QCOMPARE(editor()->conflictMessage(), QString());
        QCOMPARE(editor()->unsavedText(), QString());
    }

    void keepingTheNewerTextWritesNothing()
    {
        QVERIFY(session()->navigator()->goToItem(QStringLiteral("CU-11")));
        editor()->editDissent(QStringLiteral("two ministries disagreed"));
        m_colleague->updateResponse(draftId(), QStringLiteral("CU-11"),
                                    {.dissent = QStringLiteral("labour disagreed")});
        QVERIFY(!m_workshop->flushPendingEdits());
        QCOMPARE(editor()->dissent(), QStringLiteral("labour disagreed"));
        QCOMPARE(editor()->unsavedText(), QStringLiteral("two ministries disagreed"));
        const int version = stored(QStringLiteral("CU-11")).version;
        editor()->keepTheirText();
        QCOMPARE(editor()->conflictMessage(), QString());
        QVERIFY(m_workshop->flushPendingEdits());
        QCOMPARE(stored(QStringLiteral("CU-11")).version, version);
        QCOMPARE(stored(QStringLiteral("CU-11")).dissent, QStringLiteral("labour disagreed"));
    }

    void aCrossingRatingShowsTheNewerOne()
    {
        QVERIFY(session()->navigator()->goToItem(QStringLiteral("CU-12")));
        // The colleague's change is committed but not yet delivered: no events run in between.
        m_colleague->updateResponse(draftId(), QStringLiteral("CU-12"), {.rating = iamm::Rating::level(4)});
        QVERIFY(!editor()->chooseLevel(1));
        QCOMPARE(editor()->score(), 4);
        QCOMPARE(shownInTheList(QStringLiteral("CU-12")).rating, iamm::Rating::level(4));
        QVERIFY2(m_workshop->saveStatus()->errorMessage().startsWith(QStringLiteral("CU-12 was changed by ")),
                 qPrintable(m_workshop->saveStatus()->errorMessage()));
        QCOMPARE(stored(QStringLiteral("CU-12")).rating, iamm::Rating::level(4));
        // Chosen again from what is now shown, it is written.
        QVERIFY(editor()->chooseLevel(1));
        QCOMPARE(stored(QStringLiteral("CU-12")).rating, iamm::Rating::level(1));
    }

    void undoLeavesAColleaguesLaterChange()
    {
        QVERIFY(session()->navigator()->goToItem(QStringLiteral("CU-13")));
        QVERIFY(editor()->chooseLevel(2));
        m_colleague->updateResponse(draftId(), QStringLiteral("CU-13"), {.rating = iamm::Rating::level(3)});
        QTRY_COMPARE_WITH_TIMEOUT(editor()->score(), 3, 1000);
        QVERIFY(editor()->canUndo());
        QVERIFY(!editor()->undo());
        QCOMPARE(stored(QStringLiteral("CU-13")).rating, iamm::Rating::level(3));
        QCOMPARE(editor()->score(), 3);
    }

    void aColleaguesExplanationOfChangeAppears()
    {
        PreviousRoundController rounds;
        rounds.setSession(session());
        QVERIFY(rounds.hasPrevious());
        QVERIFY(session()->navigator()->goToItem(QStringLiteral("CU-14")));
        m_colleague->updateResponse(
            draftId(), QStringLiteral("CU-14"),
            {.changeReason = iamm::ChangeReason::Evidence, .changeNote = QStringLiteral("the 2026 labour survey")});
        QTRY_COMPARE_WITH_TIMEOUT(rounds.note(), QStringLiteral("the 2026 labour survey"), 1000);
        QCOMPARE(rounds.reason(), QStringLiteral("evidence"));
        // This user's own explanation, still waiting for its typing pause, stays as typed.
        rounds.editNote(QStringLiteral("typed in the room"));
        m_colleague->updateResponse(draftId(), QStringLiteral("CU-14"),
                                    {.changeNote = QStringLiteral("changed in the office")});
        QTest::qWait(300);
        QCOMPARE(rounds.note(), QStringLiteral("typed in the room"));
    }

    void aColleaguesChecklistChangeAppears()
    {
        QVERIFY(session()->navigator()->goToItem(QStringLiteral("EP-03")));
        ChecklistModel *checklist = editor()->checklist();
        QVERIFY(checklist->rowCount() > 0);
        const QModelIndex first = checklist->index(0);
        const QString entryId = first.data(ChecklistModel::EntryIdRole).toString();
        const iamm::ChecklistState state = first.data(ChecklistModel::StatusRole).toString() == QLatin1String("partial")
                                               ? iamm::ChecklistState::NotInPlace
                                               : iamm::ChecklistState::Partial;
        m_colleague->setChecklistStatus(draftId(), entryId, state);
        QTRY_COMPARE_WITH_TIMEOUT(checklist->index(0).data(ChecklistModel::StatusRole).toString(),
                                  iamm::vocabulary::toText(state), 1000);
    }

    // A click that crosses the colleague's change, before the notice of it arrives, is refused
    // and shows their status.
    void aCrossingChecklistClickShowsTheNewerStatus()
    {
        QVERIFY(session()->navigator()->goToItem(QStringLiteral("EP-03")));
        ChecklistModel *checklist = editor()->checklist();
        const QString entryId = checklist->index(1).data(ChecklistModel::EntryIdRole).toString();
        const QString before = checklist->statusOf(entryId);
        const iamm::ChecklistState theirs = before == QLatin1String("in_place") ? iamm::ChecklistState::Partial
                                                                                : iamm::ChecklistState::InPlace;
        m_colleague->setChecklistStatus(draftId(), entryId, theirs);
        QVERIFY(!editor()->setChecklistStatus(entryId, QStringLiteral("not_applicable")));
        QVERIFY2(m_workshop->saveStatus()->errorMessage().startsWith(
                     QStringLiteral("the checklist status of %1 was changed by ").arg(entryId)),
                 qPrintable(m_workshop->saveStatus()->errorMessage()));
        QCOMPARE(checklist->statusOf(entryId), iamm::vocabulary::toText(theirs));
        QVERIFY(editor()->setChecklistStatus(entryId, QStringLiteral("not_applicable")));
        bool stored = false;
        for (const iamm::ChecklistStatus &status : m_colleague->checklist(draftId()))
            stored = stored || (status.entryId == entryId && status.status == iamm::ChecklistState::NotApplicable);
        QVERIFY(stored);
    }

    void aColleaguesEvidenceAndActionsAppear()
    {
        QVERIFY(session()->navigator()->goToItem(QStringLiteral("EP-03")));
        EvidenceListModel *evidence = session()->evidence()->model();
        ActionListModel *actions = session()->actions()->model();
        const int evidenceBefore = evidence->rowCount();
        const int actionsBefore = actions->rowCount();
        const qint64 noteId = m_colleague->addNote(draftId(), QStringLiteral("EP-03"), QStringLiteral("Labour survey"),
                                                   QStringLiteral("table 4"), false);
        QTRY_COMPARE_WITH_TIMEOUT(evidence->rowCount(), evidenceBefore + 1, 1000);
        iamm::Action action;
        action.itemId = QStringLiteral("EP-03");
        action.text = QStringLiteral("publish the survey");
        const qint64 actionId = m_colleague->addAction(draftId(), action);
        QTRY_COMPARE_WITH_TIMEOUT(actions->rowCount(), actionsBefore + 1, 1000);
        m_colleague->removeEvidence(noteId);
        QTRY_COMPARE_WITH_TIMEOUT(evidence->rowCount(), evidenceBefore, 1000);
        // An action this user is typing keeps the typed text until it is written.
        session()->actions()->editActionText(actionId, QStringLiteral("publish the survey in March"));
        action.id = actionId;
        action.owner = QStringLiteral("statistics office");
        m_colleague->updateAction(action);
        QTest::qWait(300);
        QStringList texts;
        for (int row = 0; row < actions->rowCount(); ++row)
            texts << actions->index(row).data(ActionListModel::TextRole).toString();
        QVERIFY2(texts.contains(QStringLiteral("publish the survey in March")), qPrintable(texts.join(u'|')));
    }

    // The typed text crossed the colleague's change of owner: it is refused, the action shows
    // their version, and "Use my text" writes this user's text over it, keeping their owner.
    void aCrossingActionEditKeepsWhatWasTyped()
    {
        ActionController *controller = session()->actions();
        QVERIFY(!m_workshop->flushPendingEdits());
        QVERIFY2(controller->conflictMessage().startsWith(
                     QStringLiteral("the action \"publish the survey\" of EP-03 was changed by ")),
                 qPrintable(controller->conflictMessage()));
        QCOMPARE(m_workshop->saveStatus()->errorMessage(), controller->conflictMessage());
        QCOMPARE(controller->unsavedText(), QStringLiteral("publish the survey in March"));
        const iamm::Action shown = *controller->model()->find(actionOf(QStringLiteral("publish the survey")).id);
        QCOMPARE(shown.owner, QStringLiteral("statistics office"));
        QCOMPARE(actionOf(QStringLiteral("publish the survey")).owner, QStringLiteral("statistics office"));

        controller->useMyText();
        QCOMPARE(controller->conflictMessage(), QString());
        const iamm::Action stored = actionOf(QStringLiteral("publish the survey in March"));
        QCOMPARE(stored.owner, QStringLiteral("statistics office"));
        QCOMPARE(controller->model()->find(stored.id)->updatedAt, stored.updatedAt);
        // Written from the version just stored: the next edit needs no reading in between.
        controller->editActionOwner(stored.id, QStringLiteral("statistics and labour"));
        QVERIFY(m_workshop->flushPendingEdits());
        QCOMPARE(actionOf(QStringLiteral("publish the survey in March")).owner,
                 QStringLiteral("statistics and labour"));

        // Keeping the newer version writes nothing.
        controller->editActionText(stored.id, QStringLiteral("publish it in April"));
        iamm::Action theirs = actionOf(QStringLiteral("publish the survey in March"));
        theirs.status = iamm::ActionStatus::InProgress;
        m_colleague->updateAction(theirs);
        QVERIFY(!m_workshop->flushPendingEdits());
        controller->keepTheirText();
        QVERIFY(m_workshop->flushPendingEdits());
        QCOMPARE(actionOf(QStringLiteral("publish the survey in March")).status, iamm::ActionStatus::InProgress);
    }

    // A colleague removed the action this user was typing in: the write is refused as a conflict
    // (not retried), the action leaves the list, and "Use my text" adds it again as a new action.
    void anActionRemovedMeanwhileCanBeAddedAgain()
    {
        QVERIFY(session()->navigator()->goToItem(QStringLiteral("EP-03")));
        ActionController *controller = session()->actions();
        QVERIFY(controller->addAction(QStringLiteral("brief the ministers"), QString(), QString()));
        const iamm::Action added = actionOf(QStringLiteral("brief the ministers"));
        // Shown as stored, with the version the next change is written from.
        QCOMPARE(controller->model()->find(added.id)->updatedAt, added.updatedAt);
        controller->editActionText(added.id, QStringLiteral("brief the ministers in May"));
        m_colleague->removeAction(added.id);
        QVERIFY(!m_workshop->flushPendingEdits());
        QVERIFY2(controller->conflictMessage().startsWith(
                     QStringLiteral("the action \"brief the ministers in May\" of EP-03 was removed by ")),
                 qPrintable(controller->conflictMessage()));
        QCOMPARE(controller->unsavedText(), QStringLiteral("brief the ministers in May"));
        QVERIFY(!controller->model()->find(added.id));
        // Refused for good: nothing is left to retry.
        QVERIFY(m_workshop->flushPendingEdits());

        controller->useMyText();
        QCOMPARE(controller->conflictMessage(), QString());
        const iamm::Action again = actionOf(QStringLiteral("brief the ministers in May"));
        QVERIFY(again.id > added.id);
        QCOMPARE(again.itemId, QStringLiteral("EP-03"));
        QVERIFY(controller->model()->find(again.id));
    }

    // The facilitator's note: a colleague's note appears while this user has no change of it
    // waiting; a note typed over their later one is refused, shows theirs and keeps the typed text.
    void aCrossingFacilitatorNoteKeepsWhatWasTyped()
    {
        QVERIFY(session()->navigator()->goToItem(QStringLiteral("EP-07")));
        FacilitationController facilitation;
        facilitation.setSession(session());
        const QString item = QStringLiteral("EP-07");
        const QString before = facilitation.note();
        m_colleague->changeFacilitatorNote(draftId(), item, before, QStringLiteral("ask the labour attaché"));
        QTRY_COMPARE_WITH_TIMEOUT(facilitation.note(), QStringLiteral("ask the labour attaché"), 1000);

        facilitation.editNote(QStringLiteral("ask the labour attaché about quotas"));
        m_colleague->changeFacilitatorNote(draftId(), item, QStringLiteral("ask the labour attaché"),
                                           QStringLiteral("ask Interior first"));
        QTest::qWait(300);
        // Not replaced while this user's change waits to be written.
        QCOMPARE(facilitation.note(), QStringLiteral("ask the labour attaché about quotas"));
        QVERIFY(!m_workshop->flushPendingEdits());
        QVERIFY2(facilitation.conflictMessage().startsWith(
                     QStringLiteral("the facilitator's note on EP-07 was changed by ")),
                 qPrintable(facilitation.conflictMessage()));
        QCOMPARE(facilitation.note(), QStringLiteral("ask Interior first"));
        QCOMPARE(facilitation.unsavedText(), QStringLiteral("ask the labour attaché about quotas"));

        facilitation.useMyText();
        QCOMPARE(facilitation.conflictMessage(), QString());
        QCOMPARE(facilitation.note(), QStringLiteral("ask the labour attaché about quotas"));
        QCOMPARE(m_colleague->facilitatorNotes(draftId()).constLast().text,
                 QStringLiteral("ask the labour attaché about quotas"));
        // Written from the note just stored: the next change needs no reading in between.
        facilitation.editNote(QStringLiteral("quotas: done"));
        QVERIFY(m_workshop->flushPendingEdits());

        // Keeping the newer note writes nothing.
        facilitation.editNote(QStringLiteral("quotas: to check"));
        m_colleague->changeFacilitatorNote(draftId(), item, QStringLiteral("quotas: done"), QStringLiteral("theirs"));
        QVERIFY(!m_workshop->flushPendingEdits());
        facilitation.keepTheirText();
        QVERIFY(m_workshop->flushPendingEdits());
        QCOMPARE(facilitation.note(), QStringLiteral("theirs"));
    }

    // Removing team member 2 of the list shown, after a colleague removed member 1: refused (the
    // number is now nobody's or someone else's), and the list shows the stored team.
    void aTeamRemovalAfterAColleaguesChangeIsRefused()
    {
        TeamEditor *team = m_workshop->team();
        QVERIFY(team->load(draftId()));
        iamm::TeamRoster colleague(*m_colleague);
        colleague.add(draftId(), {QStringLiteral("Dana"), QStringLiteral("Health"), QString()});
        QVERIFY(team->load(draftId()));
        const int count = int(team->members().size());
        QVERIFY(count >= 2);
        colleague.remove(draftId(), 1);
        QVERIFY(!team->removeMember(count));
        QVERIFY2(m_workshop->saveStatus()->errorMessage().startsWith(
                     QStringLiteral("the team of \"%1").arg(session()->title().left(20))),
                 qPrintable(m_workshop->saveStatus()->errorMessage()));
        QCOMPARE(team->members().size(), count - 1);
        QCOMPARE(colleague.members(draftId()).constLast().name, QStringLiteral("Dana"));
        QVERIFY(team->removeMember(count - 1));
        QCOMPARE(colleague.members(draftId()).size(), count - 2);
    }

    void cleanupTestCase()
    {
        m_colleague.reset();
        m_workshop.reset();
        m_db.reset();
    }
};

QTEST_MAIN(SharedEditingUiTest)
#include "tst_sharededitingui.moc"
