// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/actionlistmodel.h"

namespace iamm::gui {

int ActionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ActionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const iamm::Action &action = m_rows.at(index.row());
    switch (role) {
    case ActionIdRole:
        return action.id;
    case TextRole:
        return action.text;
    case OwnerRole:
        return action.owner;
    case DueRole:
        return action.due.toString(Qt::ISODate);
    case StatusRole:
        return iamm::vocabulary::toText(action.status);
    case ReviewRole:
        return action.review ? iamm::vocabulary::toText(*action.review) : QString();
    default:
        return {};
    }
}

QHash<int, QByteArray> ActionListModel::roleNames() const
{
    return {{ActionIdRole, "actionId"}, {TextRole, "text"},     {OwnerRole, "owner"},
            {DueRole, "due"},           {StatusRole, "status"}, {ReviewRole, "review"}};
}

void ActionListModel::setAll(const QList<iamm::Action> &actions)
{
    m_all = actions;
    showItem(m_itemId);
}

void ActionListModel::showItem(const QString &itemId)
{
    beginResetModel();
    m_itemId = itemId;
    m_rows.clear();
    for (const iamm::Action &action : std::as_const(m_all)) {
        if (action.itemId == itemId)
            m_rows.append(action);
    }
    endResetModel();
    emit countChanged();
}

void ActionListModel::add(const iamm::Action &action)
{
    m_all.append(action);
    if (action.itemId != m_itemId)
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
    m_rows.append(action);
    endInsertRows();
    emit countChanged();
}

void ActionListModel::update(const iamm::Action &action)
{
    for (iamm::Action &stored : m_all) {
        if (stored.id == action.id)
            stored = action;
    }
    const int row = rowOf(action.id);
    if (row < 0)
        return;
    m_rows[row] = action;
    emit dataChanged(index(row), index(row));
}

void ActionListModel::remove(qint64 actionId)
{
    m_all.removeIf([actionId](const iamm::Action &action) { return action.id == actionId; });
    const int row = rowOf(actionId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    emit countChanged();
}

const iamm::Action *ActionListModel::find(qint64 actionId) const
{
    for (const iamm::Action &action : m_all) {
        if (action.id == actionId)
            return &action;
    }
    return nullptr;
}

int ActionListModel::rowOf(qint64 actionId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == actionId)
            return i;
    }
    return -1;
}

} // namespace iamm::gui
