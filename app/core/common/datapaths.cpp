// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/datapaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace iamm {

namespace {

bool holdsData(const QString &dir)
{
    return QFileInfo::exists(dir + QStringLiteral("/db/migrations"))
           && QFileInfo::exists(dir + QStringLiteral("/frameworks"));
}

} // namespace

QString DataPaths::dataDir()
{
    const QString fromEnv = qEnvironmentVariable("IAMM_DATA_DIR");
    if (!fromEnv.isEmpty())
        return fromEnv;
    QStringList candidates;
    if (QCoreApplication::instance())
        candidates << QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral(IAMM_RELATIVE_DATA_DIR));
    candidates << QStringLiteral(IAMM_INSTALL_DATA_DIR) << QStringLiteral(IAMM_SOURCE_DATA_DIR);
    for (const QString &candidate : candidates) {
        if (holdsData(candidate))
            return QDir::cleanPath(candidate);
    }
    return QStringLiteral(IAMM_SOURCE_DATA_DIR);
}

QString DataPaths::frameworksDir()
{
    return dataDir() + QStringLiteral("/frameworks");
}

QString DataPaths::migrationsDir()
{
    return dataDir() + QStringLiteral("/db/migrations");
}

QString DataPaths::referenceDir()
{
    return dataDir() + QStringLiteral("/db/reference");
}

QString DataPaths::schemasDir()
{
    return dataDir() + QStringLiteral("/db/schemas");
}

QString DataPaths::userDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/iamm");
}

QString DataPaths::userFrameworksDir()
{
    return userDataDir() + QStringLiteral("/frameworks");
}

QString DataPaths::defaultDatabasePath()
{
    const QString fromEnv = qEnvironmentVariable("IAMM_DB");
    if (!fromEnv.isEmpty())
        return fromEnv;
    return userDataDir() + QStringLiteral("/assessments.sqlite");
}

} // namespace iamm
