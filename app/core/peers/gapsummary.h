// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "peers/gapresult.h"

#include <QList>
#include <QString>

namespace iamm {

// How many items of a gap result (or of one of its sections) are rated, not applicable or open.
struct RatingCounts
{
    int itemCount = 0;
    int rated = 0;
    int notApplicable = 0;

    int notAssessed() const { return itemCount - rated - notApplicable; }
};

// The summary figures the report, the CLI and the application show from a gap result.
class GapSummary
{
public:
    // Items below their target, the largest gap first; equal gaps keep the framework order.
    static QList<ItemGap> largestGapsToTarget(const GapResult &result);
    // Counts over all items, or over one section's items when sectionId is not empty.
    static RatingCounts ratingCounts(const GapResult &result, const QString &sectionId = {});
};

} // namespace iamm
