// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/recentdatabases.h"

#include "common/datapaths.h"
#include "common/iammerror.h"
#include "store/databaselocation.h"

#include <QFileInfo>
#include <QSettings>

namespace iamm {

namespace {

const QString settingsKey = QStringLiteral("database/recent");

bool isSameEntry(const QString &a, const QString &b)
{
    if (a == b)
        return true;
    try {
        const DatabaseLocation first = DatabaseLocation::parse(a);
        const DatabaseLocation second = DatabaseLocation::parse(b);
        return first.isSameDatabase(second) && first.user() == second.user();
    } catch (const IammError &) {
        return false;
    }
}

} // namespace

QStringList RecentDatabases::load()
{
    return QSettings().value(settingsKey).toStringList().mid(0, maxCount);
}

void RecentDatabases::save(const QStringList &recent)
{
    QSettings().setValue(settingsKey, recent);
}

QStringList RecentDatabases::withFirst(const QStringList &recent, const QString &location)
{
    QStringList result{location};
    for (const QString &entry : recent) {
        if (result.size() < maxCount && !isSameEntry(entry, location))
            result << entry;
    }
    return result;
}

QString RecentDatabases::startupLocation()
{
    if (!qEnvironmentVariableIsEmpty("IAMM_DB"))
        return DataPaths::defaultDatabasePath();
    for (const QString &entry : load()) {
        if (DatabaseLocation::isServerUrl(entry) || QFileInfo(entry).isFile())
            return entry;
    }
    return DataPaths::defaultDatabasePath();
}

} // namespace iamm
