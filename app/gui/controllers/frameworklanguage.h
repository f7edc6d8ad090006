// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "framework/framework.h"

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace iamm {
class FrameworkRegistry;
}

namespace iamm::gui {

// Which language the framework's texts are shown in: the application's language where the
// framework has a translation into it, else English. A translation is marked as such, and the
// team can look at the authoritative English text and back (toggleEnglish).
class FrameworkLanguage : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("FrameworkLanguage belongs to ItemNavigator")

    // The current item's text is shown in a translation.
    Q_PROPERTY(bool translated READ translated NOTIFY shownChanged)
    // There is a translation into the application's language to switch to and from.
    Q_PROPERTY(bool available READ available NOTIFY shownChanged)
    Q_PROPERTY(bool showingEnglish READ showingEnglish WRITE setShowingEnglish NOTIFY shownChanged)
    // What the translation is: "Working translation — the English text is authoritative".
    Q_PROPERTY(QString mark READ mark NOTIFY shownChanged)

public:
    using QObject::QObject;

    void setRegistry(const iamm::FrameworkRegistry *registry);
    // The application's language; a new one shows its translation, not the English.
    void setLanguage(const QString &code);
    // The framework the session shows: english itself or its translation.
    iamm::Framework shown(const iamm::Framework &english) const;
    // The framework and item now shown, for the mark.
    void setShownItem(const iamm::Framework *framework, const QString &itemId);

    bool translated() const;
    bool available() const;
    bool showingEnglish() const { return m_showingEnglish; }
    void setShowingEnglish(bool showingEnglish);
    QString mark() const;

    Q_INVOKABLE void toggleEnglish() { setShowingEnglish(!m_showingEnglish); }

signals:
    // The session shows its framework again, through shown().
    void languageChosen();
    void shownChanged();

private:
    const iamm::FrameworkRegistry *m_registry = nullptr;
    QString m_language = QStringLiteral("en");
    bool m_showingEnglish = false;
    const iamm::Framework *m_framework = nullptr;
    QString m_itemId;
};

} // namespace iamm::gui
