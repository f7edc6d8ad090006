// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assessment/assessment.h"

#include <QList>
#include <QMap>
#include <QString>
#include <optional>

namespace iamm {

class Framework;
struct Scale;

// The room's views on one item, over the contributions that gave a view on it.
struct ItemConsensus
{
    QString itemId;
    // Number of levels given, and of "not applicable" views.
    int n = 0;
    int na = 0;
    // How many gave each level of the scale (every level present, 0 when none gave it).
    QMap<int, int> counts;
    // Of the levels given; the mean of the two middle ones when n is even. None when n = 0.
    std::optional<double> median;
    std::optional<int> min;
    std::optional<int> max;
    // max − min ≥ 2, or levels and "not applicable" both given.
    bool divergent = false;
    // The assessment's own (agreed) rating and its dissent note.
    Rating agreed;
    QString dissent;

    // The level "Take the median" agrees: the median, a half rounded down (the more cautious
    // reading of a room split between two levels). None when n = 0.
    std::optional<int> medianLevel() const;
    // Whether agreeing needs a dissent note: a rating is agreed and the room diverged, the agreed
    // level is a level or more from the median, or the room gave only levels (only N/A) and the
    // team agreed N/A (a level).
    bool dissentExpected() const;
};

// The consensus figures of a whole assessment, items in framework order.
struct ConsensusFigures
{
    int participants = 0;
    // Distinct non-empty agencies, for "12 participants from 6 agencies".
    int agencies = 0;
    QList<ItemConsensus> items;
};

// The figures the CLI, the app and the report show from the participants' contributions: pure
// functions of the contributions and the agreed responses.
class Consensus
{
public:
    static ConsensusFigures compute(const Framework &framework, const QList<Contribution> &contributions,
                                    const QList<Response> &responses);
    // One item's figures from the ratings given on it (views with neither a level nor N/A are ignored).
    static ItemConsensus ofItem(const QString &itemId, const Scale &scale, const QList<Rating> &views,
                                const Response &agreed);
    static int agencyCount(const QList<Contribution> &contributions);
};

} // namespace iamm
