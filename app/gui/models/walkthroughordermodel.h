// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workshop/walkthroughorder.h"

#include <QSortFilterProxyModel>
#include <QtQml/qqmlregistration.h>

namespace iamm::gui {

class ItemListModel;

// The open assessment's items in the order the walkthrough visits them, for the navigation pane:
// framework order, or the items where views differ first. Adds the row in framework order
// ("sourceRow") and the heading each row falls under ("walkthroughGroup": the section id, or
// divergentGroup for the items where views differ when those come first).
class WalkthroughOrderModel : public QSortFilterProxyModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("WalkthroughOrderModel belongs to ItemNavigator")
    Q_PROPERTY(bool divergentFirst READ divergentFirst WRITE setDivergentFirst NOTIFY divergentFirstChanged)
    // The current item's row in this order, -1 when there is none.
    Q_PROPERTY(int currentRow READ currentRow NOTIFY currentRowChanged)
    Q_PROPERTY(QString divergentGroup READ divergentGroup CONSTANT)

public:
    enum Role {
        SourceRowRole = Qt::UserRole + 100,
        WalkthroughGroupRole,
    };

    explicit WalkthroughOrderModel(ItemListModel *items, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    bool divergentFirst() const;
    void setDivergentFirst(bool divergentFirst);
    int currentRow() const;
    static QString divergentGroup();

    // The item the navigator shows, as its row in framework order (-1 for none).
    void setCurrentSourceRow(int sourceRow);
    // The row in framework order that comes steps rows after (before, when negative) the
    // current one in this order; -1 past either end.
    int sourceRowAfterCurrent(int steps) const;

signals:
    void divergentFirstChanged();
    void currentRowChanged();

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void emitGroupChanged(int firstSourceRow, int lastSourceRow);
    iamm::WalkthroughStop stopAt(const QModelIndex &sourceIndex) const;

    iamm::WalkthroughOrder m_order = iamm::WalkthroughOrder::Framework;
    int m_currentSourceRow = -1;
};

} // namespace iamm::gui
