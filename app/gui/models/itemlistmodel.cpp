// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/itemlistmodel.h"

namespace iamm::gui {

int ItemListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ItemListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &r = m_rows.at(index.row());
    const iamm::Response &response = r.response;
    switch (role) {
    case ItemIdRole:
        return r.item->id;
    case SectionIdRole:
        return r.item->sectionId;
    case SectionTitleRole:
        return r.sectionTitle;
    case NumberRole:
        return r.item->number;
    case TextRole:
        return r.item->text;
    case ScoreRole:
        return response.counts() ? *response.rating.score : -1;
    case NotApplicableRole:
        return response.rating.notApplicable;
    case AssessedRole:
        return response.counts() || response.rating.notApplicable;
    case TargetRole:
        return response.target.value_or(-1);
    case EffectiveTargetRole:
        return response.target.value_or(m_framework->scale.defaultTarget);
    case RatingTextRole:
        return ratingText(response);
    case DivergentRole:
        return r.divergent;
    default:
        return {};
    }
}

QHash<int, QByteArray> ItemListModel::roleNames() const
{
    return {
        {ItemIdRole, "itemId"},
        {SectionIdRole, "sectionId"},
        {SectionTitleRole, "sectionTitle"},
        {NumberRole, "number"},
        {TextRole, "itemText"},
        {ScoreRole, "score"},
        {NotApplicableRole, "notApplicable"},
        {AssessedRole, "assessed"},
        {TargetRole, "target"},
        {EffectiveTargetRole, "effectiveTarget"},
        {RatingTextRole, "ratingText"},
        {DivergentRole, "divergent"},
    };
}

void ItemListModel::reset(const iamm::Framework *framework, const QList<iamm::Response> &responses)
{
    QHash<QString, iamm::Response> byItem;
    for (const iamm::Response &response : responses)
        byItem.insert(response.itemId, response);
    beginResetModel();
    m_framework = framework;
    m_rows.clear();
    if (framework) {
        for (const iamm::FrameworkSection &section : framework->sections) {
            for (const iamm::FrameworkItem &item : section.items) {
                iamm::Response response = byItem.value(item.id);
                response.itemId = item.id;
                m_rows.append({&item, section.title, response});
            }
        }
    }
    endResetModel();
    emit countChanged();
}

void ItemListModel::showTexts(const iamm::Framework *framework)
{
    m_framework = framework;
    int row = 0;
    for (const iamm::FrameworkSection &section : framework->sections) {
        for (const iamm::FrameworkItem &item : section.items) {
            m_rows[row].item = &item;
            m_rows[row].sectionTitle = section.title;
            ++row;
        }
    }
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1), {TextRole, SectionTitleRole});
}

void ItemListModel::setResponse(int row, const iamm::Response &response)
{
    m_rows[row].response = response;
    emit dataChanged(index(row), index(row));
}

void ItemListModel::setDivergent(const QSet<QString> &itemIds)
{
    for (int row = 0; row < m_rows.size(); ++row) {
        const bool divergent = itemIds.contains(m_rows.at(row).item->id);
        if (m_rows.at(row).divergent == divergent)
            continue;
        m_rows[row].divergent = divergent;
        emit dataChanged(index(row), index(row), {DivergentRole});
    }
}

int ItemListModel::rowOf(const QString &itemId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).item->id == itemId)
            return i;
    }
    return -1;
}

void ItemListModel::retranslate()
{
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1), {RatingTextRole});
}

QString ItemListModel::itemIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).item->id : QString();
}

QString ItemListModel::ratingText(const iamm::Response &response) const
{
    if (response.rating.notApplicable)
        return tr("N/A");
    if (response.counts())
        return tr("Level %1").arg(*response.rating.score);
    return tr("Not assessed");
}

} // namespace iamm::gui
