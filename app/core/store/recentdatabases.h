// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace iamm {

// The databases opened last, newest first, remembered in the user's settings as their addresses
// (a database address never holds a password).
class RecentDatabases
{
public:
    static constexpr int maxCount = 8;

    static QStringList load();
    static void save(const QStringList &recent);
    // recent with location first, without another spelling of the same database for the same
    // user, and without the oldest beyond maxCount.
    static QStringList withFirst(const QStringList &recent, const QString &location);
    // Where the app opens when it is not told: IAMM_DB, else the newest of the databases opened
    // last that is a server address or a file still there, else the default file.
    static QString startupLocation();
};

} // namespace iamm
