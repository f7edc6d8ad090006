// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assessment/rating.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace iamm {

// One participant's view on one item: a level, "not applicable", or (neither) no view, and a comment.
struct ContributionView
{
    QString itemId;
    Rating rating;
    QString comment;

    bool operator==(const ContributionView &) const = default;
};

// One participant's individual views on some or all items of an assessment, collected before the
// agreed score. The name may be empty: the participant is then shown as "Participant N".
struct Contribution
{
    qint64 id = 0;
    QString participant;
    QString agency;
    // Where the views came from (the imported file's name), empty when typed.
    QString source;
    QDateTime createdAt;
    // 1-based place among the assessment's contributions in order of creation, set when read.
    int position = 0;
    QList<ContributionView> views;

    // The name, or "Participant N" (N = position) when it is empty.
    QString shownName() const;
    // The view on itemId, or nullptr when the participant gave none.
    const ContributionView *view(const QString &itemId) const;
};

} // namespace iamm
