// SPDX-License-Identifier: GPL-3.0-or-later
#include "workshop/countdown.h"

#include <algorithm>

namespace iamm {

Countdown::Countdown(int seconds)
{
    reset(seconds);
}

void Countdown::start(qint64 nowMs)
{
    m_leftMs = qint64(m_totalSeconds) * 1000;
    m_startedMs = nowMs;
    m_running = true;
}

void Countdown::pause(qint64 nowMs)
{
    if (!m_running)
        return;
    m_leftMs = remainingMs(nowMs);
    m_running = false;
}

void Countdown::resume(qint64 nowMs)
{
    if (m_running)
        return;
    m_startedMs = nowMs;
    m_running = true;
}

void Countdown::reset(int seconds)
{
    m_totalSeconds = std::max(seconds, 0);
    m_leftMs = qint64(m_totalSeconds) * 1000;
    m_startedMs = 0;
    m_running = false;
}

qint64 Countdown::remainingMs(qint64 nowMs) const
{
    if (!m_running)
        return m_leftMs;
    // A clock that went backwards counts as no time passed.
    const qint64 elapsed = std::max<qint64>(nowMs - m_startedMs, 0);
    return std::max<qint64>(m_leftMs - elapsed, 0);
}

int Countdown::remainingSeconds(qint64 nowMs) const
{
    return int((remainingMs(nowMs) + 999) / 1000);
}

bool Countdown::isOver(qint64 nowMs) const
{
    return remainingMs(nowMs) == 0;
}

QString Countdown::text(qint64 nowMs) const
{
    const int seconds = remainingSeconds(nowMs);
    return QStringLiteral("%1:%2")
        .arg(seconds / 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace iamm
