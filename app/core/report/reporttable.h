// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QList>
#include <QString>

namespace iamm {

class ReportCanvas;

struct ReportColumn
{
    QString title;
    double widthPt = 0; // 0: shares the width left by the fixed columns
    Qt::Alignment alignment = Qt::AlignLeft;
};

struct ReportCell
{
    ReportCell(const QString &text = {}) // NOLINT(google-explicit-constructor): cells are mostly plain strings
        : text(text)
    {}
    ReportCell(const QString &text, const QColor &color, bool bold = false)
        : text(text)
        , color(color)
        , bold(bold)
    {}

    QString text;
    QColor color;
    bool bold = false;
};

// A table painted row by row on the canvas: cells wrap, the header is repeated on every page,
// and a row taller than what is left of a page continues on the next one.
class ReportTable
{
public:
    ReportTable(ReportCanvas &canvas, const QList<ReportColumn> &columns, double fontSizePt = 8);

    void addRow(const QList<ReportCell> &cells);
    // Space after the table; call once after the last row.
    void finish();

private:
    void paintHeader();
    double headerHeight() const;
    double fixedWidth(const ReportColumn &column) const;
    QList<double> columnWidths() const;

    ReportCanvas &m_canvas;
    QList<ReportColumn> m_columns;
    QList<double> m_widths;
    double m_fontSize;
    int m_headerPage = -1;
    int m_rowIndex = 0;
};

} // namespace iamm
