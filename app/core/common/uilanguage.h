// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>
#include <optional>

namespace iamm {

// The language of the texts people read (CLI messages, reports, worksheets, state names) and of
// their numbers and dates: English, French or Spanish. Installing one loads its translation
// from :/i18n and makes its locale the default QLocale; JSON and CSV output never use either.
class UiLanguage
{
public:
    enum class Language { English, French, Spanish };

    // "en", "fr" or "es"; nothing for any other code.
    static std::optional<Language> fromCode(const QString &code);
    static QString codeOf(Language language);
    // "en, fr, es": the codes fromCode accepts.
    static QStringList codes();
    // The first of the system's UI languages (LANGUAGE, LC_ALL, LC_MESSAGES, LANG) that is one of
    // the three, else English.
    static Language systemLanguage();
    // The system's locale when it speaks the language (es_MX keeps Mexican formats), else the
    // language's default one.
    static QLocale localeFor(Language language);

    // Replaces the installed translation (a QCoreApplication must exist) and the default locale.
    static void install(Language language);
    static Language current();
};

} // namespace iamm
