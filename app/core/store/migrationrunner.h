// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace iamm {

class SqlConnection;

// Applies db/migrations/NNN_name.sql files above the database's schema version, each in one
// transaction together with the new version number.
class MigrationRunner
{
public:
    static int latestVersion(const QString &migrationsDir);
    static void migrate(SqlConnection &connection, const QString &migrationsDir);
};

} // namespace iamm
