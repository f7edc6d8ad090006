// SPDX-License-Identifier: GPL-3.0-or-later
#include "controllers/frameworklanguage.h"

#include "framework/frameworkregistry.h"

namespace iamm::gui {

void FrameworkLanguage::setRegistry(const iamm::FrameworkRegistry *registry)
{
    m_registry = registry;
    emit languageChosen();
}

void FrameworkLanguage::setLanguage(const QString &code)
{
    if (code == m_language)
        return;
    m_language = code;
    m_showingEnglish = false;
    emit languageChosen();
}

iamm::Framework FrameworkLanguage::shown(const iamm::Framework &english) const
{
    if (!m_registry || m_showingEnglish)
        return english;
    return m_registry->translated(english, m_language);
}

void FrameworkLanguage::setShownItem(const iamm::Framework *framework, const QString &itemId)
{
    m_framework = framework;
    m_itemId = itemId;
    emit shownChanged();
}

bool FrameworkLanguage::translated() const
{
    return m_framework && !m_itemId.isEmpty()
           && m_framework->statusOf(QStringLiteral("items.%1.text").arg(m_itemId)) != iamm::TranslationStatus::Original;
}

bool FrameworkLanguage::available() const
{
    return m_registry && m_framework && m_registry->hasTranslation(*m_framework, m_language);
}

void FrameworkLanguage::setShowingEnglish(bool showingEnglish)
{
    if (showingEnglish == m_showingEnglish)
        return;
    m_showingEnglish = showingEnglish;
    emit languageChosen();
}

QString FrameworkLanguage::mark() const
{
    if (!translated())
        return {};
    if (m_framework->translationStatus == iamm::TranslationStatus::Official)
        return tr("Official translation (%1) — the English text is authoritative").arg(m_framework->translationSource);
    return tr("Working translation — the English text is authoritative");
}

} // namespace iamm::gui
