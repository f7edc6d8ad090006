// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assessment/assessment.h"

#include <QString>

namespace iamm {

// Which assessments a list shows: those whose state (code or name) or title contains the
// text, ignoring case, and whose status matches.
struct AssessmentFilter
{
    enum class Status { Any, Draft, Final };

    QString text;
    Status status = Status::Any;

    bool isActive() const { return !text.trimmed().isEmpty() || status != Status::Any; }
    // stateName is the state's display name (the code itself when unknown).
    bool matches(const AssessmentInfo &info, const QString &stateName) const;
};

} // namespace iamm
