// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assessment/assessment.h"

#include <optional>

namespace iamm {

class AssessmentStore;

// The previous round of an assessment: the one it names explicitly (set when a new round is started
// from it, changeable), else the newest other FINAL assessment of the same state on the same framework
// id dated before it, or on the same date and created before it. None when there is no such assessment.
class PreviousRound
{
public:
    // stateRounds: every assessment of the subject's state, newest first by date and then by creation, as
    // AssessmentStore::assessments(state) lists them; it must hold the subject.
    static std::optional<AssessmentInfo> of(const AssessmentInfo &subject, const QList<AssessmentInfo> &stateRounds);
    static std::optional<AssessmentInfo> of(const AssessmentStore &store, const QString &assessmentId);
};

} // namespace iamm
