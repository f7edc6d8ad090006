// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/reportrounds.h"

#include "rounds/trendloader.h"
#include "store/assessmentstore.h"

namespace iamm {

std::optional<ReportRounds> ReportRounds::load(const AssessmentStore &store, const QString &assessmentId)
{
    std::optional<RoundComparison> comparison = RoundComparison::againstPrevious(store, assessmentId);
    if (!comparison)
        return std::nullopt;
    const AssessmentInfo &subject = comparison->current;
    Trend trend = TrendLoader::history(store, subject.stateCode, subject.frameworkId, false);
    // Rounds after the assessment are not part of its story.
    for (qsizetype i = 0; i < trend.rounds.size(); ++i) {
        if (trend.rounds.at(i).info.id == assessmentId) {
            trend.rounds.resize(i + 1);
            break;
        }
    }
    trend.latest = comparison;
    QList<Action> completed;
    for (const Action &action : store.actions(assessmentId)) {
        if (action.isCarried() && action.status == ActionStatus::Done)
            completed.append(action);
    }
    return ReportRounds{*comparison, trend, completed};
}

} // namespace iamm
