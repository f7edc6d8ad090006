// SPDX-License-Identifier: GPL-3.0-or-later
#include "controllers/languagecontroller.h"

#include <QCoreApplication>
#include <QLocale>
#include <QQmlEngine>
#include <QSettings>
#include <QTranslator>

namespace iamm::gui {

namespace {

using Language = LanguageController::Language;

const QString languageKey = QStringLiteral("appearance/language");

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

// The system's own locale when it speaks the language (es_MX keeps Mexican formats), else
// the language's default one.
QLocale localeFor(Language language)
{
    const QLocale system = QLocale::system();
    return system.language() == localeLanguageOf(language) ? system : QLocale(localeLanguageOf(language));
}

Language systemLanguage()
{
    for (const QString &name : QLocale::system().uiLanguages()) {
        switch (QLocale(name).language()) {
        case QLocale::French:
            return Language::French;
        case QLocale::Spanish:
            return Language::Spanish;
        case QLocale::English:
            return Language::English;
        default:
            break;
        }
    }
    return Language::English;
}

void install(Language language)
{
    InstalledLanguage &state = installed();
    QCoreApplication::removeTranslator(&state.translator);
    const QString file = QStringLiteral(":/i18n/iamm_%1.qm").arg(LanguageController::codeOf(language));
    if (!state.translator.load(file))
        qWarning("the translation %s is missing from the application", qPrintable(file));
    state.language = language;
    QLocale::setDefault(localeFor(language));
    QCoreApplication::installTranslator(&state.translator);
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
    install(remembered.value_or(systemLanguage()));
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
    return codeOf(installed().language);
}

Language LanguageController::language() const
{
    return installed().language;
}

void LanguageController::setLanguage(Language language)
{
    QSettings().setValue(languageKey, codeOf(language));
    if (language == installed().language)
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
