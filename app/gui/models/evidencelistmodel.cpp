// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/evidencelistmodel.h"

#include <QLocale>

namespace iamm::gui {

int EvidenceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant EvidenceListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const iamm::Evidence &evidence = m_rows.at(index.row());
    switch (role) {
    case EvidenceIdRole:
        return evidence.id;
    case KindRole:
        return iamm::vocabulary::toText(evidence.kind);
    case TitleRole:
        return evidence.title;
    case TextRole:
        return evidence.text;
    case ConfidentialRole:
        return evidence.confidential;
    case FileNameRole:
        return evidence.fileName;
    case SizeTextRole:
        return evidence.kind == iamm::EvidenceKind::File ? QLocale().formattedDataSize(evidence.size) : QString();
    case CreatedAtRole:
        return QLocale().toString(evidence.createdAt.toLocalTime(), QLocale::ShortFormat);
    default:
        return {};
    }
}

QHash<int, QByteArray> EvidenceListModel::roleNames() const
{
    return {
        {EvidenceIdRole, "evidenceId"},
        {KindRole, "kind"},
        {TitleRole, "title"},
        {TextRole, "text"},
        {ConfidentialRole, "confidential"},
        {FileNameRole, "fileName"},
        {SizeTextRole, "sizeText"},
        {CreatedAtRole, "createdAt"},
    };
}

void EvidenceListModel::setAll(const QList<iamm::Evidence> &evidence)
{
    m_all = evidence;
    showItem(m_itemId);
}

void EvidenceListModel::showItem(const QString &itemId)
{
    beginResetModel();
    m_itemId = itemId;
    m_rows.clear();
    for (const iamm::Evidence &evidence : std::as_const(m_all)) {
        if (evidence.itemId == itemId)
            m_rows.append(evidence);
    }
    endResetModel();
    emit countChanged();
}

void EvidenceListModel::add(const iamm::Evidence &evidence)
{
    m_all.append(evidence);
    if (evidence.itemId != m_itemId)
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
    m_rows.append(evidence);
    endInsertRows();
    emit countChanged();
}

void EvidenceListModel::remove(qint64 evidenceId)
{
    m_all.removeIf([evidenceId](const iamm::Evidence &evidence) { return evidence.id == evidenceId; });
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == evidenceId) {
            beginRemoveRows({}, i, i);
            m_rows.removeAt(i);
            endRemoveRows();
            emit countChanged();
            return;
        }
    }
}

const iamm::Evidence *EvidenceListModel::find(qint64 evidenceId) const
{
    for (const iamm::Evidence &evidence : m_all) {
        if (evidence.id == evidenceId)
            return &evidence;
    }
    return nullptr;
}

int EvidenceListModel::countFor(const QString &itemId) const
{
    return int(std::count_if(m_all.begin(), m_all.end(),
                             [&itemId](const iamm::Evidence &evidence) { return evidence.itemId == itemId; }));
}

} // namespace iamm::gui
