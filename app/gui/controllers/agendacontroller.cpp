// SPDX-License-Identifier: GPL-3.0-or-later
#include "controllers/agendacontroller.h"

#include "controllers/assessmentsession.h"
#include "store/assessmentstore.h"

#include <algorithm>

namespace iamm::gui {

namespace {

constexpr int tickMilliseconds = 250;

} // namespace

AgendaController::AgendaController(QObject *parent)
    : QObject(parent)
    , m_sessions(new AgendaModel(this))
{
    m_clock.start();
    m_ticker.setInterval(tickMilliseconds);
    connect(&m_ticker, &QTimer::timeout, this, &AgendaController::tick);
}

void AgendaController::setSession(AssessmentSession *session)
{
    if (m_session == session)
        return;
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    if (m_session) {
        connect(m_session, &AssessmentSession::assessmentChanged, this, &AgendaController::reload);
        connect(m_session->navigator(), &ItemNavigator::currentItemChanged, this, &AgendaController::followCurrentItem);
    }
    reload();
    emit sessionChanged();
}

void AgendaController::reload()
{
    if (m_session && m_session->isOpen()) {
        const OpenAssessment &open = m_session->openAssessment();
        m_sessions->setPlan(iamm::AgendaPlan(open.store->agenda(open.info.id), *open.framework));
    } else {
        m_sessions->clear();
    }
    emit agendaChanged();
    followCurrentItem();
}

int AgendaController::totalMinutes() const
{
    return m_sessions->plan() ? m_sessions->plan()->totalMinutes() : 0;
}

QStringList AgendaController::itemIds() const
{
    return m_session && m_session->isOpen() ? m_session->openAssessment().framework->itemIds() : QStringList();
}

int AgendaController::nextFreeItem() const
{
    if (!m_sessions->plan() || m_sessions->plan()->sessions().isEmpty())
        return 0;
    const QStringList ids = itemIds();
    const int last = int(ids.indexOf(m_sessions->plan()->sessions().constLast().lastItem));
    return std::clamp(last + 1, 0, std::max(0, int(ids.size()) - 1));
}

QString AgendaController::currentTitle() const
{
    if (m_currentSession < 0)
        return {};
    return m_sessions->plan()->sessions().at(m_currentSession).title;
}

QString AgendaController::timeLeft() const
{
    return m_countdown.text(now());
}

bool AgendaController::timeUp() const
{
    return m_currentSession >= 0 && m_countdown.isOver(now());
}

QString AgendaController::addSession(const QString &title, const QString &firstItem, const QString &lastItem,
                                     int minutes)
{
    if (!m_session || !m_session->isOpen())
        return tr("No assessment is open.");
    const iamm::AgendaSession added{title.trimmed(), firstItem, lastItem, minutes};
    const QString problem = iamm::AgendaPlan::problem(added, *m_session->openAssessment().framework);
    if (!problem.isEmpty())
        return problem;
    QList<iamm::AgendaSession> sessions = m_sessions->plan()->sessions();
    sessions.append(added);
    return writeAgenda(sessions) ? QString() : tr("The agenda was not saved.");
}

bool AgendaController::removeSession(int index)
{
    if (!m_sessions->plan() || index < 0 || index >= m_sessions->plan()->sessions().size())
        return false;
    QList<iamm::AgendaSession> sessions = m_sessions->plan()->sessions();
    sessions.removeAt(index);
    return writeAgenda(sessions);
}

bool AgendaController::writeAgenda(const QList<iamm::AgendaSession> &sessions)
{
    const OpenAssessment &open = m_session->openAssessment();
    if (!open.write([&] { open.store->setAgenda(open.info.id, sessions); }))
        return false;
    reload();
    return true;
}

void AgendaController::followCurrentItem()
{
    const int index = m_sessions->plan() && m_session
                          ? m_sessions->plan()->sessionIndexOf(m_session->navigator()->itemId())
                          : -1;
    const iamm::AgendaSession box = index < 0 ? iamm::AgendaSession() : m_sessions->plan()->sessions().at(index);
    if (index == m_currentSession && box == m_timeBox)
        return;
    const bool wasRunning = m_countdown.isRunning();
    m_currentSession = index;
    m_timeBox = box;
    startTimeBox(wasRunning && index >= 0);
    emit currentSessionChanged();
}

void AgendaController::startTimeBox(bool running)
{
    m_countdown.reset(m_timeBox.minutes * 60);
    m_announcedTimeUp = false;
    if (running)
        m_countdown.start(now());
    running ? m_ticker.start() : m_ticker.stop();
    emit clockChanged();
}

void AgendaController::toggleClock()
{
    if (m_currentSession < 0)
        return;
    if (m_countdown.isRunning()) {
        m_countdown.pause(now());
        m_ticker.stop();
    } else {
        if (m_countdown.isOver(now()))
            m_countdown.start(now());
        else
            m_countdown.resume(now());
        m_ticker.start();
    }
    emit clockChanged();
}

void AgendaController::resetClock()
{
    startTimeBox(false);
}

void AgendaController::tick()
{
    emit clockChanged();
    if (!m_announcedTimeUp && m_countdown.isOver(now())) {
        m_announcedTimeUp = true;
        emit timeRanOut();
    }
}

} // namespace iamm::gui
