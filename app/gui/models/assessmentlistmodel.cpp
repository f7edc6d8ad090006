// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/assessmentlistmodel.h"

#include "qmlsupport/statenames.h"

#include <algorithm>

namespace iamm::gui {

namespace {

QVariant optionalValue(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant();
}

} // namespace

int AssessmentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant AssessmentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const iamm::RoundEntry &entry = m_rows.at(index.row());
    const iamm::AssessmentInfo &info = entry.info;
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
    case StateRoundCountRole:
        return entry.stateRoundCount;
    case PreviousDateRole:
        return entry.previous ? entry.previous->date.toString(Qt::ISODate) : QString();
    case OverallRole:
        return optionalValue(entry.overall);
    case PreviousOverallRole:
        return optionalValue(entry.previousOverall);
    case OverallChangeRole:
        return optionalValue(entry.overallChange());
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
        {StateRoundCountRole, "stateRoundCount"},
        {PreviousDateRole, "previousDate"},
        {OverallRole, "overall"},
        {PreviousOverallRole, "previousOverall"},
        {OverallChangeRole, "overallChange"},
    };
}

void AssessmentListModel::update(const QList<iamm::RoundEntry> &assessments)
{
    const bool sameRows = std::equal(m_rows.begin(), m_rows.end(), assessments.begin(), assessments.end(),
                                     [](const auto &a, const auto &b) { return a.info.id == b.info.id; });
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
    for (const iamm::RoundEntry &entry : m_rows) {
        if (entry.info.id == assessmentId)
            return &entry.info;
    }
    return nullptr;
}

void AssessmentListModel::retranslate()
{
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(rowCount() - 1), {StateNameRole});
}

int AssessmentListModel::roundCountOf(const QString &stateCode) const
{
    for (const iamm::RoundEntry &entry : m_rows) {
        if (entry.info.stateCode == stateCode)
            return entry.stateRoundCount;
    }
    return 0;
}

QString AssessmentListModel::stateNameOf(const QString &stateCode)
{
    return displayStateName(stateCode);
}

} // namespace iamm::gui
