// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assessment/assessment.h"

#include <QList>
#include <QString>
#include <optional>

namespace iamm {

class AssessmentStore;

// The national team of a draft assessment, member by member. A member's id is its number
// (1-based position) in the team. Each change is one store write with its audit entry, made on the
// team as stored at that moment (AssessmentStore::changeTeam).
class TeamRoster
{
public:
    explicit TeamRoster(AssessmentStore &store);

    QList<TeamMember> members(const QString &assessmentId) const;
    // Appends the member and returns its number.
    int add(const QString &assessmentId, const TeamMember &member);
    // seen: the team the number was chosen from; when someone else changed the team since, throws
    // TeamConflict rather than remove whoever now has that number.
    void remove(const QString &assessmentId, int memberNumber,
                const std::optional<QList<TeamMember>> &seen = std::nullopt);

private:
    AssessmentStore &m_store;
};

} // namespace iamm
