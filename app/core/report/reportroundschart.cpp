// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/reportroundschart.h"

#include "report/reportcanvas.h"
#include "report/reportchartstyle.h"
#include "report/reportformat.h"
#include "report/reporttextblock.h"

#include <algorithm>

namespace iamm {

namespace {

constexpr double plotHeightPt = 140;
constexpr double axisWidthPt = 22;
constexpr double labelHeightPt = 30;
constexpr double valueFontPt = 6.5;
constexpr double zeroStubPt = 2.5;

struct Area
{
    QString label;
    QList<std::optional<double>> means; // one per round
};

// Oldest lightest, newest the state colour of the other charts.
QColor roundColor(int index, int count)
{
    if (count <= 1)
        return ReportChartStyle::stateColor;
    const double lightness = 0.65 * double(count - 1 - index) / double(count - 1);
    const QColor base = ReportChartStyle::stateColor;
    return QColor::fromRgbF(base.redF() + (1 - base.redF()) * lightness,
                            base.greenF() + (1 - base.greenF()) * lightness,
                            base.blueF() + (1 - base.blueF()) * lightness);
}

QList<Area> areasOf(const Trend &trend, const Framework &framework)
{
    Area overall{QCoreApplication::translate("ReportRoundsChart", "Overall"), {}};
    for (const TrendRound &round : trend.rounds)
        overall.means.append(round.overall);
    QList<Area> areas{overall};
    for (const FrameworkSection &section : framework.sections) {
        Area area{section.title, {}};
        for (const TrendRound &round : trend.rounds) {
            const auto found = std::find_if(round.sections.cbegin(), round.sections.cend(),
                                            [&](const TrendSection &s) { return s.id == section.id; });
            area.means.append(found == round.sections.cend() ? std::nullopt : found->score);
        }
        areas.append(area);
    }
    return areas;
}

void paintLegend(ReportCanvas &canvas, const Trend &trend)
{
    const QFont font = canvas.font(7.5);
    const QFontMetricsF metrics(font, canvas.device());
    const double swatch = canvas.pt(9);
    canvas.ensureSpace(metrics.height() * 2);
    double x = canvas.left();
    for (int i = 0; i < trend.rounds.size(); ++i) {
        const AssessmentInfo &info = trend.rounds.at(i).info;
        const QString text =
            info.isFinal()
                ? ReportFormat::date(info.date)
                : QCoreApplication::translate("ReportRoundsChart", "%1 (draft)").arg(ReportFormat::date(info.date));
        canvas.painter().fillRect(QRectF(x, canvas.y() + (metrics.height() - swatch * 0.7) / 2, swatch, swatch * 0.7),
                                  roundColor(i, int(trend.rounds.size())));
        canvas.painter().setPen(ReportCanvas::textColor);
        const ReportTextBlock label(text, font, metrics.horizontalAdvance(text) + canvas.pt(2), canvas.device());
        label.draw(canvas.painter(), QPointF(x + swatch + canvas.pt(3), canvas.y()));
        x += swatch + canvas.pt(3) + metrics.horizontalAdvance(text) + canvas.pt(12);
    }
    canvas.advance(metrics.height() + canvas.pt(6));
}

} // namespace

void ReportRoundsChart::paint(ReportCanvas &canvas, const Trend &trend, const Framework &framework)
{
    const int roundCount = int(trend.rounds.size());
    if (roundCount == 0)
        return;
    const double total = canvas.pt(12 + plotHeightPt + labelHeightPt);
    canvas.ensureSpace(total + canvas.pt(20));
    paintLegend(canvas, trend);
    QPainter &painter = canvas.painter();
    const int scaleMin = framework.scale.min;
    const int scaleMax = std::max(framework.scale.max, scaleMin + 1);
    const QRectF plot(canvas.left() + canvas.pt(axisWidthPt), canvas.y() + canvas.pt(12),
                      canvas.width() - canvas.pt(axisWidthPt), canvas.pt(plotHeightPt));
    const auto yOf = [&](double value) {
        return plot.bottom() - std::clamp((value - scaleMin) / double(scaleMax - scaleMin), 0.0, 1.0) * plot.height();
    };
    const QFont valueFont = canvas.font(valueFontPt);
    const QFontMetricsF valueMetrics(valueFont, canvas.device());
    for (int level = scaleMin; level <= scaleMax; ++level) {
        painter.setPen(QPen(level == scaleMin ? ReportCanvas::mutedColor : ReportChartStyle::gridColor,
                            canvas.pt(level == scaleMin ? 0.8 : 0.5)));
        painter.drawLine(QPointF(plot.left(), yOf(level)), QPointF(plot.right(), yOf(level)));
        painter.setPen(ReportCanvas::mutedColor);
        ReportTextBlock(QString::number(level), valueFont, canvas.pt(axisWidthPt - 6), canvas.device(), Qt::AlignRight)
            .draw(painter, QPointF(canvas.left(), yOf(level) - valueMetrics.height() / 2));
    }
    const QList<Area> areas = areasOf(trend, framework);
    const double groupWidth = plot.width() / areas.size();
    const double barWidth = std::min(groupWidth * 0.8 / roundCount, canvas.pt(30));
    for (int a = 0; a < areas.size(); ++a) {
        const double centre = plot.left() + groupWidth * (a + 0.5);
        const double start = centre - barWidth * roundCount / 2;
        for (int r = 0; r < roundCount; ++r) {
            const std::optional<double> &mean = areas.at(a).means.at(r);
            const double x = start + r * barWidth;
            const QString text = mean ? ReportFormat::fixed(*mean, 2) : QStringLiteral("n/a");
            double top = plot.bottom();
            if (mean) {
                const double height = std::max(plot.bottom() - yOf(*mean), canvas.pt(zeroStubPt));
                top = plot.bottom() - height;
                painter.fillRect(QRectF(x + barWidth * 0.08, top, barWidth * 0.84, height), roundColor(r, roundCount));
            }
            painter.setPen(mean ? ReportCanvas::textColor : ReportCanvas::mutedColor);
            ReportTextBlock(text, valueFont, barWidth + canvas.pt(4), canvas.device(), Qt::AlignHCenter)
                .draw(painter, QPointF(x - canvas.pt(2), top - valueMetrics.height() - canvas.pt(1)));
        }
        painter.setPen(ReportCanvas::textColor);
        ReportTextBlock(areas.at(a).label, canvas.font(8, true), groupWidth - canvas.pt(6), canvas.device(),
                        Qt::AlignHCenter)
            .draw(painter, QPointF(centre - (groupWidth - canvas.pt(6)) / 2, plot.bottom() + canvas.pt(4)), 0, 2);
    }
    canvas.advance(total);
}

} // namespace iamm
