// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/walkthroughordermodel.h"

#include "models/itemlistmodel.h"

namespace iamm::gui {

WalkthroughOrderModel::WalkthroughOrderModel(ItemListModel *items, QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSourceModel(items);
    setSortRole(ItemListModel::DivergentRole);
    sort(0);
    connect(this, &QAbstractItemModel::layoutChanged, this, &WalkthroughOrderModel::currentRowChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &WalkthroughOrderModel::currentRowChanged);
    connect(items, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &first, const QModelIndex &last, const QList<int> &roles) {
                if (roles.contains(ItemListModel::DivergentRole))
                    emitGroupChanged(first.row(), last.row());
            });
}

QVariant WalkthroughOrderModel::data(const QModelIndex &index, int role) const
{
    const QModelIndex source = mapToSource(index);
    if (role == SourceRowRole)
        return source.row();
    if (role == WalkthroughGroupRole) {
        if (divergentFirst() && source.data(ItemListModel::DivergentRole).toBool())
            return divergentGroup();
        return source.data(ItemListModel::SectionIdRole);
    }
    return QSortFilterProxyModel::data(index, role);
}

QHash<int, QByteArray> WalkthroughOrderModel::roleNames() const
{
    QHash<int, QByteArray> names = QSortFilterProxyModel::roleNames();
    names.insert(SourceRowRole, "sourceRow");
    names.insert(WalkthroughGroupRole, "walkthroughGroup");
    return names;
}

bool WalkthroughOrderModel::divergentFirst() const
{
    return m_order == iamm::WalkthroughOrder::DivergentFirst;
}

void WalkthroughOrderModel::setDivergentFirst(bool divergentFirst)
{
    const auto order = divergentFirst ? iamm::WalkthroughOrder::DivergentFirst : iamm::WalkthroughOrder::Framework;
    if (order == m_order)
        return;
    m_order = order;
    invalidate();
    emit divergentFirstChanged();
}

int WalkthroughOrderModel::currentRow() const
{
    if (m_currentSourceRow < 0 || m_currentSourceRow >= sourceModel()->rowCount())
        return -1;
    return mapFromSource(sourceModel()->index(m_currentSourceRow, 0)).row();
}

QString WalkthroughOrderModel::divergentGroup()
{
    return QStringLiteral("views-differ");
}

void WalkthroughOrderModel::setCurrentSourceRow(int sourceRow)
{
    m_currentSourceRow = sourceRow;
    emit currentRowChanged();
}

int WalkthroughOrderModel::sourceRowAfterCurrent(int steps) const
{
    const int current = currentRow();
    const int row = current < 0 ? -1 : current + steps;
    if (row < 0 || row >= rowCount())
        return -1;
    return mapToSource(index(row, 0)).row();
}

bool WalkthroughOrderModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    return iamm::visitsBefore(stopAt(left), stopAt(right), m_order);
}

void WalkthroughOrderModel::emitGroupChanged(int firstSourceRow, int lastSourceRow)
{
    for (int row = firstSourceRow; row <= lastSourceRow; ++row) {
        const QModelIndex proxyIndex = mapFromSource(sourceModel()->index(row, 0));
        emit dataChanged(proxyIndex, proxyIndex, {WalkthroughGroupRole});
    }
}

iamm::WalkthroughStop WalkthroughOrderModel::stopAt(const QModelIndex &sourceIndex) const
{
    return {sourceIndex.row(), sourceIndex.data(ItemListModel::DivergentRole).toBool()};
}

} // namespace iamm::gui
