// SPDX-License-Identifier: GPL-3.0-or-later
#include "framework/frameworkregistry.h"

#include "common/datapaths.h"
#include "display/displaytext.h"
#include "framework/frameworkloader.h"
#include "framework/frameworktexts.h"
#include "framework/frameworktranslationloader.h"
#include "common/iammerror.h"

#include <QCoreApplication>
#include <QDir>

namespace iamm {

FrameworkRegistry::FrameworkRegistry(const QStringList &directories)
{
    for (const QString &directory : directories)
        loadDirectory(directory);
    for (const QString &directory : directories)
        loadTranslations(directory);
}

QStringList FrameworkRegistry::defaultDirectories()
{
    return {DataPaths::frameworksDir(), DataPaths::userFrameworksDir()};
}

void FrameworkRegistry::loadDirectory(const QString &directory)
{
    const QDir dir(directory);
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        if (name.endsWith(QLatin1String(".schema.json")) || FrameworkTranslationLoader::isTranslationFileName(name))
            continue;
        const QString path = dir.filePath(name);
        try {
            Framework framework = FrameworkLoader::loadFile(path);
            if (const Framework *existing = find(framework.id)) {
                m_problems << QCoreApplication::translate(
                                  "FrameworkRegistry",
                                  "%1: $.id: framework %2 is already provided by %3; this file is ignored")
                                  .arg(path, DisplayText::quoted(framework.id), existing->origin);
                continue;
            }
            m_frameworks << framework;
        } catch (const IammError &error) {
            m_problems << error.message();
        } catch (const std::exception &error) {
            // Whatever else goes wrong with one file must not take the program down.
            m_problems << QCoreApplication::translate("FrameworkRegistry", "%1: cannot load: %2")
                              .arg(path, DisplayText::excerpt(QString::fromUtf8(error.what()), 200));
        }
    }
}

void FrameworkRegistry::loadTranslations(const QString &directory)
{
    const QDir dir(directory);
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        if (!FrameworkTranslationLoader::isTranslationFileName(name) || name.endsWith(QLatin1String(".schema.json")))
            continue;
        try {
            addTranslation(dir.filePath(name));
        } catch (const IammError &error) {
            m_problems << error.message();
        }
    }
}

void FrameworkRegistry::addTranslation(const QString &path)
{
    FrameworkTranslation translation = FrameworkTranslationLoader::loadFile(path);
    const Framework *framework = find(translation.frameworkId);
    if (!framework)
        throw IammError(
            QCoreApplication::translate("FrameworkRegistry", "%1: $.framework: no framework %2 is available")
                .arg(path, DisplayText::quoted(translation.frameworkId)));
    FrameworkTranslationLoader::checkAgainst(translation, *framework);
    if (const FrameworkTranslation *existing = this->translation(translation.frameworkId, translation.language)) {
        m_problems << QCoreApplication::translate("FrameworkRegistry",
                                                  "%1: $.language: the %2 translation of %3 is already provided by "
                                                  "%4; this file is ignored")
                          .arg(path, translation.language, DisplayText::quoted(translation.frameworkId),
                               existing->origin);
        return;
    }
    m_translations << translation;
}

const FrameworkTranslation *FrameworkRegistry::translation(const QString &frameworkId, const QString &language) const
{
    for (const FrameworkTranslation &translation : m_translations) {
        if (translation.frameworkId == frameworkId && translation.language == language)
            return &translation;
    }
    return nullptr;
}

Framework FrameworkRegistry::translated(const Framework &framework, const QString &language) const
{
    if (!hasTranslation(framework, language))
        return framework;
    return FrameworkTexts::translated(framework, *translation(framework.id, language));
}

bool FrameworkRegistry::hasTranslation(const Framework &framework, const QString &language) const
{
    const Framework *shipped = find(framework.id);
    return shipped && shipped->hash == framework.hash && translation(framework.id, language);
}

const Framework *FrameworkRegistry::find(const QString &id) const
{
    for (const Framework &framework : m_frameworks) {
        if (framework.id == id)
            return &framework;
    }
    return nullptr;
}

const Framework &FrameworkRegistry::require(const QString &id) const
{
    if (const Framework *framework = find(id))
        return *framework;
    QStringList known;
    for (const Framework &framework : m_frameworks)
        known << framework.id;
    throw IammError(QCoreApplication::translate("FrameworkRegistry", "unknown framework %1 (available: %2)")
                        .arg(DisplayText::quoted(id), known.isEmpty()
                                                          ? QCoreApplication::translate("FrameworkRegistry", "none")
                                                          : known.join(QStringLiteral(", "))));
}

} // namespace iamm
