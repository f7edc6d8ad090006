// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "framework/framework.h"
#include "rounds/roundcomparison.h"
#include "rounds/trend.h"

#include <QByteArray>
#include <QString>

namespace iamm {

// `iamm trend` and `iamm compare` output. A rating is its level, "NA" or null (not assessed); a change is
// current − previous when both are levels, its label ("newly applicable", …) otherwise, or null.
class RoundsFormatter
{
public:
    // {"state", "framework", "rounds": [{"id", "date", "status", "sections": [{"id", "score"}], "overall"}],
    //  "items": [{"id", "scores": [one per round], "change", "reason", "note"}]}; change, reason and note
    // compare the newest round with its previous round.
    static QByteArray trendJson(const Trend &trend);
    // One row per section mean, the overall mean and each item; one column per round.
    static QByteArray trendCsv(const Trend &trend);
    static QString trendText(const Trend &trend, const Framework &framework);

    // {"framework", "from": {"id", "date", "status"}, "to": {…}, "items": [{"id", "from", "to", "change",
    //  "reason", "note"}]}
    static QByteArray comparisonJson(const RoundComparison &comparison);
    static QString comparisonText(const RoundComparison &comparison);
};

} // namespace iamm
