// SPDX-License-Identifier: GPL-3.0-or-later
#include "controllers/languagecontroller.h"

#include "common/uilanguage.h"

#include <QQmlEngine>
#include <QSettings>

namespace iamm::gui {

namespace {

using Language = LanguageController::Language;

const QString languageKey = QStringLiteral("appearance/language");

static_assert(int(Language::English) == int(iamm::UiLanguage::Language::English)
              && int(Language::French) == int(iamm::UiLanguage::Language::French)
              && int(Language::Spanish) == int(iamm::UiLanguage::Language::Spanish));

// The enumeration QML sees mirrors the core's (the translation of the app, the reports and the state names).
Language fromCore(iamm::UiLanguage::Language language)
{
    return Language(int(language));
}

iamm::UiLanguage::Language toCore(Language language)
{
    return iamm::UiLanguage::Language(int(language));
}

void install(Language language)
{
    iamm::UiLanguage::install(toCore(language));
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
    const std::optional<iamm::UiLanguage::Language> language = iamm::UiLanguage::fromCode(code);
    return language ? std::optional(fromCore(*language)) : std::nullopt;
}

QString LanguageController::codeOf(Language language)
{
    return iamm::UiLanguage::codeOf(toCore(language));
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
