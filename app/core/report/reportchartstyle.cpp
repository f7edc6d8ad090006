// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/reportchartstyle.h"

#include "report/reportcanvas.h"
#include "report/reporttextblock.h"

#include <QPainterPath>

namespace iamm {

const QColor ReportChartStyle::stateColor(0x1f, 0x4e, 0x79);
const QColor ReportChartStyle::peerColor(0x8a, 0x8f, 0x96);
const QColor ReportChartStyle::peerBoxColor(0xc9, 0xd6, 0xe3);
const QColor ReportChartStyle::targetColor(0xc5, 0x5a, 0x11);
const QColor ReportChartStyle::gridColor(0xdd, 0xe0, 0xe4);

void ReportChartStyle::paintMarker(ReportCanvas &canvas, Marker marker, double x, double y, double sizePt)
{
    QPainter &painter = canvas.painter();
    const double size = canvas.pt(sizePt);
    const QPointF centre(x + size / 2, y + size / 2);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    switch (marker) {
    case Marker::StateBar:
        painter.fillRect(QRectF(x, y + size * 0.15, size, size * 0.7), stateColor);
        break;
    case Marker::PeerBar:
        painter.fillRect(QRectF(x, y + size * 0.15, size, size * 0.7), peerColor);
        break;
    case Marker::TargetBar:
        painter.setPen(QPen(targetColor, canvas.pt(1.2)));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(QRectF(x, y + size * 0.15, size, size * 0.7));
        break;
    case Marker::StateDot:
        painter.setPen(Qt::NoPen);
        painter.setBrush(stateColor);
        painter.drawEllipse(centre, size * 0.32, size * 0.32);
        break;
    case Marker::TargetDiamond: {
        const double r = size * 0.42;
        QPainterPath diamond;
        diamond.moveTo(centre + QPointF(0, -r));
        diamond.lineTo(centre + QPointF(r, 0));
        diamond.lineTo(centre + QPointF(0, r));
        diamond.lineTo(centre + QPointF(-r, 0));
        diamond.closeSubpath();
        painter.setPen(QPen(targetColor, canvas.pt(1.1)));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(diamond);
        break;
    }
    case Marker::PeerRange:
        painter.setPen(QPen(peerColor, canvas.pt(1)));
        painter.drawLine(QPointF(x, centre.y()), QPointF(x + size, centre.y()));
        break;
    case Marker::PeerBox:
        painter.setPen(QPen(peerColor, canvas.pt(0.6)));
        painter.setBrush(peerBoxColor);
        painter.drawRect(QRectF(x, y + size * 0.25, size, size * 0.5));
        break;
    case Marker::MedianTick:
        painter.setPen(QPen(ReportCanvas::textColor, canvas.pt(1.4)));
        painter.drawLine(QPointF(centre.x(), y + size * 0.1), QPointF(centre.x(), y + size * 0.9));
        break;
    }
    painter.restore();
}

void ReportChartStyle::paintLegend(ReportCanvas &canvas, const QList<QPair<Marker, QString>> &entries)
{
    const double symbolPt = 9;
    const QFont font = canvas.font(7.5);
    const QFontMetricsF metrics(font, canvas.device());
    const double lineHeight = std::max(canvas.pt(symbolPt), metrics.height());
    canvas.ensureSpace(lineHeight * 2);
    double x = canvas.left();
    double y = canvas.y();
    for (const auto &[marker, text] : entries) {
        const double entryWidth = canvas.pt(symbolPt + 3) + metrics.horizontalAdvance(text) + canvas.pt(12);
        if (x + entryWidth > canvas.left() + canvas.width() && x > canvas.left()) {
            x = canvas.left();
            y += lineHeight + canvas.pt(2);
        }
        paintMarker(canvas, marker, x, y + (lineHeight - canvas.pt(symbolPt)) / 2, symbolPt);
        canvas.painter().setPen(ReportCanvas::textColor);
        const ReportTextBlock label(text, font, metrics.horizontalAdvance(text) + canvas.pt(2), canvas.device());
        label.draw(canvas.painter(), QPointF(x + canvas.pt(symbolPt + 3), y + (lineHeight - metrics.height()) / 2));
        x += entryWidth;
    }
    canvas.advance(y - canvas.y() + lineHeight + canvas.pt(6));
}

} // namespace iamm
