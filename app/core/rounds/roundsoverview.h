// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assessment/assessment.h"

#include <QList>
#include <optional>

namespace iamm {

class AssessmentStore;

// An assessment as the start page lists it among its state's rounds.
struct RoundEntry
{
    AssessmentInfo info;
    int stateRoundCount = 1; // assessments of the state in the database, on any framework
    std::optional<double> overall; // computed only when the state has more than one assessment
    std::optional<AssessmentInfo> previous; // by the previous-round rule
    std::optional<double> previousOverall;

    // The overall mean minus the previous round's; none without a previous round or when either has no mean.
    std::optional<double> overallChange() const;
};

// Every assessment, the rounds of one state together: states in the order of their most recent
// assessment (by date, then by last change), and within a state newest first by date and creation.
class RoundsOverview
{
public:
    static QList<RoundEntry> load(const AssessmentStore &store);
    // The assessment with the latest date (then the latest change); empty when there is none.
    static QString newestAssessmentId(const AssessmentStore &store);
};

} // namespace iamm
