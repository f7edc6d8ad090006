// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/reportspreadchart.h"

#include "report/reportcanvas.h"
#include "report/reportchartstyle.h"
#include "report/reportformat.h"
#include "report/reporttextblock.h"

#include <QCoreApplication>

#include <algorithm>

namespace iamm {

namespace {

constexpr double rowHeightPt = 14;
constexpr double axisHeightPt = 16;
constexpr double labelWidthPt = 44;
constexpr double trackPaddingPt = 8;
constexpr double fontPt = 7;
const QColor stripeFill(0xf5, 0xf6, 0xf8);

struct Column
{
    const char *title;
    double widthPt;
};

const Column valueColumns[] = {
    {QT_TRANSLATE_NOOP("ReportSpreadChart", "Score"), 54},
    {QT_TRANSLATE_NOOP("ReportSpreadChart", "Target"), 32},
    {QT_TRANSLATE_NOOP("ReportSpreadChart", "Peer median (n)"), 62},
};

QString translated(const char *text)
{
    return QCoreApplication::translate("ReportSpreadChart", text);
}

class Track
{
public:
    Track(ReportCanvas &canvas, int scaleMin, int scaleMax)
        : m_min(scaleMin)
        , m_max(std::max(scaleMax, scaleMin + 1))
    {
        double valuesWidth = 0;
        for (const Column &column : valueColumns)
            valuesWidth += canvas.pt(column.widthPt);
        m_left = canvas.left() + canvas.pt(labelWidthPt + trackPaddingPt);
        m_right = canvas.left() + canvas.width() - valuesWidth - canvas.pt(trackPaddingPt);
        m_valuesLeft = canvas.left() + canvas.width() - valuesWidth;
    }

    double xOf(double value) const
    {
        const double fraction = std::clamp((value - m_min) / double(m_max - m_min), 0.0, 1.0);
        return m_left + fraction * (m_right - m_left);
    }
    int min() const { return m_min; }
    int max() const { return m_max; }
    double valuesLeft() const { return m_valuesLeft; }

private:
    int m_min;
    int m_max;
    double m_left = 0;
    double m_right = 0;
    double m_valuesLeft = 0;
};

void drawText(ReportCanvas &canvas, const QString &text, double x, double y, double width, Qt::Alignment alignment,
              const QFont &font, const QColor &color)
{
    const ReportTextBlock block(text, font, width, canvas.device(), alignment);
    canvas.painter().setPen(color);
    block.draw(canvas.painter(), QPointF(x, y), 0, 1);
}

void paintAxis(ReportCanvas &canvas, const Track &track)
{
    const QFont font = canvas.font(fontPt, true);
    const double y = canvas.y() + canvas.pt(3);
    const double tickWidth = canvas.pt(20);
    for (int level = track.min(); level <= track.max(); ++level)
        drawText(canvas, QString::number(level), track.xOf(level) - tickWidth / 2, y, tickWidth, Qt::AlignHCenter, font,
                 ReportCanvas::mutedColor);
    double x = track.valuesLeft();
    for (const Column &column : valueColumns) {
        drawText(canvas, translated(column.title), x, y, canvas.pt(column.widthPt - 2), Qt::AlignRight, font,
                 ReportCanvas::mutedColor);
        x += canvas.pt(column.widthPt);
    }
    canvas.advance(canvas.pt(axisHeightPt));
}

void paintPeer(ReportCanvas &canvas, const Track &track, const PeerSpread &peer, double centreY)
{
    QPainter &painter = canvas.painter();
    painter.setPen(QPen(ReportChartStyle::peerColor, canvas.pt(1)));
    painter.drawLine(QPointF(track.xOf(peer.min), centreY), QPointF(track.xOf(peer.max), centreY));
    const double boxHalf = canvas.pt(3.5);
    painter.setPen(QPen(ReportChartStyle::peerColor, canvas.pt(0.6)));
    painter.setBrush(ReportChartStyle::peerBoxColor);
    const double boxLeft = track.xOf(peer.q1);
    const double boxWidth = std::max(track.xOf(peer.q3) - boxLeft, canvas.pt(1));
    painter.drawRect(QRectF(boxLeft, centreY - boxHalf, boxWidth, 2 * boxHalf));
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(ReportCanvas::textColor, canvas.pt(1.4)));
    const double tickHalf = canvas.pt(5);
    painter.drawLine(QPointF(track.xOf(peer.median), centreY - tickHalf),
                     QPointF(track.xOf(peer.median), centreY + tickHalf));
}

void paintRow(ReportCanvas &canvas, const Track &track, const ReportSpreadRow &row, bool striped)
{
    QPainter &painter = canvas.painter();
    const double top = canvas.y();
    const double height = canvas.pt(rowHeightPt);
    const double centreY = top + height / 2;
    if (striped)
        painter.fillRect(QRectF(canvas.left(), top, canvas.width(), height), stripeFill);
    painter.setPen(QPen(ReportChartStyle::gridColor, canvas.pt(0.5)));
    for (int level = track.min(); level <= track.max(); ++level)
        painter.drawLine(QPointF(track.xOf(level), top), QPointF(track.xOf(level), top + height));

    const QFont font = canvas.font(fontPt);
    const double textY = centreY - QFontMetricsF(font, canvas.device()).height() / 2;
    drawText(canvas, row.label, canvas.left() + canvas.pt(2), textY, canvas.pt(labelWidthPt), Qt::AlignLeft,
             canvas.font(fontPt, true), ReportCanvas::textColor);

    if (row.peer)
        paintPeer(canvas, track, *row.peer, centreY);
    const double marker = 9;
    if (row.target)
        ReportChartStyle::paintMarker(canvas, ReportChartStyle::Marker::TargetDiamond,
                                      track.xOf(*row.target) - canvas.pt(marker) / 2, centreY - canvas.pt(marker) / 2,
                                      marker);
    if (row.state)
        ReportChartStyle::paintMarker(canvas, ReportChartStyle::Marker::StateDot,
                                      track.xOf(*row.state) - canvas.pt(marker) / 2, centreY - canvas.pt(marker) / 2,
                                      marker);

    const QString peerText = row.peer
                                 ? QStringLiteral("%1 (%2)")
                                       .arg(ReportFormat::fixed(row.peer->median, ReportSpreadChart::valueDecimals))
                                       .arg(row.peer->n)
                                 : QStringLiteral("–");
    const QStringList values{row.stateText,
                             row.target ? ReportFormat::fixed(*row.target, ReportSpreadChart::valueDecimals)
                                        : QStringLiteral("–"),
                             peerText};
    double x = track.valuesLeft();
    for (int c = 0; c < values.size(); ++c) {
        const QColor color = row.state ? ReportCanvas::textColor : ReportCanvas::mutedColor;
        drawText(canvas, values.at(c), x, textY, canvas.pt(valueColumns[c].widthPt - 2), Qt::AlignRight, font,
                 c == 0 ? color : ReportCanvas::textColor);
        x += canvas.pt(valueColumns[c].widthPt);
    }
    canvas.advance(height);
}

} // namespace

void ReportSpreadChart::paint(ReportCanvas &canvas, const QList<ReportSpreadRow> &rows, int scaleMin, int scaleMax)
{
    const Track track(canvas, scaleMin, scaleMax);
    canvas.ensureSpace(canvas.pt(axisHeightPt + 4 * rowHeightPt));
    paintAxis(canvas, track);
    for (int r = 0; r < rows.size(); ++r) {
        if (canvas.remaining() < canvas.pt(rowHeightPt)) {
            canvas.newPage();
            paintAxis(canvas, track);
        }
        paintRow(canvas, track, rows.at(r), r % 2 == 1);
    }
    canvas.advance(canvas.pt(8));
}

} // namespace iamm
