// SPDX-License-Identifier: GPL-3.0-or-later
#include "controllers/languagecontroller.h"

#include "common/uilanguage.h"

#include <QQmlEngine>
#include <QSettings>

namespace iamm::gui {

namespace {

using Language = LanguageController::Language;

const QString languageKey = QStringLiteral("appearance/language");

// The core's language (the translation of the app, the reports and the state names) under the
// enumeration QML sees.
Language fromCore(iamm::UiLanguage::Language language)
{
    return LanguageController::languageOfCode(iamm::UiLanguage::codeOf(language)).value_or(Language::English);
}

void install(Language language)
{
    iamm::UiLanguage::install(*iamm::UiLanguage::fromCode(LanguageController::codeOf(language)));
}

} // namespace

LanguageController::LanguageController(QQmlEngine *engine, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
{}

LanguageController *LanguageController::create(QQmlEngine *engine, QJSEngine *)
{
    return new LanguageController(engine);
}

void LanguageController::start(std::optional<Language> override)
{
    if (override) {
        install(*override);
        return;
    }
    const std::optional<Language> remembered = languageOfCode(QSettings().value(languageKey).toString());
    install(remembered.value_or(fromCore(iamm::UiLanguage::systemLanguage())));
}

std::optional<Language> LanguageController::languageOfCode(const QString &code)
{
    for (const Language language : {Language::English, Language::French, Language::Spanish}) {
        if (code == codeOf(language))
            return language;
    }
    return std::nullopt;
}

QString LanguageController::codeOf(Language language)
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

QString LanguageController::installedCode()
{
    return iamm::UiLanguage::codeOf(iamm::UiLanguage::current());
}

Language LanguageController::language() const
{
    return fromCore(iamm::UiLanguage::current());
}

void LanguageController::setLanguage(Language language)
{
    QSettings().setValue(languageKey, codeOf(language));
    if (language == this->language())
        return;
    install(language);
    if (m_engine)
        m_engine->retranslate();
    emit languageChanged();
}

QString LanguageController::nameOf(Language language)
{
    switch (language) {
    case Language::French:
        return QStringLiteral("Français");
    case Language::Spanish:
        return QStringLiteral("Español");
    case Language::English:
        break;
    }
    return QStringLiteral("English");
}

} // namespace iamm::gui
