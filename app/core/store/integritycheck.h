// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace iamm {

class SqlConnection;

// Problems found by SQLite's integrity and foreign key checks and by re-hashing every stored
// evidence file and pinned framework; empty when all is well.
class IntegrityCheck
{
public:
    explicit IntegrityCheck(const SqlConnection &connection);

    QStringList problems() const;

private:
    QStringList evidenceFileProblems() const;
    QStringList snapshotProblems() const;

    const SqlConnection &m_connection;
};

} // namespace iamm
