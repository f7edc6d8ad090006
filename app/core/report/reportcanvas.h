// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QPainter>
#include <QRectF>
#include <QString>

class QPdfWriter;

namespace iamm {

// What is printed at the top and bottom of every page after the cover.
struct ReportPageFrame
{
    QString header;
    QString footer;
    QString confidentiality;
    bool draft = false;
    int totalPages = 0; // 0 while the pages are still being counted
};

// A flowing page layout on a PDF writer: a cursor moving down the body of the current page,
// a new page (with header and footer) whenever something does not fit.
// Sizes given in points are converted to device units with pt().
class ReportCanvas
{
    Q_DECLARE_TR_FUNCTIONS(ReportCanvas)

public:
    static constexpr auto fontFamily = "DejaVu Sans";
    // Chinese, Japanese and Korean text, which DejaVu does not cover (Debian package fonts-noto-cjk).
    static constexpr auto cjkFontFamily = "Noto Sans CJK SC";
    static const QColor textColor;
    static const QColor mutedColor;
    static const QColor ruleColor;
    static const QColor draftColor;

    ReportCanvas(QPdfWriter &writer, const ReportPageFrame &frame);
    ~ReportCanvas();
    ReportCanvas(const ReportCanvas &) = delete;
    ReportCanvas &operator=(const ReportCanvas &) = delete;

    QPainter &painter() { return m_painter; }
    QPaintDevice *device() const;
    double pt(double points) const;
    QFont font(double pointSize, bool bold = false, bool italic = false) const;

    QRectF body() const { return m_body; }
    double left() const { return m_body.left(); }
    double width() const { return m_body.width(); }
    double y() const { return m_y; }
    void advance(double height) { m_y += height; }
    double remaining() const { return m_body.bottom() - m_y; }
    bool atPageTop() const;
    int pageNumber() const { return m_page; }

    void newPage();
    // Starts a new page unless height still fits on this one.
    void ensureSpace(double height);

    // Wrapped plain text flowing across pages line by line; indent and spaceAfter in points.
    void paragraph(const QString &text, const QFont &font, const QColor &color = textColor, double indent = 0,
                   double spaceAfter = 4);
    double paragraphHeight(const QString &text, const QFont &font, double indent = 0, double spaceAfter = 4) const;
    // A heading kept on the same page as at least keepWithNext points of what follows it.
    void heading(const QString &text, double pointSize, double keepWithNext = 60);
    void bullet(const QString &text, const QFont &font);

    // Writes the last page's footer; call once when everything is painted.
    void finish();

private:
    void startPage();
    void paintHeader();
    void paintFooter();
    // One line of text, elided with "…" when wider than lineWidth; returns the line's bottom.
    double singleLine(const QString &text, const QFont &lineFont, const QPointF &topLeft, double lineWidth,
                      const QColor &color, Qt::Alignment alignment = Qt::AlignLeft);

    QPdfWriter &m_writer;
    ReportPageFrame m_frame;
    QPainter m_painter;
    QRectF m_body;
    double m_y = 0;
    int m_page = 1;
    bool m_finished = false;
};

} // namespace iamm
