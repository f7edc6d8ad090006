// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "peers/gapresult.h"

#include <QList>
#include <QString>
#include <optional>

namespace iamm {

class ReportCanvas;

struct ReportSpreadRow
{
    QString label;
    std::optional<double> state;
    QString stateText; // the score with valueDecimals decimals, "N/A" or "not assessed"
    std::optional<double> target;
    std::optional<PeerSpread> peer;
};

// One line per item on the rating scale: peer min–max line, q1–q3 box and median tick where peer figures
// exist, the state's marker and the target marker; the axis is repeated when the chart continues on a new page.
class ReportSpreadChart
{
public:
    // Every figure printed beside the chart has this many decimals.
    static constexpr int valueDecimals = 1;

    static void paint(ReportCanvas &canvas, const QList<ReportSpreadRow> &rows, int scaleMin, int scaleMax);
};

} // namespace iamm
