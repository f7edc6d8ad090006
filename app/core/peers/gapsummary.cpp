// SPDX-License-Identifier: GPL-3.0-or-later
#include "peers/gapsummary.h"

#include <algorithm>

namespace iamm {

QList<ItemGap> GapSummary::largestGapsToTarget(const GapResult &result)
{
    QList<ItemGap> below;
    for (const ItemGap &item : result.items) {
        if (item.gapToTarget.value_or(0) > 0)
            below.append(item);
    }
    std::stable_sort(below.begin(), below.end(),
                     [](const ItemGap &a, const ItemGap &b) { return *a.gapToTarget > *b.gapToTarget; });
    return below;
}

RatingCounts GapSummary::ratingCounts(const GapResult &result, const QString &sectionId)
{
    RatingCounts counts;
    for (const ItemGap &item : result.items) {
        if (!sectionId.isEmpty() && item.sectionId != sectionId)
            continue;
        ++counts.itemCount;
        counts.rated += item.score ? 1 : 0;
        counts.notApplicable += item.notApplicable ? 1 : 0;
    }
    return counts;
}

} // namespace iamm
