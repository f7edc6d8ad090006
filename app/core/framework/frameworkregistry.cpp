// SPDX-License-Identifier: GPL-3.0-or-later
#include "framework/frameworkregistry.h"

#include "common/datapaths.h"
#include "display/displaytext.h"
#include "framework/frameworkloader.h"
#include "common/iammerror.h"

#include <QDir>

namespace iamm {

FrameworkRegistry::FrameworkRegistry(const QStringList &directories)
{
    for (const QString &directory : directories)
        loadDirectory(directory);
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
        if (name.endsWith(QLatin1String(".schema.json")))
            continue;
        const QString path = dir.filePath(name);
        try {
            Framework framework = FrameworkLoader::loadFile(path);
            if (const Framework *existing = find(framework.id)) {
                m_problems << QStringLiteral("%1: $.id: framework %2 is already provided by %3; this file is ignored")
                                  .arg(path, DisplayText::quoted(framework.id), existing->origin);
                continue;
            }
            m_frameworks << framework;
        } catch (const IammError &error) {
            m_problems << error.message();
        } catch (const std::exception &error) {
            // Whatever else goes wrong with one file must not take the program down.
            m_problems << QStringLiteral("%1: cannot load: %2")
                              .arg(path, DisplayText::excerpt(QString::fromUtf8(error.what()), 200));
        }
    }
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
    throw IammError(
        QStringLiteral("unknown framework %1 (available: %2)")
            .arg(DisplayText::quoted(id), known.isEmpty() ? QStringLiteral("none") : known.join(QStringLiteral(", "))));
}

} // namespace iamm
