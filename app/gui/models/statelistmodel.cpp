// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/statelistmodel.h"

#include "common/iammerror.h"
#include "common/uilanguage.h"
#include "qmlsupport/statenames.h"

namespace iamm::gui {

StateListModel::StateListModel(QObject *parent)
    : QAbstractListModel(parent)
{
    refill();
}

int StateListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant StateListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const iamm::StateInfo &state = m_rows.at(index.row());
    switch (role) {
    case CodeRole:
        return state.code;
    case NameRole:
        return iamm::StateCatalog::nameIn(state, iamm::UiLanguage::codeOf(iamm::UiLanguage::current()));
    case OfficialNameRole:
        return state.officialName;
    default:
        return {};
    }
}

QHash<int, QByteArray> StateListModel::roleNames() const
{
    return {{CodeRole, "code"}, {NameRole, "name"}, {OfficialNameRole, "officialName"}};
}

void StateListModel::setFilterText(const QString &text)
{
    if (text == m_filterText)
        return;
    m_filterText = text;
    refill();
    emit filterTextChanged();
}

QString StateListModel::codeAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).code : QString();
}

QString StateListModel::nameOf(const QString &code) const
{
    return displayStateName(code);
}

void StateListModel::refill()
{
    QList<iamm::StateInfo> states;
    try {
        // search() ranks exact matches ("UK", "USA") first and sorts by name within each rank.
        states = iamm::StateCatalog::instance().search(m_filterText);
    } catch (const iamm::IammError &error) {
        m_problem = error.message();
    }
    states.removeIf([](const iamm::StateInfo &state) { return state.withdrawn; });
    beginResetModel();
    m_rows = states;
    endResetModel();
    emit countChanged();
    emit problemChanged();
}

} // namespace iamm::gui
