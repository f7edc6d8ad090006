// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/gapitemmodel.h"

#include <algorithm>

namespace iamm::gui {

int GapItemModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant GapItemModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows.at(index.row());
    const iamm::ItemGap &gap = row.gap;
    const std::optional<iamm::PeerSpread> &peer = gap.comparison.peer;
    switch (role) {
    case ItemIdRole:
        return gap.id;
    case SectionIdRole:
        return gap.sectionId;
    case NumberRole:
        return row.number;
    case TextRole:
        return row.text;
    case ScoreRole:
        return gap.score.value_or(-1);
    case NotApplicableRole:
        return gap.notApplicable;
    case TargetRole:
        return gap.target;
    case GapToTargetRole:
        return gap.gapToTarget.value_or(-1);
    case HasPeersRole:
        return peer.has_value();
    case PeerCountRole:
        return peer ? peer->n : 0;
    case PeerMinRole:
        return peer ? peer->min : 0.0;
    case PeerQ1Role:
        return peer ? peer->q1 : 0.0;
    case PeerMedianRole:
        return peer ? peer->median : 0.0;
    case PeerQ3Role:
        return peer ? peer->q3 : 0.0;
    case PeerMaxRole:
        return peer ? peer->max : 0.0;
    case PeerMeanRole:
        return peer ? peer->mean : 0.0;
    case PercentileRankRole:
        return gap.comparison.percentileRank.value_or(-1.0);
    case GapToMedianRole:
        return gap.comparison.gapToMedian.value_or(0.0);
    case HasGapToMedianRole:
        return gap.comparison.gapToMedian.has_value();
    default:
        return {};
    }
}

QHash<int, QByteArray> GapItemModel::roleNames() const
{
    return {
        {ItemIdRole, "itemId"},
        {SectionIdRole, "sectionId"},
        {NumberRole, "number"},
        {TextRole, "text"},
        {ScoreRole, "score"},
        {NotApplicableRole, "notApplicable"},
        {TargetRole, "target"},
        {GapToTargetRole, "gapToTarget"},
        {HasPeersRole, "hasPeers"},
        {PeerCountRole, "peerCount"},
        {PeerMinRole, "peerMin"},
        {PeerQ1Role, "peerQ1"},
        {PeerMedianRole, "peerMedian"},
        {PeerQ3Role, "peerQ3"},
        {PeerMaxRole, "peerMax"},
        {PeerMeanRole, "peerMean"},
        {PercentileRankRole, "percentileRank"},
        {GapToMedianRole, "gapToMedian"},
        {HasGapToMedianRole, "hasGapToMedian"},
    };
}

void GapItemModel::reset(const QList<iamm::ItemGap> &items, const iamm::Framework *framework)
{
    QList<Row> rows;
    for (const iamm::ItemGap &gap : items) {
        const iamm::FrameworkItem *item = framework ? framework->item(gap.id) : nullptr;
        rows.append({gap, item ? item->number : 0, item ? item->text : QString()});
    }
    // The same items with new figures (another group or minimum): update the rows in place so
    // the views keep their delegates instead of building them all again.
    const bool sameItems = std::equal(rows.cbegin(), rows.cend(), m_rows.cbegin(), m_rows.cend(),
                                      [](const Row &a, const Row &b) { return a.gap.id == b.gap.id; });
    if (sameItems && !rows.isEmpty()) {
        m_rows = rows;
        emit dataChanged(index(0), index(int(m_rows.size()) - 1));
        return;
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
    emit countChanged();
}

void GapItemModel::clear()
{
    reset({}, nullptr);
}

int GapItemModel::rowOf(const QString &itemId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).gap.id == itemId)
            return row;
    }
    return -1;
}

QVariantMap GapItemModel::get(int row) const
{
    QVariantMap values;
    const QModelIndex index = this->index(row);
    const QHash<int, QByteArray> names = roleNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        values.insert(QString::fromLatin1(it.value()), data(index, it.key()));
    return values;
}

} // namespace iamm::gui
