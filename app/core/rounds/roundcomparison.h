// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assessment/assessment.h"
#include "framework/framework.h"
#include "rounds/itemchange.h"

#include <optional>

namespace iamm {

class AssessmentStore;

// One item of two rounds side by side, with the current round's explanation of change.
struct ItemComparison
{
    QString itemId;
    QString sectionId;
    Rating previous;
    Rating current;
    QString previousRationale;
    QString currentRationale;
    ItemChange change = ItemChange::between({}, {});
    std::optional<ChangeReason> reason;
    QString note;
};

// Two assessments of the same framework compared item by item (the items of the current one's pinned
// framework, matched by id): what the walkthrough, the summary, `iamm compare` and the report show.
struct RoundComparison
{
    AssessmentInfo previous;
    AssessmentInfo current;
    QList<ItemComparison> items;

    static RoundComparison compute(const Framework &framework, const AssessmentInfo &previous,
                                   const QList<Response> &previousResponses, const AssessmentInfo &current,
                                   const QList<Response> &currentResponses);
    // Throws IammError when either is missing or their framework ids differ.
    static RoundComparison between(const AssessmentStore &store, const QString &previousId, const QString &currentId);
    // The assessment against its previous round (PreviousRound); none when it has none.
    static std::optional<RoundComparison> againstPrevious(const AssessmentStore &store, const QString &assessmentId);

    const ItemComparison *item(const QString &itemId) const;
    // The items whose rating is not the same as in the previous round, in framework order.
    QList<ItemComparison> changed() const;
    // Up to count items that rose (risen = true) or fell most, largest move first, then framework order.
    QList<ItemComparison> largestMoves(bool risen, int count) const;
};

} // namespace iamm
