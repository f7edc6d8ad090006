// SPDX-License-Identifier: GPL-3.0-or-later
#include "voting/ratelimiter.h"

#include <QElapsedTimer>

namespace iamm {

namespace {

constexpr qint64 windowMs = 1000;

qint64 monotonicMs()
{
    static QElapsedTimer timer;
    if (!timer.isValid())
        timer.start();
    return timer.elapsed();
}

} // namespace

RateLimiter::RateLimiter(int perSecond, Clock clock)
    : m_perSecond(perSecond)
    , m_clock(clock ? std::move(clock) : Clock(monotonicMs))
{}

bool RateLimiter::allow(const QString &key)
{
    const qint64 now = m_clock();
    if (now - m_lastSweep > 10 * windowMs)
        forgetIdleKeys(now);
    std::deque<qint64> &times = m_recent[key];
    while (!times.empty() && now - times.front() >= windowMs)
        times.pop_front();
    if (int(times.size()) >= m_perSecond)
        return false;
    times.push_back(now);
    return true;
}

// Keeps the table as small as the number of keys seen in the last second.
void RateLimiter::forgetIdleKeys(qint64 now)
{
    m_lastSweep = now;
    for (auto it = m_recent.begin(); it != m_recent.end();) {
        if (it->empty() || now - it->back() >= windowMs)
            it = m_recent.erase(it);
        else
            ++it;
    }
}

} // namespace iamm
