// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/agendamodel.h"

namespace iamm::gui {

int AgendaModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_plan ? 0 : int(m_plan->sessions().size());
}

QVariant AgendaModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const iamm::AgendaSession &session = m_plan->sessions().at(index.row());
    switch (role) {
    case TitleRole:
        return session.title;
    case FirstItemRole:
        return session.firstItem;
    case LastItemRole:
        return session.lastItem;
    case MinutesRole:
        return session.minutes;
    case ItemCountRole:
        return int(m_plan->itemsOf(index.row()).size());
    default:
        return {};
    }
}

QHash<int, QByteArray> AgendaModel::roleNames() const
{
    return {{TitleRole, "title"},
            {FirstItemRole, "firstItem"},
            {LastItemRole, "lastItem"},
            {MinutesRole, "minutes"},
            {ItemCountRole, "itemCount"}};
}

void AgendaModel::setPlan(const iamm::AgendaPlan &plan)
{
    beginResetModel();
    m_plan = plan;
    endResetModel();
    emit countChanged();
}

void AgendaModel::clear()
{
    beginResetModel();
    m_plan.reset();
    endResetModel();
    emit countChanged();
}

} // namespace iamm::gui
