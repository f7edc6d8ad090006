// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/serverpasswords.h"

#include "store/databaselocation.h"

#include <QHash>
#include <QMutex>

namespace iamm {

namespace {

// A role's password holds for every database of its server.
QString keyOf(const DatabaseLocation &location)
{
    return QStringLiteral("%1@%2:%3").arg(location.user(), location.host()).arg(location.port());
}

struct PasswordTable
{
    QMutex mutex;
    QHash<QString, QString> passwords;
};

PasswordTable &table()
{
    static PasswordTable instance;
    return instance;
}

} // namespace

void ServerPasswords::remember(const DatabaseLocation &location, const QString &password)
{
    QMutexLocker lock(&table().mutex);
    table().passwords.insert(keyOf(location), password);
}

void ServerPasswords::forget(const DatabaseLocation &location)
{
    QMutexLocker lock(&table().mutex);
    table().passwords.remove(keyOf(location));
}

QString ServerPasswords::of(const DatabaseLocation &location)
{
    QMutexLocker lock(&table().mutex);
    return table().passwords.value(keyOf(location));
}

} // namespace iamm
