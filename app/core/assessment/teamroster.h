// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assessment/assessment.h"

#include <QList>
#include <QString>

namespace iamm {

class AssessmentStore;

// The national team of a draft assessment, member by member. A member's id is its number
// (1-based position) in the team. Each change is one store write with its audit entry.
class TeamRoster
{
public:
    explicit TeamRoster(AssessmentStore &store);

    QList<TeamMember> members(const QString &assessmentId) const;
    // Appends the member and returns its number.
    int add(const QString &assessmentId, const TeamMember &member);
    void remove(const QString &assessmentId, int memberNumber);

private:
    AssessmentStore &m_store;
};

} // namespace iamm
