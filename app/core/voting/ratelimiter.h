// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <deque>
#include <functional>

namespace iamm {

// Requests allowed per key (a client id, a network address) within any one second: a request is
// refused when the key already had its limit of allowed requests in the last 1,000 ms. Refused
// requests do not count. The clock (milliseconds) can be replaced for tests.
class RateLimiter
{
public:
    using Clock = std::function<qint64()>;

    explicit RateLimiter(int perSecond, Clock clock = {});

    int perSecond() const { return m_perSecond; }
    // Counts the request and returns true, or returns false when the key is over its limit.
    bool allow(const QString &key);

private:
    void forgetIdleKeys(qint64 now);

    int m_perSecond;
    Clock m_clock;
    QHash<QString, std::deque<qint64>> m_recent;
    qint64 m_lastSweep = 0;
};

} // namespace iamm
