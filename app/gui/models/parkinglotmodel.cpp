// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/parkinglotmodel.h"

#include <algorithm>

namespace iamm::gui {

int ParkingLotModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ParkingLotModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const iamm::ParkedQuestion &question = m_rows.at(index.row());
    switch (role) {
    case QuestionIdRole:
        return question.id;
    case ItemIdRole:
        return question.itemId;
    case TextRole:
        return question.text;
    case DoneRole:
        return question.done;
    default:
        return {};
    }
}

QHash<int, QByteArray> ParkingLotModel::roleNames() const
{
    return {{QuestionIdRole, "questionId"}, {ItemIdRole, "itemId"}, {TextRole, "text"}, {DoneRole, "done"}};
}

void ParkingLotModel::setAll(const QList<iamm::ParkedQuestion> &questions)
{
    beginResetModel();
    m_rows = questions;
    std::stable_partition(m_rows.begin(), m_rows.end(), [](const iamm::ParkedQuestion &q) { return !q.done; });
    endResetModel();
    emit countChanged();
}

int ParkingLotModel::openCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const iamm::ParkedQuestion &q) { return !q.done; }));
}

int ParkingLotModel::openCountFor(const QString &itemId) const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [&](const iamm::ParkedQuestion &q) { return !q.done && q.itemId == itemId; }));
}

} // namespace iamm::gui
