// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assessment/assessment.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace iamm::gui {

// The evidence of the current item. Holds the whole assessment's evidence (without file
// bytes) so moving between items needs no database read.
class EvidenceListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("EvidenceListModel belongs to AssessmentSession")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        EvidenceIdRole = Qt::UserRole + 1,
        KindRole,
        TitleRole,
        TextRole,
        ConfidentialRole,
        FileNameRole,
        SizeTextRole,
        CreatedAtRole,
    };

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setAll(const QList<iamm::Evidence> &evidence);
    void showItem(const QString &itemId);
    void add(const iamm::Evidence &evidence);
    void remove(qint64 evidenceId);
    const iamm::Evidence *find(qint64 evidenceId) const;
    int countFor(const QString &itemId) const;

signals:
    void countChanged();

private:
    QList<iamm::Evidence> m_all;
    QString m_itemId;
    QList<iamm::Evidence> m_rows;
};

} // namespace iamm::gui
