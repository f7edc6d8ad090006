// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/uilanguage.h"

#include <QCoreApplication>
#include <QTranslator>

namespace iamm {

namespace {

using Language = UiLanguage::Language;

struct InstalledLanguage
{
    QTranslator translator;
    Language language = Language::English;
};

InstalledLanguage &installed()
{
    static InstalledLanguage state;
    return state;
}

const QList<Language> &languages()
{
    static const QList<Language> all{Language::English, Language::French, Language::Spanish};
    return all;
}

QLocale::Language localeLanguageOf(Language language)
{
    switch (language) {
    case Language::French:
        return QLocale::French;
    case Language::Spanish:
        return QLocale::Spanish;
    case Language::English:
        break;
    }
    return QLocale::English;
}

} // namespace

std::optional<Language> UiLanguage::fromCode(const QString &code)
{
    for (const Language language : languages()) {
        if (code == codeOf(language))
            return language;
    }
    return std::nullopt;
}

QString UiLanguage::codeOf(Language language)
{
    switch (language) {
    case Language::French:
        return QStringLiteral("fr");
    case Language::Spanish:
        return QStringLiteral("es");
    case Language::English:
        break;
    }
    return QStringLiteral("en");
}

QStringList UiLanguage::codes()
{
    QStringList result;
    for (const Language language : languages())
        result << codeOf(language);
    return result;
}

Language UiLanguage::systemLanguage()
{
    for (const QString &name : QLocale::system().uiLanguages()) {
        for (const Language language : languages()) {
            if (QLocale(name).language() == localeLanguageOf(language))
                return language;
        }
    }
    return Language::English;
}

QLocale UiLanguage::localeFor(Language language)
{
    const QLocale system = QLocale::system();
    return system.language() == localeLanguageOf(language) ? system : QLocale(localeLanguageOf(language));
}

void UiLanguage::install(Language language)
{
    InstalledLanguage &state = installed();
    QCoreApplication::removeTranslator(&state.translator);
    const QString file = QStringLiteral(":/i18n/iamm_%1.qm").arg(codeOf(language));
    if (!state.translator.load(file))
        qWarning("the translation %s is missing from the application", qPrintable(file));
    state.language = language;
    QLocale::setDefault(localeFor(language));
    QCoreApplication::installTranslator(&state.translator);
}

Language UiLanguage::current()
{
    return installed().language;
}

} // namespace iamm
