// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "framework/translationstatus.h"

#include <QHash>
#include <QString>

namespace iamm {

// The texts of one framework in one language (format "iamm-framework-translation",
// frameworks/framework-translation.schema.json), keyed as FrameworkTexts names them.
struct FrameworkTranslation
{
    QString frameworkId;
    QString language; // ISO 639-1 code: "fr", "es"
    TranslationStatus status = TranslationStatus::WorkingTranslation;
    QString source; // where an official translation comes from
    QHash<QString, QString> texts;
    QString origin; // file it was loaded from
};

} // namespace iamm
