// SPDX-License-Identifier: GPL-3.0-or-later
#include "framework/framework.h"

namespace iamm {

const ScaleLevel *Scale::level(int value) const
{
    for (const ScaleLevel &l : levels) {
        if (l.value == value)
            return &l;
    }
    return nullptr;
}

const FrameworkItem *Framework::item(const QString &itemId) const
{
    for (const FrameworkSection &section : sections) {
        for (const FrameworkItem &i : section.items) {
            if (i.id == itemId)
                return &i;
        }
    }
    return nullptr;
}

QList<const FrameworkItem *> Framework::items() const
{
    QList<const FrameworkItem *> all;
    for (const FrameworkSection &section : sections) {
        for (const FrameworkItem &i : section.items)
            all.append(&i);
    }
    return all;
}

QStringList Framework::itemIds() const
{
    QStringList ids;
    for (const FrameworkItem *i : items())
        ids.append(i->id);
    return ids;
}

int Framework::itemCount() const
{
    int count = 0;
    for (const FrameworkSection &section : sections)
        count += int(section.items.size());
    return count;
}

const FrameworkItem *Framework::itemOfEntry(const QString &entryId) const
{
    for (const FrameworkItem *i : items()) {
        for (const auto *list : {&i->subtopics, &i->statements}) {
            for (const ChecklistEntry &e : *list) {
                if (e.id == entryId)
                    return i;
            }
        }
    }
    return nullptr;
}

const ChecklistEntry *Framework::entry(const QString &entryId) const
{
    const FrameworkItem *owner = itemOfEntry(entryId);
    if (!owner)
        return nullptr;
    for (const auto *list : {&owner->subtopics, &owner->statements}) {
        for (const ChecklistEntry &e : *list) {
            if (e.id == entryId)
                return &e;
        }
    }
    return nullptr;
}

TranslationStatus Framework::statusOf(const QString &textKey) const
{
    return untranslatedKeys.contains(textKey) ? TranslationStatus::Original : translationStatus;
}

} // namespace iamm
