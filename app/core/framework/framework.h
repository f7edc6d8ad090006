// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include "framework/translationstatus.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace iamm {

struct ScaleLevel
{
    int value = 0;
    QString label;
    QString descriptor;
};

struct Scale
{
    int min = 0;
    int max = 4;
    int defaultTarget = 3;
    bool allowNotApplicable = true;
    QString notApplicableLabel;
    QList<ScaleLevel> levels;

    bool contains(int value) const { return value >= min && value <= max; }
    const ScaleLevel *level(int value) const;
};

// A sub-topic of an item or an individual statement (practice) attached to it;
// both carry a checklist status in an assessment.
struct ChecklistEntry
{
    QString id;
    QString text;
    QString group;
    QString source;
};

struct FrameworkItem
{
    QString id;
    QString sectionId;
    int number = 0;
    QString text;
    QString heading;
    QString source;
    QStringList guidingQuestions;
    QList<ChecklistEntry> subtopics;
    QList<ChecklistEntry> statements;
};

struct FrameworkSection
{
    QString id;
    QString title;
    QString officialTitle;
    QString source;
    QList<FrameworkItem> items;
};

class Framework
{
public:
    QString id;
    QString version;
    QString title;
    QString description;
    QString sourceDocument;
    Scale scale;
    QList<FrameworkSection> sections;
    QString hash; // SHA-256 of the canonical JSON
    QByteArray canonicalJson; // what an assessment pins in the database
    QString origin; // file it was loaded from, or "database"
    // The language of the texts: the English original, or a translation (FrameworkTexts::translated)
    // whose texts not in untranslatedKeys are the translator's.
    QString language = QStringLiteral("en");
    TranslationStatus translationStatus = TranslationStatus::Original;
    QString translationSource;
    QSet<QString> untranslatedKeys;

    const FrameworkItem *item(const QString &itemId) const;
    QList<const FrameworkItem *> items() const;
    QStringList itemIds() const;
    int itemCount() const;
    // The item an entry (sub-topic or statement) belongs to, or nullptr.
    const FrameworkItem *itemOfEntry(const QString &entryId) const;
    const ChecklistEntry *entry(const QString &entryId) const;
    // Whose words the text under a FrameworkTexts key is in this framework.
    TranslationStatus statusOf(const QString &textKey) const;
};

} // namespace iamm
