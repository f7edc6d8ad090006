// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assessment/assessment.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace iamm::gui {

// The actions planned for the current item. Holds the whole assessment's actions so
// moving between items needs no database read.
class ActionListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("ActionListModel belongs to AssessmentSession")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    // ReviewRole: where the review of an action carried over from the previous round stands, empty for others.
    enum Role { ActionIdRole = Qt::UserRole + 1, TextRole, OwnerRole, DueRole, StatusRole, ReviewRole };

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setAll(const QList<iamm::Action> &actions);
    void showItem(const QString &itemId);
    void add(const iamm::Action &action);
    void update(const iamm::Action &action);
    void remove(qint64 actionId);
    const iamm::Action *find(qint64 actionId) const;
    const QList<iamm::Action> &all() const { return m_all; }

signals:
    void countChanged();

private:
    int rowOf(qint64 actionId) const;

    QList<iamm::Action> m_all;
    QString m_itemId;
    QList<iamm::Action> m_rows;
};

} // namespace iamm::gui
