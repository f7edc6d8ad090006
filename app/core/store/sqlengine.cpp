// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/sqlengine.h"

#include "store/databaselocation.h"
#include "store/postgresqlengine.h"
#include "store/sqliteengine.h"

namespace iamm {

std::unique_ptr<SqlEngine> SqlEngine::create(const DatabaseLocation &location)
{
    if (location.isServer())
        return std::make_unique<PostgresqlEngine>(location);
    return std::make_unique<SqliteEngine>(location.text());
}

} // namespace iamm
