// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "framework/framework.h"
#include "framework/frameworktranslation.h"

namespace iamm {

// Reads a translation file (format "iamm-framework-translation",
// frameworks/framework-translation.schema.json) and checks it against its framework.
// Errors name the file and the JSON path or text key; nothing is half-loaded.
class FrameworkTranslationLoader
{
public:
    // A translation lies beside its framework as FRAMEWORK-ID.LANGUAGE.json ("iamm-2004.fr.json").
    static bool isTranslationFileName(const QString &fileName);

    // Checks the file on its own: format, language, status (an official one names its source)
    // and that no text is empty.
    static FrameworkTranslation loadFile(const QString &path);
    static FrameworkTranslation loadBytes(const QByteArray &bytes, const QString &origin);
    // Throws unless the translation is of this framework and every key names one of its texts.
    static void checkAgainst(const FrameworkTranslation &translation, const Framework &framework);
};

} // namespace iamm
