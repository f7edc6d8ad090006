// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workshop/agendasession.h"

#include <QList>
#include <QStringList>

namespace iamm {

class Framework;

// An agenda read against the framework: which items each session covers (framework order, from its
// first to its last item) and how long the whole takes.
class AgendaPlan
{
public:
    AgendaPlan(QList<AgendaSession> sessions, const Framework &framework);

    const QList<AgendaSession> &sessions() const { return m_sessions; }
    // The first session covering itemId, -1 when none does.
    int sessionIndexOf(const QString &itemId) const;
    // The items of session index in framework order; none for an index out of range or a session whose
    // items are not (or not in order) in the framework.
    QList<QString> itemsOf(int index) const;
    int totalMinutes() const;

    // What is wrong with session against framework (empty title, an item not in it, first after last,
    // minutes outside minMinutes–maxMinutes), or an empty string when nothing is.
    static QString problem(const AgendaSession &session, const Framework &framework);

    static constexpr int minMinutes = 1;
    static constexpr int maxMinutes = 480;

private:
    QList<AgendaSession> m_sessions;
    QStringList m_itemIds;
};

} // namespace iamm
