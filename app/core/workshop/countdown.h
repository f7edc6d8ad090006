// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

namespace iamm {

// The presenter's countdown for a session's time box, as a value: the caller passes the current time
// in milliseconds (any monotonic clock), so no timer runs inside and every state can be tested.
class Countdown
{
public:
    explicit Countdown(int seconds = 0);

    // Starts from the full time box (also when it was running).
    void start(qint64 nowMs);
    // Keeps the time left; does nothing when not running.
    void pause(qint64 nowMs);
    // Runs on from the time left; does nothing when running.
    void resume(qint64 nowMs);
    // A new time box, stopped.
    void reset(int seconds);

    int totalSeconds() const { return m_totalSeconds; }
    // Whole seconds left, rounded up (so 0 only once the time is up), never below 0.
    int remainingSeconds(qint64 nowMs) const;
    bool isRunning() const { return m_running; }
    bool isOver(qint64 nowMs) const;
    // "mm:ss" of the time left (minutes go past 59: "90:00"), never negative.
    QString text(qint64 nowMs) const;

private:
    qint64 remainingMs(qint64 nowMs) const;

    int m_totalSeconds = 0;
    // Time left when last paused or started.
    qint64 m_leftMs = 0;
    qint64 m_startedMs = 0;
    bool m_running = false;
};

} // namespace iamm
