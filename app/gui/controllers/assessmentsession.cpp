// SPDX-License-Identifier: GPL-3.0-or-later
#include "controllers/assessmentsession.h"

#include "controllers/autosavequeue.h"
#include "controllers/languagecontroller.h"
#include "qmlsupport/statenames.h"
#include "store/assessmentstore.h"

#include <QCoreApplication>
#include <QEvent>

namespace iamm::gui {

AssessmentSession::AssessmentSession(SaveStatus *status, QObject *parent)
    : QObject(parent)
    , m_open{status, new AutosaveQueue(status, this)}
    , m_navigator(new ItemNavigator(m_open, this))
    , m_response(new ResponseEditor(m_open, m_navigator, this))
    , m_evidence(new EvidenceController(m_open, m_navigator, this))
    , m_actions(new ActionController(m_open, m_navigator, this))
    , m_summary(new SummaryController(m_open, m_navigator->items(), this))
    , m_room(new RoomViewsController(m_open, m_navigator, m_response, this))
{
    connect(m_response, &ResponseEditor::ratingsChanged, m_summary, &SummaryController::recompute);
    // What the controllers take from the assessment changes with it.
    connect(this, &AssessmentSession::assessmentChanged, m_navigator, &ItemNavigator::itemsReset);
    connect(this, &AssessmentSession::assessmentChanged, m_response, &ResponseEditor::scaleChanged);
    connect(this, &AssessmentSession::assessmentChanged, m_response, &ResponseEditor::historyChanged);
    connect(m_navigator->textLanguage(), &FrameworkLanguage::languageChosen, this,
            &AssessmentSession::showTextLanguage);
    m_navigator->textLanguage()->setLanguage(LanguageController::installedCode());
    QCoreApplication::instance()->installEventFilter(this);
}

bool AssessmentSession::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && watched == QCoreApplication::instance()) {
        m_navigator->textLanguage()->setLanguage(LanguageController::installedCode());
        m_navigator->items()->retranslate();
        if (isOpen()) {
            emit stateNameChanged();
            m_room->recompute();
            m_summary->recompute();
        }
    }
    return QObject::eventFilter(watched, event);
}

void AssessmentSession::setFrameworkRegistry(const iamm::FrameworkRegistry *registry)
{
    m_navigator->textLanguage()->setRegistry(registry);
}

void AssessmentSession::showTextLanguage()
{
    if (!isOpen())
        return;
    m_open.autosave->flush();
    // The models let go of the texts shown before they are released.
    const std::shared_ptr<const iamm::Framework> previous = m_open.framework;
    m_open.framework = std::make_shared<const iamm::Framework>(m_navigator->textLanguage()->shown(*m_english));
    m_navigator->showTexts(m_open.framework.get());
    m_response->showCurrentItem();
    emit m_response->scaleChanged();
    m_summary->recompute();
    m_room->recompute();
}

void AssessmentSession::open(iamm::AssessmentStore *store, const QString &assessmentId)
{
    m_open.autosave->flush();
    const iamm::AssessmentInfo info = store->assessment(assessmentId);
    auto english = std::make_shared<const iamm::Framework>(store->frameworkOf(assessmentId));
    auto framework = std::make_shared<const iamm::Framework>(m_navigator->textLanguage()->shown(*english));
    const QList<iamm::Response> responses = store->responses(assessmentId);
    const QList<iamm::ChecklistStatus> checklist = store->checklist(assessmentId);
    const QList<iamm::Evidence> evidence = store->evidence(assessmentId);
    const QList<iamm::Action> actions = store->actions(assessmentId);
    // The models move to the new framework before the old one is released.
    m_response->open(*store, assessmentId, checklist);
    m_evidence->open(*store, evidence);
    m_actions->open(*store, actions);
    m_navigator->reset(framework.get(), responses);
    m_open.framework = framework;
    m_english = english;
    m_open.info = info;
    m_open.store = store;
    m_summary->recompute();
    m_room->open(store->contributions(assessmentId));
    emit assessmentChanged();
    emit stateNameChanged();
    m_navigator->goTo(0);
}

void AssessmentSession::close()
{
    if (!m_open.isOpen())
        return;
    m_open.autosave->flush();
    m_open.store = nullptr;
    m_open.info = {};
    m_response->close();
    m_evidence->close();
    m_actions->close();
    m_navigator->clear();
    m_room->close();
    m_open.framework = std::make_shared<const iamm::Framework>();
    m_english.reset();
    emit assessmentChanged();
    emit stateNameChanged();
    m_summary->recompute();
}

void AssessmentSession::refreshInfo()
{
    if (!m_open.isOpen())
        return;
    m_open.info = m_open.store->assessment(m_open.info.id);
    emit assessmentChanged();
    emit stateNameChanged();
}

void AssessmentSession::reloadContributions()
{
    if (m_open.isOpen())
        m_room->open(m_open.store->contributions(m_open.info.id));
}

QString AssessmentSession::stateName() const
{
    return m_open.info.stateCode.isEmpty() ? QString() : displayStateName(m_open.info.stateCode);
}

bool AssessmentSession::flushPendingEdits()
{
    return m_open.autosave->flush();
}

} // namespace iamm::gui
