// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace iamm {

class StateCatalog;
struct PeerGroup;

// Who may see what on a server database: a team edits its own state's assessments, an observer
// reads them, a secretariat reads the scores of the final assessments of its group's states.
enum class AccessKind { Team, Observer, Secretariat };

struct AccessGrant
{
    QString user;
    AccessKind kind = AccessKind::Observer;
    QString stateCode;
};

// The grants one administrator's command adds or removes: one login role, one kind, the states.
struct AccessRequest
{
    QString user;
    AccessKind kind = AccessKind::Observer;
    QStringList stateCodes;

    // Throws IammError for a user name that is not a plain lower-case identifier or is reserved
    // (pg_…, the iamm_ group roles), and for a code the state catalog does not know.
    static AccessRequest forState(const QString &user, AccessKind kind, const QString &stateCode,
                                  const StateCatalog &states);
    // A secretariat's states are the group's members as they are now; a later change of the group
    // changes nothing granted.
    static AccessRequest forGroup(const QString &user, const PeerGroup &group);
    static void requireUserName(const QString &user);
};

namespace accesskind {

// "team", "observer", "secretariat": as stored in access_grants.
QString toText(AccessKind kind);
std::optional<AccessKind> fromText(const QString &text);
// The NOLOGIN group role whose privileges the kind's login roles inherit.
QString groupRole(AccessKind kind);

} // namespace accesskind

} // namespace iamm
