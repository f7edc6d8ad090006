// SPDX-License-Identifier: GPL-3.0-or-later
#include "controllers/itemnavigator.h"

#include "controllers/autosavequeue.h"
#include "values/itemmatch.h"
#include "controllers/openassessment.h"

namespace iamm::gui {

ItemNavigator::ItemNavigator(const OpenAssessment &open, QObject *parent)
    : QObject(parent)
    , m_open(open)
    , m_items(new ItemListModel(this))
    , m_walkthrough(new WalkthroughOrderModel(m_items, this))
    , m_textLanguage(new FrameworkLanguage(this))
{
    connect(this, &ItemNavigator::currentItemChanged, this, &ItemNavigator::itemTextsChanged);
    connect(this, &ItemNavigator::itemTextsChanged, this,
            [this] { m_textLanguage->setShownItem(m_items->framework(), itemId()); });
}

void ItemNavigator::reset(const iamm::Framework *framework, const QList<iamm::Response> &responses)
{
    m_items->reset(framework, responses);
    m_currentIndex = -1;
    m_walkthrough->setCurrentSourceRow(-1);
}

void ItemNavigator::showTexts(const iamm::Framework *framework)
{
    m_items->showTexts(framework);
    emit itemTextsChanged();
}

void ItemNavigator::clear()
{
    reset(nullptr, {});
    emit currentItemChanged();
}

const ItemListModel::Row *ItemNavigator::currentRow() const
{
    if (m_currentIndex < 0 || m_currentIndex >= m_items->rowCount())
        return nullptr;
    return &m_items->row(m_currentIndex);
}

QString ItemNavigator::itemId() const
{
    const ItemListModel::Row *row = currentRow();
    return row ? row->item->id : QString();
}

QString ItemNavigator::sectionId() const
{
    const ItemListModel::Row *row = currentRow();
    return row ? row->item->sectionId : QString();
}

QString ItemNavigator::sectionTitle() const
{
    const ItemListModel::Row *row = currentRow();
    return row ? row->sectionTitle : QString();
}

int ItemNavigator::itemNumber() const
{
    const ItemListModel::Row *row = currentRow();
    return row ? row->item->number : 0;
}

QString ItemNavigator::itemText() const
{
    const ItemListModel::Row *row = currentRow();
    return row ? row->item->text : QString();
}

QString ItemNavigator::itemHeading() const
{
    const ItemListModel::Row *row = currentRow();
    return row ? row->item->heading : QString();
}

QString ItemNavigator::itemSource() const
{
    const ItemListModel::Row *row = currentRow();
    return row ? row->item->source : QString();
}

QStringList ItemNavigator::guidingQuestions() const
{
    const ItemListModel::Row *row = currentRow();
    return row ? row->item->guidingQuestions : QStringList();
}

QStringList ItemNavigator::subtopics() const
{
    const ItemListModel::Row *row = currentRow();
    QStringList texts;
    if (!row)
        return texts;
    for (const iamm::ChecklistEntry &entry : row->item->subtopics)
        texts << (entry.group.isEmpty() ? entry.text : QStringLiteral("%1: %2").arg(entry.group, entry.text));
    return texts;
}

void ItemNavigator::goTo(int index)
{
    if (!m_open.isOpen() || index < 0 || index >= m_items->rowCount() || index == m_currentIndex)
        return;
    m_open.autosave->flush();
    m_currentIndex = index;
    m_walkthrough->setCurrentSourceRow(index);
    emit currentItemChanged();
}

bool ItemNavigator::goToItem(const QString &itemId)
{
    const int row = m_items->rowOf(itemId);
    goTo(row);
    return row >= 0;
}

void ItemNavigator::next()
{
    goTo(m_walkthrough->sourceRowAfterCurrent(1));
}

void ItemNavigator::previous()
{
    goTo(m_walkthrough->sourceRowAfterCurrent(-1));
}

bool ItemNavigator::nextUnassessed()
{
    const int count = m_items->rowCount();
    for (int step = 1; step <= count; ++step) {
        const int index = (m_currentIndex + step) % count;
        const iamm::Response &response = m_items->row(index).response;
        if (!response.counts() && !response.rating.notApplicable) {
            goTo(index);
            return true;
        }
    }
    return false;
}

QVariantList ItemNavigator::findItems(const QString &text) const
{
    QVariantList matches;
    const QString needle = text.trimmed();
    for (int i = 0; i < m_items->rowCount(); ++i) {
        const iamm::FrameworkItem *item = m_items->row(i).item;
        if (needle.isEmpty() || item->id.contains(needle, Qt::CaseInsensitive)
            || item->text.contains(needle, Qt::CaseInsensitive)
            || item->heading.contains(needle, Qt::CaseInsensitive)) {
            matches.append(QVariant::fromValue(ItemMatch{i, item->id, item->text}));
        }
    }
    return matches;
}

} // namespace iamm::gui
