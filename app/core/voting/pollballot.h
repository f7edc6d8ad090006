// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "voting/pollvote.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace iamm {

// The votes of one voting session, per item and per client id: one item at a time is current,
// open or closed. Pure logic, no sockets.
class PollBallot
{
public:
    enum class Outcome { Counted, WrongItem, Closed };

    // Makes itemId current and open; votes already cast on it are kept.
    void open(const QString &itemId);
    void close();
    // Opens the current item again, keeping its votes; no effect without a current item.
    void reopen();
    // Drops the current item's votes and opens it again.
    void revote();

    QString currentItem() const { return m_current; }
    bool isOpen() const { return m_open; }
    // Counted replaces the client's earlier vote on the item.
    Outcome cast(const PollVote &vote);
    // Votes on the current item.
    int count() const;
    // The votes on itemId in the order their clients first voted in the session.
    QList<PollVote> votes(const QString &itemId) const;
    // Every vote of the session, clients in order of their first vote, items in order of opening.
    QList<PollVote> allVotes() const;
    // Client ids in order of their first vote in the session.
    QStringList clients() const { return m_clients; }
    // Items in the order they were first opened.
    QStringList items() const { return m_items; }

private:
    QString m_current;
    bool m_open = false;
    QStringList m_items;
    QStringList m_clients;
    // Item id → client id → vote.
    QHash<QString, QHash<QString, PollVote>> m_votes;
};

} // namespace iamm
