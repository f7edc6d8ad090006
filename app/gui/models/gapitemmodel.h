// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "framework/framework.h"
#include "peers/gapresult.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace iamm::gui {

// The items of a gap analysis for the comparison page: the state's level and target
// against the spread of the peers' levels. The peer roles only make sense where hasPeers
// is true (at least the minimum number of peers have a level for the item).
class GapItemModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("GapItemModel belongs to PeerComparisonController")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        ItemIdRole = Qt::UserRole + 1,
        SectionIdRole,
        NumberRole,
        TextRole,
        ScoreRole, // -1 when there is no counted level
        NotApplicableRole,
        TargetRole,
        GapToTargetRole, // -1 when there is no counted level
        HasPeersRole,
        PeerCountRole,
        PeerMinRole,
        PeerQ1Role,
        PeerMedianRole,
        PeerQ3Role,
        PeerMaxRole,
        PeerMeanRole,
        PercentileRankRole, // -1 when there is none
        GapToMedianRole,
        HasGapToMedianRole,
    };

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The framework gives each item its number and text; items it does not know keep their id only.
    void reset(const QList<iamm::ItemGap> &items, const iamm::Framework *framework);
    void clear();

    Q_INVOKABLE int rowOf(const QString &itemId) const;
    // Every role of the row by name, for the tests and for tool tips.
    Q_INVOKABLE QVariantMap get(int row) const;

signals:
    void countChanged();

private:
    struct Row
    {
        iamm::ItemGap gap;
        int number = 0;
        QString text;
    };

    QList<Row> m_rows;
};

} // namespace iamm::gui
