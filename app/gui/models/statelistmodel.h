// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalogs/statecatalog.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace iamm::gui {

// States and territories from ISO 3166, narrowed by what the user types.
class StateListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString filterText READ filterText WRITE setFilterText NOTIFY filterTextChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    // Why the list is empty when the ISO 3166 data could not be read.
    Q_PROPERTY(QString problem READ problem NOTIFY problemChanged)

public:
    enum Role { CodeRole = Qt::UserRole + 1, NameRole, OfficialNameRole };

    explicit StateListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString filterText() const { return m_filterText; }
    void setFilterText(const QString &text);
    QString problem() const { return m_problem; }

    Q_INVOKABLE QString codeAt(int row) const;
    Q_INVOKABLE QString nameOf(const QString &code) const;

signals:
    void filterTextChanged();
    void countChanged();
    void problemChanged();

private:
    void refill();

    QString m_filterText;
    QString m_problem;
    QList<iamm::StateInfo> m_rows;
};

} // namespace iamm::gui
