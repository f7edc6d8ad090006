// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workshop/agendaplan.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>
#include <optional>

namespace iamm::gui {

// The sessions of the workshop's agenda in order, each with its items and time box.
class AgendaModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("AgendaModel belongs to AgendaController")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role { TitleRole = Qt::UserRole + 1, FirstItemRole, LastItemRole, MinutesRole, ItemCountRole };

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setPlan(const iamm::AgendaPlan &plan);
    void clear();
    // The agenda shown, none when no assessment is open.
    const std::optional<iamm::AgendaPlan> &plan() const { return m_plan; }

signals:
    void countChanged();

private:
    std::optional<iamm::AgendaPlan> m_plan;
};

} // namespace iamm::gui
