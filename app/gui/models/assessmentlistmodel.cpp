// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/assessmentlistmodel.h"

#include "qmlsupport/statenames.h"

#include <algorithm>

namespace iamm::gui {

int AssessmentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant AssessmentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const iamm::AssessmentInfo &info = m_rows.at(index.row());
    switch (role) {
    case AssessmentIdRole:
        return info.id;
    case StateCodeRole:
        return info.stateCode;
    case StateNameRole:
        return displayStateName(info.stateCode);
    case TitleRole:
        return info.title;
    case DateRole:
        return info.date.toString(Qt::ISODate);
    case StatusRole:
        return iamm::vocabulary::toText(info.status);
    case IsFinalRole:
        return info.isFinal();
    case FrameworkIdRole:
        return info.frameworkId;
    case ItemCountRole:
        return info.itemCount;
    case ScoredCountRole:
        return info.scoredCount;
    case NotApplicableCountRole:
        return info.notApplicableCount;
    case RemainingCountRole:
        return info.remainingCount();
    default:
        return {};
    }
}

QHash<int, QByteArray> AssessmentListModel::roleNames() const
{
    return {
        {AssessmentIdRole, "assessmentId"},
        {StateCodeRole, "stateCode"},
        {StateNameRole, "stateName"},
        {TitleRole, "title"},
        {DateRole, "date"},
        {StatusRole, "status"},
        {IsFinalRole, "isFinal"},
        {FrameworkIdRole, "frameworkId"},
        {ItemCountRole, "itemCount"},
        {ScoredCountRole, "scoredCount"},
        {NotApplicableCountRole, "notApplicableCount"},
        {RemainingCountRole, "remainingCount"},
    };
}

void AssessmentListModel::update(const QList<iamm::AssessmentInfo> &assessments)
{
    const bool sameRows = std::equal(m_rows.begin(), m_rows.end(), assessments.begin(), assessments.end(),
                                     [](const auto &a, const auto &b) { return a.id == b.id; });
    if (sameRows) {
        m_rows = assessments;
        if (!m_rows.isEmpty())
            emit dataChanged(index(0), index(rowCount() - 1));
        return;
    }
    beginResetModel();
    m_rows = assessments;
    endResetModel();
    emit countChanged();
}

const iamm::AssessmentInfo *AssessmentListModel::find(const QString &assessmentId) const
{
    for (const iamm::AssessmentInfo &info : m_rows) {
        if (info.id == assessmentId)
            return &info;
    }
    return nullptr;
}

} // namespace iamm::gui
