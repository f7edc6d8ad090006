// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "peers/peergroup.h"

#include <QList>
#include <QStringList>

namespace iamm {

class SqlConnection;

// The server's read path for peer statistics: what a `--share` export holds of the final
// assessments that a login may compare with, and nothing else. Two views, shared_assessments
// (id, state, framework, date, status, creation time) and shared_responses (item, score,
// "not applicable", target, time of change), show the final assessments of the states that share a
// peer group with a team's or an observer's state, and of a secretariat's states. A group is a
// shipped one (copied into reference_group_members by `iamm admin init`) or one the owner made
// (peer_group_members). No title, team, rationale, confidence, evidence, contribution, note, action
// or draft is in them.
class SharedFiguresSchema
{
public:
    // Creates or replaces the table of shipped groups and the views, granted to the group roles;
    // inside AccessControl::initialize's transaction, as the tables' owner.
    static void create(const SqlConnection &connection, const QList<PeerGroup> &shippedGroups,
                       const QStringList &groupRoles);
};

} // namespace iamm
