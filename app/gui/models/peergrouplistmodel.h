// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "peers/peergroup.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace iamm::gui {

// The peer groups: the shipped reference groups first (read-only), then the user's own.
class PeerGroupListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("PeerGroupListModel belongs to PeerGroupManager")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        GroupIdRole = Qt::UserRole + 1,
        NameRole,
        FullNameRole,
        ShippedRole,
        MemberCountRole,
        // "Name (id)" for a choice list.
        LabelRole,
    };

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void update(const QList<iamm::PeerGroup> &groups);
    const iamm::PeerGroup *find(const QString &groupId) const;

    Q_INVOKABLE int rowOf(const QString &groupId) const;
    Q_INVOKABLE QString groupIdAt(int row) const;

signals:
    void countChanged();

private:
    QList<iamm::PeerGroup> m_rows;
};

} // namespace iamm::gui
