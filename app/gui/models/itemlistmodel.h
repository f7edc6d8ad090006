// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assessment/assessment.h"
#include "framework/framework.h"

#include <QAbstractListModel>
#include <QSet>
#include <QtQml/qqmlregistration.h>

namespace iamm::gui {

// The items of the open assessment in framework order with their ratings, for the
// navigation pane, the summary chart and the presenter. A change touches one row only.
class ItemListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("ItemListModel belongs to AssessmentSession")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        ItemIdRole = Qt::UserRole + 1,
        SectionIdRole,
        SectionTitleRole,
        NumberRole,
        TextRole,
        ScoreRole, // -1 when there is no level
        NotApplicableRole,
        AssessedRole,
        TargetRole, // -1 when no target is set
        EffectiveTargetRole, // the target, else the scale's default target
        RatingTextRole,
        DivergentRole, // the participants' views on the item diverge
    };

    struct Row
    {
        const iamm::FrameworkItem *item = nullptr;
        QString sectionTitle;
        iamm::Response response;
        bool divergent = false;
    };

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void reset(const iamm::Framework *framework, const QList<iamm::Response> &responses);
    // Takes the texts of framework, the same items in another language, keeping the responses.
    void showTexts(const iamm::Framework *framework);
    const iamm::Framework *framework() const { return m_framework; }
    void setResponse(int row, const iamm::Response &response);
    // Marks the items whose participants' views diverge; only rows that change are signalled.
    void setDivergent(const QSet<QString> &itemIds);
    const Row &row(int row) const { return m_rows.at(row); }
    const QList<Row> &rows() const { return m_rows; }
    int rowOf(const QString &itemId) const;
    // Signals every row's rating text again, in the newly installed language.
    void retranslate();

    Q_INVOKABLE QString itemIdAt(int row) const;

signals:
    void countChanged();

private:
    QString ratingText(const iamm::Response &response) const;

    const iamm::Framework *m_framework = nullptr;
    QList<Row> m_rows;
};

} // namespace iamm::gui
