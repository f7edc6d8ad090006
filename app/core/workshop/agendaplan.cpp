// SPDX-License-Identifier: GPL-3.0-or-later
#include "workshop/agendaplan.h"

#include "framework/framework.h"

#include <QCoreApplication>

namespace iamm {

AgendaPlan::AgendaPlan(QList<AgendaSession> sessions, const Framework &framework)
    : m_sessions(std::move(sessions))
    , m_itemIds(framework.itemIds())
{}

int AgendaPlan::sessionIndexOf(const QString &itemId) const
{
    for (int i = 0; i < m_sessions.size(); ++i) {
        if (itemsOf(i).contains(itemId))
            return i;
    }
    return -1;
}

QList<QString> AgendaPlan::itemsOf(int index) const
{
    if (index < 0 || index >= m_sessions.size())
        return {};
    const AgendaSession &session = m_sessions.at(index);
    const qsizetype first = m_itemIds.indexOf(session.firstItem);
    const qsizetype last = m_itemIds.indexOf(session.lastItem);
    if (first < 0 || last < first)
        return {};
    return m_itemIds.mid(first, last - first + 1);
}

int AgendaPlan::totalMinutes() const
{
    int total = 0;
    for (const AgendaSession &session : m_sessions)
        total += session.minutes;
    return total;
}

QString AgendaPlan::problem(const AgendaSession &session, const Framework &framework)
{
    if (session.title.trimmed().isEmpty())
        return QCoreApplication::translate("AgendaPlan", "the session has no title");
    for (const QString &itemId : {session.firstItem, session.lastItem}) {
        if (!framework.item(itemId))
            return QCoreApplication::translate("AgendaPlan", "framework %1 has no item \"%2\"")
                .arg(framework.id, itemId);
    }
    const QStringList itemIds = framework.itemIds();
    if (itemIds.indexOf(session.firstItem) > itemIds.indexOf(session.lastItem))
        return QCoreApplication::translate("AgendaPlan", "its first item %1 comes after its last item %2")
            .arg(session.firstItem, session.lastItem);
    if (session.minutes < minMinutes || session.minutes > maxMinutes)
        return QCoreApplication::translate("AgendaPlan", "%1 minutes is outside %2–%3")
            .arg(session.minutes)
            .arg(minMinutes)
            .arg(maxMinutes);
    return {};
}

} // namespace iamm
