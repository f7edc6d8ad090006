// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assessment/assessment.h"
#include "rounds/roundcomparison.h"

#include <QHash>
#include <optional>

namespace iamm {

struct TrendSection
{
    QString id;
    std::optional<double> score; // mean of the counted item scores, as in the gap rules
};

// One assessment of the state with its means and ratings.
struct TrendRound
{
    AssessmentInfo info;
    QList<TrendSection> sections;
    std::optional<double> overall;
    QHash<QString, Rating> ratings; // by item id; an item not in the hash is not assessed
};

// Every assessment of a state on one framework, oldest first (drafts included unless left out), and the
// newest round compared with its previous round.
struct Trend
{
    QString stateCode;
    QString frameworkId;
    QList<TrendRound> rounds;
    QStringList itemIds; // in the order of the newest round's framework
    std::optional<RoundComparison> latest;

    // The overall mean of round index minus that of the round before it; none for the first round or when
    // either has no mean.
    std::optional<double> overallChange(int index) const;
};

} // namespace iamm
