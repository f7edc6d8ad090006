// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assessment/assessment.h"
#include "store/writeconflict.h"

namespace iamm {

// A change of an assessment's team refused because someone else changed the team after the editor
// read it (a removal by number would have removed someone else). Says who and when (from the audit
// log), and carries the stored team.
class TeamConflict : public WriteConflict
{
public:
    // assessmentTitle: quoted, as the message shows it.
    TeamConflict(const QString &assessmentTitle, const QList<TeamMember> &current,
                 const std::optional<AuditEntry> &lastChange);

    const QList<TeamMember> &current() const { return m_current; }

private:
    QList<TeamMember> m_current;
};

} // namespace iamm
