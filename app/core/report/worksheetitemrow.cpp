// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/worksheetitemrow.h"

#include "report/reportcanvas.h"

namespace iamm {

namespace {

// Sizes in points.
constexpr double idColumnPt = 46;
constexpr double textFontPt = 9.5;
constexpr double sourceFontPt = 7.5;
constexpr double boxPt = 11;
constexpr double boxLabelGapPt = 3;
constexpr double boxSpacingPt = 20;
constexpr double boxFontPt = 9;
constexpr double gapAboveBoxesPt = 5;
constexpr double gapAboveCommentPt = 4;
constexpr int commentLines = 3;
constexpr double commentLineSpacingPt = 16;
constexpr double spaceAfterPt = 12;

QString officialText(const FrameworkItem &item)
{
    // Effective Practice items carry their full official heading; their text is only its short form.
    return item.heading.isEmpty() ? item.text : item.heading;
}

QStringList boxLabels(const Scale &scale)
{
    QStringList labels;
    for (int value = scale.min; value <= scale.max; ++value)
        labels.append(QString::number(value));
    if (scale.allowNotApplicable)
        labels.append(WorksheetItemRow::tr("N/A"));
    return labels;
}

} // namespace

WorksheetItemRow::WorksheetItemRow(ReportCanvas &canvas, const FrameworkItem &item, const Scale &scale)
    : m_canvas(canvas)
    , m_boxLabels(boxLabels(scale))
    , m_id(item.id, canvas.font(textFontPt, true), canvas.pt(idColumnPt), canvas.device())
    , m_text(officialText(item), canvas.font(textFontPt), canvas.width() - canvas.pt(idColumnPt), canvas.device())
    , m_source(item.source, canvas.font(sourceFontPt, false, true), canvas.width() - canvas.pt(idColumnPt),
               canvas.device())
{}

double WorksheetItemRow::height() const
{
    return commentTop() + commentLines * m_canvas.pt(commentLineSpacingPt) + m_canvas.pt(spaceAfterPt);
}

void WorksheetItemRow::paint() const
{
    m_canvas.ensureSpace(height());
    const double top = m_canvas.y();
    QPainter &painter = m_canvas.painter();
    painter.setPen(ReportCanvas::textColor);
    m_id.draw(painter, QPointF(m_canvas.left(), top));
    m_text.draw(painter, QPointF(textLeft(), top));
    painter.setPen(ReportCanvas::mutedColor);
    m_source.draw(painter, QPointF(textLeft(), top + m_text.height()));
    paintBoxes(top + boxesTop());
    paintCommentLines(top + commentTop());
    m_canvas.advance(height());
}

double WorksheetItemRow::textLeft() const
{
    return m_canvas.left() + m_canvas.pt(idColumnPt);
}

double WorksheetItemRow::boxesTop() const
{
    return m_text.height() + m_source.height() + m_canvas.pt(gapAboveBoxesPt);
}

double WorksheetItemRow::commentTop() const
{
    return boxesTop() + m_canvas.pt(boxPt + gapAboveCommentPt);
}

void WorksheetItemRow::paintBoxes(double top) const
{
    QPainter &painter = m_canvas.painter();
    const QFont labelFont = m_canvas.font(boxFontPt, true);
    const QFontMetricsF metrics(labelFont, m_canvas.device());
    const double box = m_canvas.pt(boxPt);
    double x = textLeft();
    for (const QString &label : m_boxLabels) {
        painter.setPen(QPen(ReportCanvas::textColor, m_canvas.pt(0.8)));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(QRectF(x, top, box, box));
        const double labelWidth = metrics.horizontalAdvance(label) + m_canvas.pt(1);
        const ReportTextBlock text(label, labelFont, labelWidth, m_canvas.device());
        painter.setPen(ReportCanvas::textColor);
        text.draw(painter, QPointF(x + box + m_canvas.pt(boxLabelGapPt), top + (box - text.height()) / 2));
        x += box + m_canvas.pt(boxLabelGapPt) + labelWidth + m_canvas.pt(boxSpacingPt);
    }
}

void WorksheetItemRow::paintCommentLines(double top) const
{
    QPainter &painter = m_canvas.painter();
    const QFont labelFont = m_canvas.font(sourceFontPt);
    const QString label = tr("Comment");
    const double labelWidth = QFontMetricsF(labelFont, m_canvas.device()).horizontalAdvance(label) + m_canvas.pt(1);
    const ReportTextBlock text(label, labelFont, labelWidth, m_canvas.device());
    const double spacing = m_canvas.pt(commentLineSpacingPt);
    const double right = m_canvas.body().right();
    painter.setPen(ReportCanvas::mutedColor);
    text.draw(painter, QPointF(textLeft(), top + spacing - text.height()));
    painter.setPen(QPen(ReportCanvas::ruleColor, m_canvas.pt(0.5)));
    for (int line = 1; line <= commentLines; ++line) {
        const double x = line == 1 ? textLeft() + labelWidth + m_canvas.pt(4) : textLeft();
        painter.drawLine(QPointF(x, top + line * spacing), QPointF(right, top + line * spacing));
    }
}

} // namespace iamm
