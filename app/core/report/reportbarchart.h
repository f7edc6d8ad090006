// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace iamm {

class ReportCanvas;

struct ReportBarGroup
{
    QString label;
    std::optional<double> state;
    std::optional<double> peerMedian;
    std::optional<double> target;
};

// Grouped vertical bars (state, peer median, target) on the rating scale; a missing value is labelled, not drawn.
class ReportBarChart
{
public:
    static void paint(ReportCanvas &canvas, const QList<ReportBarGroup> &groups, int scaleMin, int scaleMax);
};

} // namespace iamm
