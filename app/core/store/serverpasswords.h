// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace iamm {

class DatabaseLocation;

// Passwords typed into the app for database servers, held in memory for this run only (never in
// settings or files), so that every connection of the run to the same server and user uses them.
class ServerPasswords
{
public:
    static void remember(const DatabaseLocation &location, const QString &password);
    static void forget(const DatabaseLocation &location);
    // Empty when none was typed: libpq then looks in PGPASSFILE or ~/.pgpass.
    static QString of(const DatabaseLocation &location);
};

} // namespace iamm
