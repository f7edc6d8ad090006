// SPDX-License-Identifier: GPL-3.0-or-later
#include "controllers/facilitationcontroller.h"

#include "controllers/assessmentsession.h"
#include "controllers/autosavequeue.h"
#include "store/assessmentstore.h"
#include "store/changefeed.h"
#include "store/facilitatornoteconflict.h"

namespace iamm::gui {

FacilitationController::FacilitationController(QObject *parent)
    : QObject(parent)
    , m_parkingLot(new ParkingLotModel(this))
{}

void FacilitationController::setSession(AssessmentSession *session)
{
    if (m_session == session)
        return;
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    if (m_session) {
        connect(m_session, &AssessmentSession::assessmentChanged, this, &FacilitationController::load);
        connect(m_session->navigator(), &ItemNavigator::currentItemChanged, this, [this] {
            emit noteChanged();
            emit openQuestionsHereChanged();
        });
    }
    load();
    emit sessionChanged();
}

void FacilitationController::load()
{
    disconnect(m_changes);
    m_notes.clear();
    m_conflict.reset();
    QList<iamm::ParkedQuestion> questions;
    if (m_session && m_session->isOpen()) {
        const OpenAssessment &open = m_session->openAssessment();
        for (const iamm::FacilitatorNote &note : open.store->facilitatorNotes(open.info.id))
            m_notes.insert(note.itemId, note.text);
        questions = open.store->parkedQuestions(open.info.id);
        m_changes = connect(&open.store->changes(), &iamm::ChangeFeed::facilitatorNoteChanged, this,
                            &FacilitationController::refreshNote);
    }
    m_storedNotes = m_notes;
    m_parkingLot->setAll(questions);
    emit noteChanged();
    emit questionsChanged();
    emit openQuestionsHereChanged();
    emit conflictChanged();
}

void FacilitationController::refreshNote(const QString &assessmentId, const QString &itemId)
{
    if (!m_session || !m_session->isOpen())
        return;
    const OpenAssessment &open = m_session->openAssessment();
    // A change of this user's still waiting to be written stays shown (the store keeps notes trimmed).
    if (assessmentId != open.info.id || m_notes.value(itemId).trimmed() != m_storedNotes.value(itemId))
        return;
    try {
        QString text;
        for (const iamm::FacilitatorNote &note : open.store->facilitatorNotes(assessmentId)) {
            if (note.itemId == itemId)
                text = note.text;
        }
        m_notes.insert(itemId, text);
        m_storedNotes.insert(itemId, text);
        if (itemId == currentItemId())
            emit noteChanged();
    } catch (const iamm::IammError &error) {
        open.status->reportFailure(error.message(), tr("Not refreshed"));
    }
}

void FacilitationController::reloadQuestions()
{
    const OpenAssessment &open = m_session->openAssessment();
    m_parkingLot->setAll(open.store->parkedQuestions(open.info.id));
    emit questionsChanged();
    emit openQuestionsHereChanged();
}

QString FacilitationController::currentItemId() const
{
    return m_session ? m_session->navigator()->itemId() : QString();
}

QString FacilitationController::note() const
{
    return m_notes.value(currentItemId());
}

int FacilitationController::openQuestionsHere() const
{
    return m_parkingLot->openCountFor(currentItemId());
}

bool FacilitationController::write(const std::function<void()> &change)
{
    return m_session && m_session->isOpen() && m_session->openAssessment().write(change);
}

void FacilitationController::editNote(const QString &text)
{
    const QString item = currentItemId();
    if (!m_session || !m_session->isOpen() || item.isEmpty() || m_notes.value(item) == text)
        return;
    scheduleNote(item, text);
}

void FacilitationController::scheduleNote(const QString &itemId, const QString &text)
{
    const OpenAssessment &open = m_session->openAssessment();
    const QString assessment = open.info.id;
    const QString from = m_storedNotes.value(itemId);
    iamm::AssessmentStore *store = open.store;
    const QPointer<FacilitationController> self(this);
    m_notes.insert(itemId, text);
    open.autosave->schedule(QStringLiteral("facilitator-note/") + itemId, [=] {
        try {
            store->changeFacilitatorNote(assessment, itemId, from, text);
            if (self)
                self->noteWritten(itemId, text.trimmed());
        } catch (const iamm::FacilitatorNoteConflict &conflict) {
            if (self)
                self->showConflict(itemId, text, conflict);
            throw;
        }
    });
}

void FacilitationController::noteWritten(const QString &itemId, const QString &text)
{
    m_storedNotes.insert(itemId, text);
}

void FacilitationController::showConflict(const QString &itemId, const QString &text,
                                          const iamm::FacilitatorNoteConflict &conflict)
{
    m_notes.insert(itemId, conflict.current());
    m_storedNotes.insert(itemId, conflict.current());
    m_conflict = Conflict{conflict.message(), itemId, text};
    if (itemId == currentItemId())
        emit noteChanged();
    emit conflictChanged();
}

void FacilitationController::useMyText()
{
    if (!m_conflict || !m_session || !m_session->isOpen())
        return;
    const Conflict conflict = *m_conflict;
    keepTheirText();
    scheduleNote(conflict.itemId, conflict.text);
    if (conflict.itemId == currentItemId())
        emit noteChanged();
    m_session->openAssessment().autosave->flush();
}

void FacilitationController::keepTheirText()
{
    if (!m_conflict)
        return;
    m_conflict.reset();
    emit conflictChanged();
}

bool FacilitationController::parkQuestion(const QString &text)
{
    const QString item = currentItemId();
    if (text.trimmed().isEmpty() || item.isEmpty())
        return false;
    const QString assessment = m_session ? m_session->assessmentId() : QString();
    if (!write([&] { m_session->openAssessment().store->addParkedQuestion(assessment, item, text.trimmed()); }))
        return false;
    reloadQuestions();
    return true;
}

bool FacilitationController::setQuestionDone(qint64 questionId, bool done)
{
    const QString assessment = m_session ? m_session->assessmentId() : QString();
    if (!write([&] { m_session->openAssessment().store->setParkedQuestionDone(assessment, questionId, done); }))
        return false;
    reloadQuestions();
    return true;
}

bool FacilitationController::removeQuestion(qint64 questionId)
{
    const QString assessment = m_session ? m_session->assessmentId() : QString();
    if (!write([&] { m_session->openAssessment().store->removeParkedQuestion(assessment, questionId); }))
        return false;
    reloadQuestions();
    return true;
}

} // namespace iamm::gui
