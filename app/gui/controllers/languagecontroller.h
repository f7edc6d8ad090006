// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>
#include <optional>

class QJSEngine;
class QQmlEngine;

namespace iamm::gui {

// The language of the application's texts and of its numbers and dates: English, French or
// Spanish. The start language is --lang, else the one chosen last time, else the system's;
// a choice in the tool bar switches at once and is remembered. Installing a language sends
// QEvent::LanguageChange, on which the Workshop re-emits the texts its C++ computes.
class LanguageController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(Language language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(QString languageName READ languageName NOTIFY languageChanged)

public:
    // The same values as iamm::UiLanguage::Language.
    enum class Language { English, French, Spanish };
    Q_ENUM(Language)

    explicit LanguageController(QQmlEngine *engine, QObject *parent = nullptr);
    static LanguageController *create(QQmlEngine *engine, QJSEngine *);

    // Installs the start language before the QML engine loads; an override is for this run only.
    static void start(std::optional<Language> override = std::nullopt);
    // "en", "fr" or "es"; nothing for any other code.
    static std::optional<Language> languageOfCode(const QString &code);
    static QString codeOf(Language language);
    // The code of the language installed now.
    static QString installedCode();

    Language language() const;
    // Installs the language, retranslates the QML and remembers the choice for the next start.
    void setLanguage(Language language);
    QString languageName() const { return nameOf(language()); }
    // The language's name in the language itself ("Français"), as a menu lists it.
    Q_INVOKABLE static QString nameOf(Language language);

signals:
    void languageChanged();

private:
    QQmlEngine *m_engine;
};

} // namespace iamm::gui
