// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "peers/peergroup.h"

namespace iamm {

class SqlConnection;

// The peer groups a user made, as stored in the database. Checks of ids, names and members
// are the catalog's (PeerGroupCatalog); this class only reads and writes rows.
class PeerGroupRecords
{
public:
    explicit PeerGroupRecords(SqlConnection &connection);

    // By id, each with its members in the order they were added.
    QList<PeerGroup> groups() const;
    void insert(const QString &id, const QString &name, const QStringList &members);
    void setCopiedFrom(const QString &id, const QString &sourceId);
    void rename(const QString &id, const QString &name);
    // Appends the codes not yet members, in the order given, in one transaction.
    void addMembers(const QString &id, const QStringList &codes, int firstPosition);
    void removeMembers(const QString &id, const QStringList &codes);
    void remove(const QString &id);
    // Writes the group as it is (name, members, origin and creation time), replacing one with its id.
    void replace(const PeerGroup &group);

private:
    SqlConnection &m_connection;
};

} // namespace iamm
