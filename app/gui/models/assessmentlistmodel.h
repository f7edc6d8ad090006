// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assessment/assessment.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace iamm::gui {

// The assessments in the database, newest first, for the start page.
class AssessmentListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("AssessmentListModel belongs to Workshop")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        AssessmentIdRole = Qt::UserRole + 1,
        StateCodeRole,
        StateNameRole,
        TitleRole,
        DateRole,
        StatusRole,
        IsFinalRole,
        FrameworkIdRole,
        ItemCountRole,
        ScoredCountRole,
        NotApplicableCountRole,
        RemainingCountRole,
    };

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Changes rows in place when the same assessments are listed in the same order (so a
    // delegate whose button caused the change survives it); otherwise resets the model.
    void update(const QList<iamm::AssessmentInfo> &assessments);
    const iamm::AssessmentInfo *find(const QString &assessmentId) const;

signals:
    void countChanged();

private:
    QList<iamm::AssessmentInfo> m_rows;
};

} // namespace iamm::gui
