// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workshop/parkedquestion.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace iamm::gui {

// The workshop's parking lot: the questions to come back to, open ones first, each with its item.
class ParkingLotModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("ParkingLotModel belongs to FacilitationController")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role { QuestionIdRole = Qt::UserRole + 1, ItemIdRole, TextRole, DoneRole };

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Open questions first, each group in order of creation.
    void setAll(const QList<iamm::ParkedQuestion> &questions);
    int openCount() const;
    int openCountFor(const QString &itemId) const;

signals:
    void countChanged();

private:
    QList<iamm::ParkedQuestion> m_rows;
};

} // namespace iamm::gui
