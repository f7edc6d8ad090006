// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "access/accessgrant.h"
#include "peers/peergroup.h"
#include "store/sqlconnection.h"

#include <QList>

namespace iamm {

// Who may see what on a PostgreSQL server database, enforced by the server itself: three NOLOGIN
// group roles (iamm_team, iamm_observer, iamm_secretariat) hold the table and column privileges,
// the table access_grants names each login role's states by kind, and row-level security policies
// show a role only the rows of its states. The database owner runs every method; a SQLite file has
// no roles and is refused.
class AccessControl
{
public:
    // Throws IammError for a SQLite file (before opening it) or a server that cannot be reached.
    AccessControl(const QString &location, SqlConnection::Access access);

    // Migrates the schema, then creates or updates the roles, access_grants, the privileges and
    // the policies and the shared figures (SharedFiguresSchema, with the shipped groups as they are
    // now), all in one transaction; running it again changes nothing.
    void initialize(const QList<PeerGroup> &shippedGroups);
    // Creates the login role (LOGIN, no password) when missing, makes it a member of the kind's
    // group role and adds the grants; returns whether it created the login role.
    // Refuses a superuser (who bypasses the policies) and mixing secretariat with team or
    // observer on one login role (the column privileges of the one would open the other's rows).
    bool grant(const AccessRequest &request);
    struct Revoked
    {
        int grants = 0;
        // The login role left the kind's group role: no grant of that kind remains in this database.
        bool leftGroupRole = false;
    };
    // Throws IammError when the login role holds none of the grants.
    Revoked revoke(const AccessRequest &request);
    // By user, kind and state.
    QList<AccessGrant> grants() const;

private:
    void requireInitialized() const;
    QStringList groupRolesOf(const QString &user) const;
    QString quoted(const QString &identifier) const;

    SqlConnection m_connection;
};

} // namespace iamm
