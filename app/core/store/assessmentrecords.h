// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assessment/assessment.h"
#include "framework/framework.h"

#include <functional>
#include <optional>

class QSqlQuery;

namespace iamm {

class StoreContext;

// Assessment rows with their team: creating, reading, editing the details, status and team,
// deleting.
class AssessmentRecords
{
public:
    explicit AssessmentRecords(StoreContext &context);

    QString create(const NewAssessment &request, const Framework &framework);
    QList<AssessmentInfo> list(const QString &stateCode) const;
    AssessmentInfo get(const QString &assessmentId) const;
    bool has(const QString &assessmentId) const;
    using TeamChange = std::function<QList<TeamMember>(QList<TeamMember>)>;
    // See AssessmentStore::changeTeam.
    void changeTeam(const QString &assessmentId, const std::optional<QList<TeamMember>> &from,
                    const TeamChange &change);
    void setStatus(const QString &assessmentId, AssessmentStatus status);
    void remove(const QString &assessmentId);
    // Final assessments on a framework, newest first, without team or progress counts.
    QList<AssessmentInfo> finals(const QString &frameworkId) const;

    // Names (or, with an empty id, clears) the assessment's previous round: another assessment of the same
    // state and framework id. Audited.
    void setPrevious(const QString &assessmentId, const QString &previousId);
    // The same without checks or audit entry.
    void writePrevious(const QString &assessmentId, const QString &previousId);

    // The assessments naming this one as their previous round.
    QStringList followers(const QString &assessmentId) const;

    // Writes the assessment row and its team, pinning the framework; no audit entry.
    void insert(const AssessmentInfo &info, const Framework &framework);

private:
    AssessmentInfo readInfo(const QSqlQuery &query) const;
    QList<TeamMember> team(const QString &assessmentId) const;
    void writeTeam(const QString &assessmentId, const QList<TeamMember> &team);

    StoreContext &m_context;
};

} // namespace iamm
