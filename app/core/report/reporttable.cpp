// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/reporttable.h"

#include "report/reportcanvas.h"
#include "report/reporttextblock.h"

#include <QFontMetricsF>

#include <algorithm>
#include <cmath>
#include <memory>
#include <vector>

namespace iamm {

namespace {

constexpr double paddingXPt = 3;
constexpr double paddingYPt = 2.2;
const QColor headerFill(0xe4, 0xe8, 0xee);
const QColor stripeFill(0xf5, 0xf6, 0xf8);

} // namespace

ReportTable::ReportTable(ReportCanvas &canvas, const QList<ReportColumn> &columns, double fontSizePt)
    : m_canvas(canvas)
    , m_columns(columns)
    , m_fontSize(fontSizePt)
{
    m_widths = columnWidths();
}

// A fixed column is at least as wide as the longest word of its title, so that a translated
// header ("Médiane des pairs") wraps between words, never inside one.
double ReportTable::fixedWidth(const ReportColumn &column) const
{
    const QFontMetricsF metrics(m_canvas.font(m_fontSize, true), m_canvas.device());
    double widestWord = 0;
    for (const QString &word : column.title.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        widestWord = std::max(widestWord, metrics.horizontalAdvance(word));
    return std::max(m_canvas.pt(column.widthPt), std::ceil(widestWord) + 2 * m_canvas.pt(paddingXPt));
}

QList<double> ReportTable::columnWidths() const
{
    double fixed = 0;
    int flexible = 0;
    for (const ReportColumn &column : m_columns) {
        if (column.widthPt > 0)
            fixed += fixedWidth(column);
        else
            ++flexible;
    }
    const double share = flexible > 0 ? std::max(0.0, m_canvas.width() - fixed) / flexible : 0;
    QList<double> widths;
    for (const ReportColumn &column : m_columns)
        widths.append(column.widthPt > 0 ? fixedWidth(column) : share);
    return widths;
}

double ReportTable::headerHeight() const
{
    const QFont font = m_canvas.font(m_fontSize, true);
    double height = 0;
    for (int c = 0; c < m_columns.size(); ++c) {
        const ReportTextBlock block(m_columns.at(c).title, font, m_widths.at(c) - 2 * m_canvas.pt(paddingXPt),
                                    m_canvas.device(), m_columns.at(c).alignment);
        height = std::max(height, block.height());
    }
    return height + 2 * m_canvas.pt(paddingYPt);
}

void ReportTable::paintHeader()
{
    QPainter &painter = m_canvas.painter();
    const double height = headerHeight();
    const QFont font = m_canvas.font(m_fontSize, true);
    painter.fillRect(QRectF(m_canvas.left(), m_canvas.y(), m_canvas.width(), height), headerFill);
    painter.setPen(ReportCanvas::textColor);
    double x = m_canvas.left();
    for (int c = 0; c < m_columns.size(); ++c) {
        const double innerWidth = m_widths.at(c) - 2 * m_canvas.pt(paddingXPt);
        const ReportTextBlock block(m_columns.at(c).title, font, innerWidth, m_canvas.device(),
                                    m_columns.at(c).alignment);
        block.draw(painter, QPointF(x + m_canvas.pt(paddingXPt), m_canvas.y() + m_canvas.pt(paddingYPt)));
        x += m_widths.at(c);
    }
    m_canvas.advance(height);
    m_headerPage = m_canvas.pageNumber();
}

void ReportTable::addRow(const QList<ReportCell> &cells)
{
    const double padX = m_canvas.pt(paddingXPt);
    const double padY = m_canvas.pt(paddingYPt);
    std::vector<std::unique_ptr<ReportTextBlock>> blocks;
    double rowHeight = 0;
    for (int c = 0; c < m_columns.size(); ++c) {
        const ReportCell cell = c < cells.size() ? cells.at(c) : ReportCell();
        blocks.push_back(std::make_unique<ReportTextBlock>(cell.text, m_canvas.font(m_fontSize, cell.bold),
                                                           m_widths.at(c) - 2 * padX, m_canvas.device(),
                                                           m_columns.at(c).alignment));
        rowHeight = std::max(rowHeight, blocks.back()->height());
    }
    rowHeight += 2 * padY;

    const double pageCapacity = m_canvas.body().height() - headerHeight();
    if (m_headerPage != m_canvas.pageNumber()) {
        m_canvas.ensureSpace(headerHeight() + std::min(rowHeight, pageCapacity / 4));
        paintHeader();
    }
    if (rowHeight > m_canvas.remaining() && rowHeight <= pageCapacity) {
        m_canvas.newPage();
        paintHeader();
    }

    QPainter &painter = m_canvas.painter();
    std::vector<int> fromLine(blocks.size(), 0);
    for (;;) {
        const double available = m_canvas.remaining() - 2 * padY;
        double sliceHeight = 0;
        std::vector<int> toLine(blocks.size());
        bool rest = false;
        for (size_t c = 0; c < blocks.size(); ++c) {
            toLine[c] = blocks[c]->linesFitting(fromLine[c], available);
            if (toLine[c] > fromLine[c])
                sliceHeight = std::max(sliceHeight,
                                       blocks[c]->lineBottom(toLine[c] - 1) - blocks[c]->lineTop(fromLine[c]));
            rest = rest || toLine[c] < blocks[c]->lineCount();
        }
        const QRectF slice(m_canvas.left(), m_canvas.y(), m_canvas.width(), sliceHeight + 2 * padY);
        if (m_rowIndex % 2 == 1)
            painter.fillRect(slice, stripeFill);
        double x = m_canvas.left();
        for (size_t c = 0; c < blocks.size(); ++c) {
            const ReportCell cell = int(c) < cells.size() ? cells.at(int(c)) : ReportCell();
            painter.setPen(cell.color.isValid() ? cell.color : ReportCanvas::textColor);
            blocks[c]->draw(painter, QPointF(x + padX, slice.top() + padY), fromLine[c], toLine[c]);
            x += m_widths.at(int(c));
        }
        painter.setPen(QPen(ReportCanvas::ruleColor, m_canvas.pt(0.4)));
        painter.drawLine(slice.bottomLeft(), slice.bottomRight());
        m_canvas.advance(slice.height());
        if (!rest)
            break;
        fromLine = toLine;
        m_canvas.newPage();
        paintHeader();
    }
    ++m_rowIndex;
}

void ReportTable::finish()
{
    m_canvas.advance(m_canvas.pt(8));
}

} // namespace iamm
