// SPDX-License-Identifier: GPL-3.0-or-later
#include "assessment/teamroster.h"

#include "store/assessmentstore.h"
#include "common/iammerror.h"

#include <QCoreApplication>
#include <QLocale>

namespace iamm {

TeamRoster::TeamRoster(AssessmentStore &store)
    : m_store(store)
{}

QList<TeamMember> TeamRoster::members(const QString &assessmentId) const
{
    return m_store.assessment(assessmentId).team;
}

int TeamRoster::add(const QString &assessmentId, const TeamMember &member)
{
    int number = 0;
    m_store.changeTeam(assessmentId, std::nullopt, [&](QList<TeamMember> team) {
        team << member;
        number = int(team.size());
        return team;
    });
    return number;
}

void TeamRoster::remove(const QString &assessmentId, int memberNumber, const std::optional<QList<TeamMember>> &seen)
{
    m_store.changeTeam(assessmentId, seen, [&](QList<TeamMember> team) {
        if (team.isEmpty())
            throw IammError(
                QCoreApplication::translate("TeamRoster", "assessment %1 has no team members").arg(assessmentId));
        if (memberNumber < 1 || memberNumber > team.size())
            throw IammError(
                QCoreApplication::translate("TeamRoster", "assessment %1 has no team member %2 (members are 1 to %3)")
                    .arg(assessmentId, QLocale().toString(memberNumber), QLocale().toString(team.size())));
        team.removeAt(memberNumber - 1);
        return team;
    });
}

} // namespace iamm
