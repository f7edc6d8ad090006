// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assessment/assessment.h"
#include "rounds/roundcomparison.h"
#include "rounds/trend.h"

#include <optional>

namespace iamm {

class AssessmentStore;

// What the report shows about the rounds before the assessment: the comparison with its previous round
// (the item table's "Previous" and "Change" columns and the page "Since the previous assessment"), the
// section means of every round up to it, and the actions carried over and completed since.
struct ReportRounds
{
    RoundComparison comparison;
    Trend trend; // the state's rounds on the framework up to and including the assessment, oldest first
    QList<Action> completedActions;

    // None when the assessment has no previous round. The CLI's report command and the app's PDF export
    // both fill GapReportWriter::Options::rounds with this.
    static std::optional<ReportRounds> load(const AssessmentStore &store, const QString &assessmentId);
};

} // namespace iamm
