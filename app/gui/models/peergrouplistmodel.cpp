// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/peergrouplistmodel.h"

namespace iamm::gui {

int PeerGroupListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant PeerGroupListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const iamm::PeerGroup &group = m_rows.at(index.row());
    switch (role) {
    case GroupIdRole:
        return group.id;
    case NameRole:
        return group.name;
    case FullNameRole:
        return group.fullName;
    case ShippedRole:
        return group.shipped;
    case MemberCountRole:
        return int(group.members.size());
    case LabelRole:
        return group.name == group.id ? group.id : tr("%1 (%2)").arg(group.name, group.id);
    default:
        return {};
    }
}

QHash<int, QByteArray> PeerGroupListModel::roleNames() const
{
    return {{GroupIdRole, "groupId"},         {NameRole, "name"},  {FullNameRole, "fullName"}, {ShippedRole, "shipped"},
            {MemberCountRole, "memberCount"}, {LabelRole, "label"}};
}

void PeerGroupListModel::update(const QList<iamm::PeerGroup> &groups)
{
    beginResetModel();
    m_rows = groups;
    endResetModel();
    emit countChanged();
}

const iamm::PeerGroup *PeerGroupListModel::find(const QString &groupId) const
{
    const int row = rowOf(groupId);
    return row < 0 ? nullptr : &m_rows.at(row);
}

int PeerGroupListModel::rowOf(const QString &groupId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id.compare(groupId, Qt::CaseInsensitive) == 0)
            return row;
    }
    return -1;
}

QString PeerGroupListModel::groupIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

} // namespace iamm::gui
