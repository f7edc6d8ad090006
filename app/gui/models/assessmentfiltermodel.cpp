// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/assessmentfiltermodel.h"

namespace iamm::gui {

AssessmentFilterModel::AssessmentFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    connect(this, &QAbstractItemModel::rowsInserted, this, &AssessmentFilterModel::countChanged);
    connect(this, &QAbstractItemModel::rowsRemoved, this, &AssessmentFilterModel::countChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &AssessmentFilterModel::countChanged);
    connect(this, &QAbstractItemModel::layoutChanged, this, &AssessmentFilterModel::countChanged);
}

void AssessmentFilterModel::setAssessments(AssessmentListModel *assessments)
{
    if (m_assessments == assessments)
        return;
    m_assessments = assessments;
    setSourceModel(assessments);
    emit assessmentsChanged();
    emit countChanged();
}

void AssessmentFilterModel::setText(const QString &text)
{
    if (m_filter.text == text)
        return;
    m_filter.text = text;
    refilter();
}

void AssessmentFilterModel::setStatus(Status status)
{
    if (this->status() == status)
        return;
    m_filter.status = iamm::AssessmentFilter::Status(status);
    refilter();
}

bool AssessmentFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex row = sourceModel()->index(sourceRow, 0, sourceParent);
    iamm::AssessmentInfo info;
    info.stateCode = row.data(AssessmentListModel::StateCodeRole).toString();
    info.title = row.data(AssessmentListModel::TitleRole).toString();
    info.status = row.data(AssessmentListModel::IsFinalRole).toBool() ? iamm::AssessmentStatus::Final
                                                                      : iamm::AssessmentStatus::Draft;
    return m_filter.matches(info, row.data(AssessmentListModel::StateNameRole).toString());
}

void AssessmentFilterModel::refilter()
{
    invalidateRowsFilter();
    emit filterChanged();
    emit countChanged();
}

} // namespace iamm::gui
