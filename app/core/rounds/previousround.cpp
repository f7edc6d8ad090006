// SPDX-License-Identifier: GPL-3.0-or-later
#include "rounds/previousround.h"

#include "store/assessmentstore.h"

namespace iamm {

std::optional<AssessmentInfo> PreviousRound::of(const AssessmentInfo &subject, const QList<AssessmentInfo> &stateRounds)
{
    bool afterSubject = false;
    for (const AssessmentInfo &info : stateRounds) {
        if (info.id == subject.id) {
            afterSubject = true;
            continue;
        }
        if (!subject.previousAssessmentId.isEmpty()) {
            if (info.id == subject.previousAssessmentId)
                return info;
            continue;
        }
        if (afterSubject && info.isFinal() && info.frameworkId == subject.frameworkId)
            return info;
    }
    return std::nullopt;
}

std::optional<AssessmentInfo> PreviousRound::of(const AssessmentStore &store, const QString &assessmentId)
{
    const AssessmentInfo subject = store.assessment(assessmentId);
    return of(subject, store.assessments(subject.stateCode));
}

} // namespace iamm
