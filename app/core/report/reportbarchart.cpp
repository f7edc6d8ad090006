// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/reportbarchart.h"

#include "report/reportcanvas.h"
#include "report/reportchartstyle.h"
#include "report/reportformat.h"
#include "report/reporttextblock.h"

#include <algorithm>

namespace iamm {

namespace {

constexpr double plotHeightPt = 150;
constexpr double axisWidthPt = 22;
constexpr double labelHeightPt = 30;
constexpr double valueFontPt = 7;
constexpr double zeroStubPt = 2.5;
constexpr int valueDecimals = 2; // section means: the same decimals as the summary's standing table

struct Plot
{
    QRectF area;
    int scaleMin = 0;
    int scaleMax = 4;

    double yOf(double value) const
    {
        const double fraction = (value - scaleMin) / double(scaleMax - scaleMin);
        return area.bottom() - std::clamp(fraction, 0.0, 1.0) * area.height();
    }
};

void paintAxis(ReportCanvas &canvas, const Plot &plot)
{
    QPainter &painter = canvas.painter();
    const QFont font = canvas.font(valueFontPt);
    const QFontMetricsF metrics(font, canvas.device());
    for (int level = plot.scaleMin; level <= plot.scaleMax; ++level) {
        const double y = plot.yOf(level);
        painter.setPen(QPen(level == plot.scaleMin ? ReportCanvas::mutedColor : ReportChartStyle::gridColor,
                            canvas.pt(level == plot.scaleMin ? 0.8 : 0.5)));
        painter.drawLine(QPointF(plot.area.left(), y), QPointF(plot.area.right(), y));
        const ReportTextBlock label(QString::number(level), font, canvas.pt(axisWidthPt - 6), canvas.device(),
                                    Qt::AlignRight);
        painter.setPen(ReportCanvas::mutedColor);
        label.draw(painter, QPointF(canvas.left(), y - metrics.height() / 2));
    }
}

void paintBar(ReportCanvas &canvas, const Plot &plot, double x, double width, const std::optional<double> &value,
              ReportChartStyle::Marker style)
{
    QPainter &painter = canvas.painter();
    const QFont font = canvas.font(valueFontPt);
    const QFontMetricsF metrics(font, canvas.device());
    const double labelWidth = width + canvas.pt(16);
    const double labelX = x - canvas.pt(8);
    if (!value) {
        const ReportTextBlock label(QStringLiteral("n/a"), font, labelWidth, canvas.device(), Qt::AlignHCenter);
        painter.setPen(ReportCanvas::mutedColor);
        label.draw(painter, QPointF(labelX, plot.area.bottom() - metrics.height() - canvas.pt(1)));
        return;
    }
    // A score at the bottom of the scale is a score, not a missing bar: it keeps a visible stub.
    const double height = std::max(plot.area.bottom() - plot.yOf(*value), canvas.pt(zeroStubPt));
    const QRectF bar(x, plot.area.bottom() - height, width, height);
    if (style == ReportChartStyle::Marker::TargetBar) {
        painter.setPen(QPen(ReportChartStyle::targetColor, canvas.pt(1.2)));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(bar);
    } else {
        painter.fillRect(bar, style == ReportChartStyle::Marker::StateBar ? ReportChartStyle::stateColor
                                                                          : ReportChartStyle::peerColor);
    }
    const ReportTextBlock label(ReportFormat::fixed(*value, valueDecimals), font, labelWidth, canvas.device(),
                                Qt::AlignHCenter);
    painter.setPen(ReportCanvas::textColor);
    label.draw(painter, QPointF(labelX, bar.top() - metrics.height() - canvas.pt(1)));
}

} // namespace

void ReportBarChart::paint(ReportCanvas &canvas, const QList<ReportBarGroup> &groups, int scaleMin, int scaleMax)
{
    if (groups.isEmpty())
        return;
    const double top = canvas.pt(12);
    const double total = top + canvas.pt(plotHeightPt + labelHeightPt);
    canvas.ensureSpace(total);
    Plot plot;
    plot.scaleMin = scaleMin;
    plot.scaleMax = std::max(scaleMax, scaleMin + 1);
    plot.area = QRectF(canvas.left() + canvas.pt(axisWidthPt), canvas.y() + top,
                       canvas.width() - canvas.pt(axisWidthPt), canvas.pt(plotHeightPt));
    paintAxis(canvas, plot);

    const double groupWidth = plot.area.width() / groups.size();
    const double barWidth = std::min(groupWidth * 0.22, canvas.pt(34));
    const double gap = barWidth * 0.25;
    const QFont labelFont = canvas.font(8, true);
    for (int g = 0; g < groups.size(); ++g) {
        const ReportBarGroup &group = groups.at(g);
        const double centre = plot.area.left() + groupWidth * (g + 0.5);
        const double start = centre - (3 * barWidth + 2 * gap) / 2;
        paintBar(canvas, plot, start, barWidth, group.state, ReportChartStyle::Marker::StateBar);
        paintBar(canvas, plot, start + barWidth + gap, barWidth, group.peerMedian, ReportChartStyle::Marker::PeerBar);
        paintBar(canvas, plot, start + 2 * (barWidth + gap), barWidth, group.target,
                 ReportChartStyle::Marker::TargetBar);
        const ReportTextBlock label(group.label, labelFont, groupWidth - canvas.pt(6), canvas.device(),
                                    Qt::AlignHCenter);
        canvas.painter().setPen(ReportCanvas::textColor);
        label.draw(canvas.painter(),
                   QPointF(centre - (groupWidth - canvas.pt(6)) / 2, plot.area.bottom() + canvas.pt(4)), 0, 2);
    }
    canvas.advance(total);
}

} // namespace iamm
