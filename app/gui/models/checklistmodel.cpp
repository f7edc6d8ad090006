// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/checklistmodel.h"

namespace iamm::gui {

int ChecklistModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ChecklistModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case EntryIdRole:
        return row.entry->id;
    case TextRole:
        return row.entry->text;
    case KindRole:
        return row.kind;
    case GroupRole:
        return row.entry->group;
    case SourceRole:
        return row.entry->source;
    case StatusRole:
        return m_statusByEntry.value(row.entry->id);
    default:
        return {};
    }
}

QHash<int, QByteArray> ChecklistModel::roleNames() const
{
    return {{EntryIdRole, "entryId"}, {TextRole, "text"},     {KindRole, "kind"},
            {GroupRole, "group"},     {SourceRole, "source"}, {StatusRole, "status"}};
}

void ChecklistModel::setStatuses(const QList<iamm::ChecklistStatus> &statuses)
{
    m_statusByEntry.clear();
    for (const iamm::ChecklistStatus &status : statuses)
        m_statusByEntry.insert(status.entryId, iamm::vocabulary::toText(status.status));
}

void ChecklistModel::replaceStatuses(const QList<iamm::ChecklistStatus> &statuses)
{
    setStatuses(statuses);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1), {StatusRole});
}

void ChecklistModel::showItem(const iamm::FrameworkItem *item)
{
    beginResetModel();
    m_rows.clear();
    if (item) {
        for (const iamm::ChecklistEntry &entry : item->subtopics)
            m_rows.append({&entry, QStringLiteral("subtopic")});
        for (const iamm::ChecklistEntry &entry : item->statements)
            m_rows.append({&entry, QStringLiteral("statement")});
    }
    endResetModel();
    emit countChanged();
}

void ChecklistModel::setStatus(const QString &entryId, const QString &status)
{
    if (status.isEmpty())
        m_statusByEntry.remove(entryId);
    else
        m_statusByEntry.insert(entryId, status);
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).entry->id == entryId)
            emit dataChanged(index(i), index(i), {StatusRole});
    }
}

} // namespace iamm::gui
