// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rounds/trend.h"

namespace iamm {

class AssessmentStore;

// Reads a state's rounds from the store: the responses of all rounds in one query, the section and overall
// means with GapStatistics.
class TrendLoader
{
public:
    // Throws IammError for an unknown state code or when the state has no assessment on the framework
    // (no final one, with finalsOnly).
    static Trend history(const AssessmentStore &store, const QString &stateCode, const QString &frameworkId,
                         bool finalsOnly);
};

} // namespace iamm
