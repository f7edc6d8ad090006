// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "framework/framework.h"
#include "rounds/trend.h"

namespace iamm {

class ReportCanvas;

// The overall and section means of every round as grouped vertical bars on the rating scale, one bar per
// round from the oldest (lightest) to the newest (darkest), with a legend of the rounds; a missing mean is
// labelled "n/a", not drawn.
class ReportRoundsChart
{
public:
    static void paint(ReportCanvas &canvas, const Trend &trend, const Framework &framework);
};

} // namespace iamm
