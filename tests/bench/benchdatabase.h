// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QTemporaryDir;

namespace iamm::bench {

// Where a benchmark's database goes: the file NAME.sqlite in dir, or, when IAMM_BENCH_POSTGRESQL holds
// a server's maintenance URL (postgresql://USER@HOST:PORT/postgres), a new database on that server.
QString databaseLocation(const QTemporaryDir &dir, const QString &name);

} // namespace iamm::bench
