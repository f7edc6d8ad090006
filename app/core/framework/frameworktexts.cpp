// SPDX-License-Identifier: GPL-3.0-or-later
#include "framework/frameworktexts.h"

namespace iamm {

namespace {

void visitIfPresent(const QString &key, QString &text, const FrameworkTexts::Visitor &visit)
{
    if (!text.isEmpty())
        visit(key, text);
}

} // namespace

void FrameworkTexts::forEach(Framework &framework, const Visitor &visit)
{
    visitIfPresent(QStringLiteral("title"), framework.title, visit);
    visitIfPresent(QStringLiteral("description"), framework.description, visit);
    visitIfPresent(QStringLiteral("scale.notApplicableLabel"), framework.scale.notApplicableLabel, visit);
    for (int i = 0; i < framework.scale.levels.size(); ++i) {
        const QString prefix = QStringLiteral("scale.levels.%1.").arg(i);
        visitIfPresent(prefix + QStringLiteral("label"), framework.scale.levels[i].label, visit);
        visitIfPresent(prefix + QStringLiteral("descriptor"), framework.scale.levels[i].descriptor, visit);
    }
    for (FrameworkSection &section : framework.sections) {
        const QString prefix = QStringLiteral("sections.%1.").arg(section.id);
        visitIfPresent(prefix + QStringLiteral("title"), section.title, visit);
        visitIfPresent(prefix + QStringLiteral("officialTitle"), section.officialTitle, visit);
        for (FrameworkItem &item : section.items)
            forEachInItem(item, visit);
    }
}

void FrameworkTexts::forEachInItem(FrameworkItem &item, const Visitor &visit)
{
    const QString prefix = QStringLiteral("items.%1.").arg(item.id);
    visitIfPresent(prefix + QStringLiteral("text"), item.text, visit);
    visitIfPresent(prefix + QStringLiteral("heading"), item.heading, visit);
    for (int i = 0; i < item.guidingQuestions.size(); ++i)
        visitIfPresent(prefix + QStringLiteral("questions.%1").arg(i), item.guidingQuestions[i], visit);
    const std::pair<const char *, QList<ChecklistEntry> *> lists[] = {{"subtopics", &item.subtopics},
                                                                      {"statements", &item.statements}};
    for (const auto &[name, entries] : lists) {
        for (ChecklistEntry &entry : *entries) {
            const QString entryPrefix = prefix + QStringLiteral("%1.%2.").arg(QLatin1String(name), entry.id);
            visitIfPresent(entryPrefix + QStringLiteral("text"), entry.text, visit);
            visitIfPresent(entryPrefix + QStringLiteral("group"), entry.group, visit);
        }
    }
}

QStringList FrameworkTexts::keys(const Framework &framework)
{
    QStringList keys;
    Framework copy = framework;
    forEach(copy, [&keys](const QString &key, QString &) { keys << key; });
    return keys;
}

Framework FrameworkTexts::translated(const Framework &framework, const FrameworkTranslation &translation)
{
    Framework result = framework;
    result.language = translation.language;
    result.translationStatus = translation.status;
    result.translationSource = translation.source;
    forEach(result, [&](const QString &key, QString &text) {
        const auto found = translation.texts.constFind(key);
        if (found == translation.texts.cend())
            result.untranslatedKeys.insert(key);
        else
            text = *found;
    });
    return result;
}

} // namespace iamm
