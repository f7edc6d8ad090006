// SPDX-License-Identifier: GPL-3.0-or-later
#include "controllers/facilitationcontroller.h"

#include "controllers/assessmentsession.h"
#include "controllers/autosavequeue.h"
#include "store/assessmentstore.h"

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
    m_notes.clear();
    QList<iamm::ParkedQuestion> questions;
    if (m_session && m_session->isOpen()) {
        const OpenAssessment &open = m_session->openAssessment();
        for (const iamm::FacilitatorNote &note : open.store->facilitatorNotes(open.info.id))
            m_notes.insert(note.itemId, note.text);
        questions = open.store->parkedQuestions(open.info.id);
    }
    m_parkingLot->setAll(questions);
    emit noteChanged();
    emit questionsChanged();
    emit openQuestionsHereChanged();
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
    const OpenAssessment &open = m_session->openAssessment();
    const QString assessment = open.info.id;
    iamm::AssessmentStore *store = open.store;
    m_notes.insert(item, text);
    open.autosave->schedule(QStringLiteral("facilitator-note/") + item,
                            [=] { store->setFacilitatorNote(assessment, item, text); });
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
