// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assessment/assessment.h"
#include "framework/framework.h"

#include <QAbstractListModel>
#include <QHash>
#include <QtQml/qqmlregistration.h>

namespace iamm::gui {

// The sub-topics and statements of the current item with their checklist status.
// Holds every status of the assessment so moving between items needs no database read.
class ChecklistModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("ChecklistModel belongs to AssessmentSession")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role { EntryIdRole = Qt::UserRole + 1, TextRole, KindRole, GroupRole, SourceRole, StatusRole };

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setStatuses(const QList<iamm::ChecklistStatus> &statuses);
    void showItem(const iamm::FrameworkItem *item);
    void setStatus(const QString &entryId, const QString &status);
    // As shown: empty for none.
    QString statusOf(const QString &entryId) const { return m_statusByEntry.value(entryId); }
    // setStatuses, telling the views, e.g. after someone else's change.
    void replaceStatuses(const QList<iamm::ChecklistStatus> &statuses);

signals:
    void countChanged();

private:
    struct Row
    {
        const iamm::ChecklistEntry *entry;
        QString kind;
    };

    QHash<QString, QString> m_statusByEntry;
    QList<Row> m_rows;
};

} // namespace iamm::gui
