// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/peergrouprecords.h"

#include "store/sqlconnection.h"

#include <QDateTime>

namespace iamm {

PeerGroupRecords::PeerGroupRecords(SqlConnection &connection)
    : m_connection(connection)
{}

QList<PeerGroup> PeerGroupRecords::groups() const
{
    QList<PeerGroup> all;
    QSqlQuery query = m_connection.run(
        QStringLiteral("SELECT id, name, copied_from, created_at FROM peer_groups ORDER BY id"));
    while (query.next()) {
        PeerGroup group;
        group.id = query.value(0).toString();
        group.name = query.value(1).toString();
        group.fullName = group.name;
        group.copiedFrom = query.value(2).toString();
        if (!group.copiedFrom.isEmpty())
            group.remarks = QStringLiteral("Copied from %1").arg(group.copiedFrom);
        group.createdAt = QDateTime::fromString(query.value(3).toString(), Qt::ISODate);
        QSqlQuery members = m_connection.run(QStringLiteral("SELECT state_code FROM peer_group_members "
                                                            "WHERE group_id = ? ORDER BY position"),
                                             {group.id});
        while (members.next())
            group.members << members.value(0).toString();
        all << group;
    }
    return all;
}

void PeerGroupRecords::insert(const QString &id, const QString &name, const QStringList &members)
{
    Transaction transaction(m_connection);
    m_connection.run(QStringLiteral("INSERT INTO peer_groups (id, name, created_at) VALUES (?, ?, ?)"),
                     {id, name, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)});
    for (int i = 0; i < members.size(); ++i)
        m_connection.run(QStringLiteral("INSERT INTO peer_group_members (group_id, state_code, position) "
                                        "VALUES (?, ?, ?)"),
                         {id, members[i], i});
    transaction.commit();
}

void PeerGroupRecords::setCopiedFrom(const QString &id, const QString &sourceId)
{
    m_connection.run(QStringLiteral("UPDATE peer_groups SET copied_from = ? WHERE id = ?"), {sourceId, id});
}

void PeerGroupRecords::rename(const QString &id, const QString &name)
{
    m_connection.run(QStringLiteral("UPDATE peer_groups SET name = ? WHERE id = ?"), {name, id});
}

void PeerGroupRecords::addMembers(const QString &id, const QStringList &codes, int firstPosition)
{
    Transaction transaction(m_connection);
    int position = firstPosition;
    for (const QString &code : codes)
        m_connection.run(QStringLiteral("INSERT INTO peer_group_members (group_id, state_code, position) "
                                        "VALUES (?, ?, ?) ON CONFLICT (group_id, state_code) DO NOTHING"),
                         {id, code, position++});
    transaction.commit();
}

void PeerGroupRecords::removeMembers(const QString &id, const QStringList &codes)
{
    Transaction transaction(m_connection);
    for (const QString &code : codes)
        m_connection.run(QStringLiteral("DELETE FROM peer_group_members WHERE group_id = ? AND state_code = ?"),
                         {id, code});
    transaction.commit();
}

void PeerGroupRecords::remove(const QString &id)
{
    m_connection.run(QStringLiteral("DELETE FROM peer_groups WHERE id = ?"), {id});
}

void PeerGroupRecords::replace(const PeerGroup &group)
{
    Transaction transaction(m_connection);
    remove(group.id);
    insert(group.id, group.name, group.members);
    m_connection.run(
        QStringLiteral("UPDATE peer_groups SET copied_from = ?, created_at = ? WHERE id = ?"),
        {group.copiedFrom.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(group.copiedFrom),
         group.createdAt.toUTC().toString(Qt::ISODate), group.id});
    transaction.commit();
}

} // namespace iamm
