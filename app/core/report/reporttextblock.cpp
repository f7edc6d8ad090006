// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/reporttextblock.h"

#include <QPainter>
#include <QTextLine>
#include <QTextOption>

namespace iamm {

namespace {

// QTextLayout breaks lines only at Unicode line separators, not at '\n'.
QString withLineSeparators(QString text)
{
    text.remove(QLatin1Char('\r'));
    text.replace(QLatin1Char('\n'), QChar::LineSeparator);
    return text;
}

} // namespace

ReportTextBlock::ReportTextBlock(const QString &text, const QFont &font, double width, QPaintDevice *device,
                                 Qt::Alignment alignment)
    : m_layout(std::make_unique<QTextLayout>(withLineSeparators(text), font, device))
{
    QTextOption option(alignment);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_layout->setTextOption(option);
    m_layout->setCacheEnabled(true);
    m_layout->beginLayout();
    double y = 0;
    for (QTextLine line = m_layout->createLine(); line.isValid(); line = m_layout->createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    m_layout->endLayout();
}

double ReportTextBlock::height() const
{
    return lineCount() == 0 ? 0 : lineBottom(lineCount() - 1);
}

int ReportTextBlock::lineCount() const
{
    return m_layout->lineCount();
}

double ReportTextBlock::lineTop(int line) const
{
    return m_layout->lineAt(line).y();
}

double ReportTextBlock::lineBottom(int line) const
{
    const QTextLine textLine = m_layout->lineAt(line);
    return textLine.y() + textLine.height();
}

int ReportTextBlock::linesFitting(int fromLine, double maxHeight) const
{
    if (fromLine >= lineCount())
        return lineCount();
    const double top = lineTop(fromLine);
    int line = fromLine;
    while (line < lineCount() && lineBottom(line) - top <= maxHeight)
        ++line;
    return line;
}

void ReportTextBlock::draw(QPainter &painter, const QPointF &topLeft, int fromLine, int toLine) const
{
    if (toLine < 0 || toLine > lineCount())
        toLine = lineCount();
    if (fromLine >= toLine)
        return;
    const QPointF offset = topLeft - QPointF(0, lineTop(fromLine));
    for (int line = fromLine; line < toLine; ++line)
        m_layout->lineAt(line).draw(&painter, offset);
}

} // namespace iamm
