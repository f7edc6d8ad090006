// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/agendamodel.h"
#include "workshop/countdown.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace iamm::gui {

class AssessmentSession;

// The workshop's agenda (sessions of items, each in a time box) and the presenter's countdown for the
// session the current item belongs to. Moving into another session gives the clock that session's time
// box, running on if it was running. The clock only shows that time is up (timeUp, timeRanOut); it never
// stops the workshop.
class AgendaController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_MOC_INCLUDE("controllers/assessmentsession.h")
    Q_PROPERTY(AssessmentSession *session READ session WRITE setSession NOTIFY sessionChanged REQUIRED)
    Q_PROPERTY(AgendaModel *sessions READ sessions CONSTANT)
    Q_PROPERTY(int totalMinutes READ totalMinutes NOTIFY agendaChanged)
    // The framework's item ids in order, to choose a session's first and last item from.
    Q_PROPERTY(QStringList itemIds READ itemIds NOTIFY agendaChanged)
    // Where a new session would start: the item after the last session's last item (0 without one).
    Q_PROPERTY(int nextFreeItem READ nextFreeItem NOTIFY agendaChanged)
    // The agenda session of the current item, -1 when it is in none.
    Q_PROPERTY(int currentSession READ currentSession NOTIFY currentSessionChanged)
    Q_PROPERTY(QString currentTitle READ currentTitle NOTIFY currentSessionChanged)
    // "mm:ss" left in the current session's time box.
    Q_PROPERTY(QString timeLeft READ timeLeft NOTIFY clockChanged)
    Q_PROPERTY(bool running READ running NOTIFY clockChanged)
    Q_PROPERTY(bool timeUp READ timeUp NOTIFY clockChanged)

public:
    explicit AgendaController(QObject *parent = nullptr);

    AssessmentSession *session() const { return m_session; }
    void setSession(AssessmentSession *session);
    AgendaModel *sessions() const { return m_sessions; }
    int totalMinutes() const;
    QStringList itemIds() const;
    int nextFreeItem() const;
    int currentSession() const { return m_currentSession; }
    QString currentTitle() const;
    QString timeLeft() const;
    bool running() const { return m_countdown.isRunning(); }
    bool timeUp() const;

    // Adds a session at the end of the agenda: an empty string when written, else what is wrong
    // (the session is checked against the framework first; nothing is written then).
    Q_INVOKABLE QString addSession(const QString &title, const QString &firstItem, const QString &lastItem,
                                   int minutes);
    Q_INVOKABLE bool removeSession(int index);
    // Reads the agenda again (another view may have changed it).
    Q_INVOKABLE void reload();
    // Starts, pauses or resumes the countdown of the current session.
    Q_INVOKABLE void toggleClock();
    // Back to the current session's full time box, stopped.
    Q_INVOKABLE void resetClock();

signals:
    void sessionChanged();
    void agendaChanged();
    void currentSessionChanged();
    void clockChanged();
    // Once, when the running countdown reaches zero.
    void timeRanOut();

private:
    bool writeAgenda(const QList<iamm::AgendaSession> &sessions);
    void followCurrentItem();
    void startTimeBox(bool running);
    void tick();
    qint64 now() const { return m_clock.elapsed(); }

    QPointer<AssessmentSession> m_session;
    AgendaModel *m_sessions;
    int m_currentSession = -1;
    // The session whose time box the clock counts (a default one when the item is in none).
    iamm::AgendaSession m_timeBox;
    iamm::Countdown m_countdown;
    QElapsedTimer m_clock;
    QTimer m_ticker;
    bool m_announcedTimeUp = false;
};

} // namespace iamm::gui
