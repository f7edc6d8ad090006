// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/sharedfiguresschema.h"

#include "store/sqlconnection.h"

namespace iamm {

namespace {

// Every group with its members, shipped and the owner's own, keyed apart so that ids cannot clash.
const QString memberships = QStringLiteral(
    "SELECT 'shipped:' || group_id AS group_key, state_code FROM reference_group_members UNION "
    "SELECT 'own:' || group_id, state_code FROM peer_group_members");

// The states the current login may compare with: a secretariat's own, a team's or an observer's
// own and every state sharing a group with one of them. current_user is the caller even inside a
// view, while the tables (access_grants included) are read with the view owner's rights.
const QString visibleStates =
    QStringLiteral("SELECT g.state_code FROM access_grants g WHERE g.db_user = current_user::text UNION "
                   "SELECT peer.state_code FROM access_grants g JOIN (%1) own ON own.state_code = g.state_code "
                   "JOIN (%1) peer ON peer.group_key = own.group_key "
                   "WHERE g.db_user = current_user::text AND g.kind IN ('team', 'observer')")
        .arg(memberships);

} // namespace

// Views rather than a SECURITY DEFINER function: the store reads them like its tables, filtering
// and joining, and the server plans the caller's conditions into them. A view reads the tables with
// its owner's rights (the owner is not bound by row-level security), so its own WHERE clause is the
// whole rule; security_barrier makes the server apply that clause before any function of the
// caller's query sees a row, so that no leaky function can reveal a hidden row.
void SharedFiguresSchema::create(const SqlConnection &connection, const QList<PeerGroup> &shippedGroups,
                                 const QStringList &groupRoles)
{
    const QString roles = groupRoles.join(QStringLiteral(", "));
    connection.run(QStringLiteral("CREATE TABLE IF NOT EXISTS reference_group_members (group_id TEXT NOT NULL, "
                                  "state_code TEXT NOT NULL, PRIMARY KEY (group_id, state_code))"));
    connection.run(QStringLiteral("REVOKE ALL ON reference_group_members FROM PUBLIC, %1").arg(roles));
    connection.run(QStringLiteral("DELETE FROM reference_group_members"));
    for (const PeerGroup &group : shippedGroups) {
        for (const QString &member : group.members)
            connection.run(QStringLiteral("INSERT INTO reference_group_members (group_id, state_code) VALUES (?, ?) "
                                          "ON CONFLICT DO NOTHING"),
                           {group.id, member});
    }
    connection.run(QStringLiteral("CREATE OR REPLACE VIEW shared_assessments WITH (security_barrier = true) AS "
                                  "SELECT a.id, a.state_code, a.framework_id, a.framework_version, a.framework_hash, "
                                  "a.assessed_on, a.status, a.created_at FROM assessments a "
                                  "WHERE a.status = 'final' AND a.state_code IN (%1)")
                       .arg(visibleStates));
    connection.run(QStringLiteral("CREATE OR REPLACE VIEW shared_responses WITH (security_barrier = true) AS "
                                  "SELECT r.assessment_id, r.item_id, r.score, r.not_applicable, r.target, "
                                  "r.updated_at FROM responses r "
                                  "WHERE r.assessment_id IN (SELECT s.id FROM shared_assessments s)"));
    for (const QString &view : {QStringLiteral("shared_assessments"), QStringLiteral("shared_responses")}) {
        connection.run(QStringLiteral("REVOKE ALL ON %1 FROM PUBLIC, %2").arg(view, roles));
        connection.run(QStringLiteral("GRANT SELECT ON %1 TO %2").arg(view, roles));
    }
}

} // namespace iamm
