// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "framework/framework.h"
#include "workshop/contribution.h"

#include <QAbstractTableModel>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace iamm::gui {

// The paper worksheets as typed: one row per participant, one column per item, each cell a
// level, "N/A" or empty. What may be typed into a cell is decided here, not in the page.
class TallyModel : public QAbstractTableModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("TallyModel belongs to TallyController")

public:
    enum Role { LevelRole = Qt::UserRole + 1, NotApplicableRole, AccessibleTextRole };

    using QAbstractTableModel::QAbstractTableModel;

    // Shows the contributions as they are stored; nothing is changed yet.
    void reset(const iamm::Framework &framework, const QList<iamm::Contribution> &contributions);
    // The rows that changed since reset, ready to be written.
    QList<iamm::Contribution> changedRows() const;
    // The stored contributions (by shown name, last first) that the changed rows leave out or
    // replace without a name to match them by.
    QStringList namesToRemove() const;
    bool isDirty() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // "0" to the top level, "n", "na" or "N/A" for not applicable, "" or "-" for no view;
    // anything else is refused and changes nothing.
    Q_INVOKABLE bool setCell(int row, int column, const QString &typed);
    // Whether a participant of that name can be added: a name, and not one already in the table.
    Q_INVOKABLE bool canAdd(const QString &name) const;
    // Adds an empty row and returns it, or -1 when the name cannot be added.
    Q_INVOKABLE int addParticipant(const QString &name, const QString &agency);
    Q_INVOKABLE bool removeParticipant(int row);

signals:
    void dirtyChanged();

private:
    struct Row
    {
        iamm::Contribution contribution;
        bool changed = false;
    };

    std::optional<iamm::Rating> parse(const QString &typed) const;
    iamm::Rating rating(int row, int column) const;
    QString cellText(const iamm::Rating &rating) const;
    QString participantText(int row) const;
    void setRating(Row &row, const QString &itemId, const iamm::Rating &rating);

    iamm::Scale m_scale;
    QStringList m_itemIds;
    QList<Row> m_rows;
    QList<iamm::Contribution> m_removed;
};

} // namespace iamm::gui
