// SPDX-License-Identifier: GPL-3.0-or-later
#include "voting/pollballot.h"

namespace iamm {

void PollBallot::open(const QString &itemId)
{
    m_current = itemId;
    m_open = true;
    if (!m_items.contains(itemId))
        m_items << itemId;
}

void PollBallot::close()
{
    m_open = false;
}

void PollBallot::reopen()
{
    m_open = !m_current.isEmpty();
}

void PollBallot::revote()
{
    if (m_current.isEmpty())
        return;
    m_votes.remove(m_current);
    m_open = true;
}

PollBallot::Outcome PollBallot::cast(const PollVote &vote)
{
    if (vote.itemId != m_current)
        return Outcome::WrongItem;
    if (!m_open)
        return Outcome::Closed;
    if (!m_clients.contains(vote.client))
        m_clients << vote.client;
    m_votes[m_current].insert(vote.client, vote);
    return Outcome::Counted;
}

int PollBallot::count() const
{
    return int(m_votes.value(m_current).size());
}

QList<PollVote> PollBallot::votes(const QString &itemId) const
{
    QList<PollVote> list;
    const QHash<QString, PollVote> byClient = m_votes.value(itemId);
    for (const QString &client : m_clients) {
        const auto it = byClient.constFind(client);
        if (it != byClient.constEnd())
            list << *it;
    }
    return list;
}

QList<PollVote> PollBallot::allVotes() const
{
    QList<PollVote> list;
    for (const QString &client : m_clients) {
        for (const QString &item : m_items) {
            const QHash<QString, PollVote> byClient = m_votes.value(item);
            const auto it = byClient.constFind(client);
            if (it != byClient.constEnd())
                list << *it;
        }
    }
    return list;
}

} // namespace iamm
