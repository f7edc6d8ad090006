// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/tallymodel.h"

#include <algorithm>

namespace iamm::gui {

void TallyModel::reset(const iamm::Framework &framework, const QList<iamm::Contribution> &contributions)
{
    beginResetModel();
    m_scale = framework.scale;
    m_itemIds.clear();
    for (const iamm::FrameworkItem *item : framework.items())
        m_itemIds << item->id;
    m_rows.clear();
    for (const iamm::Contribution &contribution : contributions)
        m_rows << Row{contribution};
    m_removed.clear();
    endResetModel();
    emit dirtyChanged();
}

QList<iamm::Contribution> TallyModel::changedRows() const
{
    QList<iamm::Contribution> changed;
    for (const Row &row : m_rows) {
        if (row.changed)
            changed << row.contribution;
    }
    return changed;
}

QStringList TallyModel::namesToRemove() const
{
    QSet<QString> kept;
    QList<iamm::Contribution> gone;
    for (const Row &row : m_rows) {
        kept.insert(row.contribution.participant);
        if (row.changed && row.contribution.id != 0 && row.contribution.participant.isEmpty())
            gone << row.contribution;
    }
    for (const iamm::Contribution &removed : m_removed) {
        if (removed.participant.isEmpty() || !kept.contains(removed.participant))
            gone << removed;
    }
    // Removing the last first keeps the "Participant N" names of the others unchanged.
    std::sort(gone.begin(), gone.end(), [](const auto &a, const auto &b) { return a.position > b.position; });
    QStringList names;
    for (const iamm::Contribution &contribution : gone)
        names << contribution.shownName();
    return names;
}

bool TallyModel::isDirty() const
{
    return !m_removed.isEmpty() || std::any_of(m_rows.cbegin(), m_rows.cend(), [](const Row &r) { return r.changed; });
}

int TallyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TallyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_itemIds.size());
}

QVariant TallyModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const iamm::Rating value = rating(index.row(), index.column());
    switch (role) {
    case Qt::DisplayRole:
        return cellText(value);
    case LevelRole:
        return value.score.value_or(-1);
    case NotApplicableRole:
        return value.notApplicable;
    case AccessibleTextRole: {
        const QString view = value.notApplicable ? tr("not applicable")
                             : value.score       ? tr("level %1").arg(*value.score)
                                                 : tr("no view");
        return tr("%1, item %2: %3").arg(participantText(index.row()), m_itemIds.at(index.column()), view);
    }
    default:
        return {};
    }
}

QVariant TallyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || section < 0)
        return {};
    if (orientation == Qt::Horizontal)
        return section < m_itemIds.size() ? QVariant(m_itemIds.at(section)) : QVariant();
    return section < m_rows.size() ? QVariant(participantText(section)) : QVariant();
}

QHash<int, QByteArray> TallyModel::roleNames() const
{
    return {{Qt::DisplayRole, "display"},
            {LevelRole, "level"},
            {NotApplicableRole, "notApplicable"},
            {AccessibleTextRole, "accessibleText"}};
}

bool TallyModel::setCell(int row, int column, const QString &typed)
{
    if (row < 0 || row >= m_rows.size() || column < 0 || column >= m_itemIds.size())
        return false;
    const std::optional<iamm::Rating> value = parse(typed);
    if (!value)
        return false;
    if (*value == rating(row, column))
        return true;
    const bool wasDirty = isDirty();
    setRating(m_rows[row], m_itemIds.at(column), *value);
    const QModelIndex changed = index(row, column);
    emit dataChanged(changed, changed);
    if (!wasDirty)
        emit dirtyChanged();
    return true;
}

bool TallyModel::canAdd(const QString &name) const
{
    const QString trimmed = name.trimmed();
    return !trimmed.isEmpty() && std::none_of(m_rows.cbegin(), m_rows.cend(), [&](const Row &r) {
        return r.contribution.shownName().compare(trimmed, Qt::CaseInsensitive) == 0;
    });
}

int TallyModel::addParticipant(const QString &name, const QString &agency)
{
    if (!canAdd(name))
        return -1;
    const bool wasDirty = isDirty();
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    iamm::Contribution contribution;
    contribution.participant = name.trimmed();
    contribution.agency = agency.trimmed();
    m_rows << Row{contribution, true};
    endInsertRows();
    if (!wasDirty)
        emit dirtyChanged();
    return row;
}

bool TallyModel::removeParticipant(int row)
{
    if (row < 0 || row >= m_rows.size())
        return false;
    const bool wasDirty = isDirty();
    beginRemoveRows({}, row, row);
    const Row removed = m_rows.takeAt(row);
    if (removed.contribution.id != 0)
        m_removed << removed.contribution;
    endRemoveRows();
    if (wasDirty != isDirty())
        emit dirtyChanged();
    return true;
}

std::optional<iamm::Rating> TallyModel::parse(const QString &typed) const
{
    const QString text = typed.trimmed().toLower();
    if (text.isEmpty() || text == QLatin1String("-"))
        return iamm::Rating::notAssessed();
    if (m_scale.allowNotApplicable
        && (text == QLatin1String("n") || text == QLatin1String("na") || text == QLatin1String("n/a")))
        return iamm::Rating::na();
    bool isNumber = false;
    const int level = text.toInt(&isNumber);
    if (isNumber && text.size() == 1 && m_scale.contains(level))
        return iamm::Rating::level(level);
    return std::nullopt;
}

iamm::Rating TallyModel::rating(int row, int column) const
{
    const iamm::ContributionView *view = m_rows.at(row).contribution.view(m_itemIds.at(column));
    return view ? view->rating : iamm::Rating::notAssessed();
}

QString TallyModel::cellText(const iamm::Rating &rating) const
{
    if (rating.notApplicable)
        return tr("N/A");
    return rating.score ? QString::number(*rating.score) : QString();
}

QString TallyModel::participantText(int row) const
{
    const iamm::Contribution &contribution = m_rows.at(row).contribution;
    return contribution.agency.isEmpty() ? contribution.shownName()
                                         : tr("%1 (%2)").arg(contribution.shownName(), contribution.agency);
}

void TallyModel::setRating(Row &row, const QString &itemId, const iamm::Rating &rating)
{
    QList<iamm::ContributionView> &views = row.contribution.views;
    const auto it = std::find_if(views.begin(), views.end(), [&](const auto &v) { return v.itemId == itemId; });
    // A view that only carries a comment keeps the comment.
    if (it == views.end())
        views << iamm::ContributionView{itemId, rating, {}};
    else if (rating == iamm::Rating::notAssessed() && it->comment.isEmpty())
        views.erase(it);
    else
        it->rating = rating;
    row.changed = true;
}

} // namespace iamm::gui
