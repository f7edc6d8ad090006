// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rounds/roundsoverview.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace iamm::gui {

// The assessments in the database for the start page, the rounds of a state together, with the change in
// overall mean since each one's previous round.
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
        StateRoundCountRole,
        PreviousDateRole, // empty without a previous round
        OverallRole, // undefined when not computed (a state with one assessment) or without a mean
        PreviousOverallRole,
        OverallChangeRole,
    };

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Changes rows in place when the same assessments are listed in the same order (so a
    // delegate whose button caused the change survives it); otherwise resets the model.
    void update(const QList<iamm::RoundEntry> &assessments);
    const iamm::AssessmentInfo *find(const QString &assessmentId) const;
    // The state names again, in the language now installed.
    void retranslate();
    // For the heading above a state's rounds: how many assessments the state has (0 when unknown).
    Q_INVOKABLE int roundCountOf(const QString &stateCode) const;
    Q_INVOKABLE static QString stateNameOf(const QString &stateCode);

signals:
    void countChanged();

private:
    QList<iamm::RoundEntry> m_rows;
};

} // namespace iamm::gui
