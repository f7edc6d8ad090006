// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QString>

namespace iamm {

class ReportCanvas;

// Colours and legend shared by the report's charts, so a marker means the same thing everywhere.
class ReportChartStyle
{
public:
    static const QColor stateColor;
    static const QColor peerColor;
    static const QColor peerBoxColor;
    static const QColor targetColor;
    static const QColor gridColor;

    enum class Marker { StateBar, PeerBar, TargetBar, StateDot, TargetDiamond, PeerRange, PeerBox, MedianTick };

    // Paints a symbol of the given kind centred in a square of sizePt at (x, y) top-left.
    static void paintMarker(ReportCanvas &canvas, Marker marker, double x, double y, double sizePt);
    // One line of (marker, text) pairs, then advances the canvas.
    static void paintLegend(ReportCanvas &canvas, const QList<QPair<Marker, QString>> &entries);
};

} // namespace iamm
