// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/reportcanvas.h"

#include "common/iammerror.h"
#include "report/reporttextblock.h"

#include <QPdfWriter>

namespace iamm {

namespace {

constexpr double headerBandPt = 22;
constexpr double footerBandPt = 30;
constexpr double footerFontPt = 7.5;

} // namespace

const QColor ReportCanvas::textColor(0x1a, 0x1a, 0x1a);
const QColor ReportCanvas::mutedColor(0x5f, 0x63, 0x68);
const QColor ReportCanvas::ruleColor(0xb0, 0xb4, 0xb8);
const QColor ReportCanvas::draftColor(0xb0, 0x1c, 0x1c);

ReportCanvas::ReportCanvas(QPdfWriter &writer, const ReportPageFrame &frame)
    : m_writer(writer)
    , m_frame(frame)
{
    if (!m_painter.begin(&m_writer))
        throw IammError(tr("Cannot start painting the PDF report"));
    const QRectF page(0, 0, m_writer.width(), m_writer.height());
    m_body = page.adjusted(0, pt(headerBandPt), 0, -pt(footerBandPt));
    startPage();
}

ReportCanvas::~ReportCanvas()
{
    if (m_painter.isActive())
        m_painter.end();
}

QPaintDevice *ReportCanvas::device() const
{
    return &m_writer;
}

double ReportCanvas::pt(double points) const
{
    return points * m_writer.resolution() / 72.0;
}

QFont ReportCanvas::font(double pointSize, bool bold, bool italic) const
{
    QFont f;
    f.setFamilies({QString::fromLatin1(fontFamily), QString::fromLatin1(cjkFontFamily)});
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    f.setItalic(italic);
    f.setKerning(true);
    // Any explicit letter spacing, even the neutral 100 %, makes Qt shape without ligatures, so the PDF's
    // text layer holds plain letters instead of ligature glyphs ("ffi") and searching or copying finds words.
    f.setLetterSpacing(QFont::PercentageSpacing, 100);
    return f;
}

bool ReportCanvas::atPageTop() const
{
    return m_y <= m_body.top() + 0.5;
}

void ReportCanvas::newPage()
{
    paintFooter();
    m_writer.newPage();
    ++m_page;
    startPage();
}

void ReportCanvas::ensureSpace(double height)
{
    if (height > remaining() && !atPageTop())
        newPage();
}

void ReportCanvas::paragraph(const QString &text, const QFont &font, const QColor &color, double indent,
                             double spaceAfter)
{
    const ReportTextBlock block(text, font, width() - pt(indent), device());
    int line = 0;
    while (line < block.lineCount()) {
        int end = block.linesFitting(line, remaining());
        if (end == line) {
            if (atPageTop())
                end = line + 1; // a single line taller than a page: draw it clipped rather than loop
            else {
                newPage();
                continue;
            }
        }
        m_painter.setPen(color); // a new page's header and footer leave their own pen behind
        block.draw(m_painter, QPointF(left() + pt(indent), m_y), line, end);
        m_y += block.lineBottom(end - 1) - block.lineTop(line);
        line = end;
    }
    m_y += pt(spaceAfter);
}

double ReportCanvas::paragraphHeight(const QString &text, const QFont &font, double indent, double spaceAfter) const
{
    return ReportTextBlock(text, font, width() - pt(indent), device()).height() + pt(spaceAfter);
}

void ReportCanvas::heading(const QString &text, double pointSize, double keepWithNext)
{
    const QFont headingFont = font(pointSize, true);
    const ReportTextBlock block(text, headingFont, width(), device());
    ensureSpace(block.height() + pt(keepWithNext));
    if (!atPageTop())
        m_y += pt(pointSize * 0.6);
    m_painter.setPen(textColor);
    block.draw(m_painter, QPointF(left(), m_y));
    m_y += block.height() + pt(pointSize * 0.35);
}

void ReportCanvas::bullet(const QString &text, const QFont &font)
{
    const double indent = 12;
    const ReportTextBlock marker(QStringLiteral("•"), font, pt(indent), device());
    ensureSpace(marker.height());
    m_painter.setPen(textColor);
    marker.draw(m_painter, QPointF(left() + pt(2), m_y));
    paragraph(text, font, textColor, indent, 3);
}

void ReportCanvas::finish()
{
    if (m_finished)
        return;
    paintFooter();
    m_finished = true;
    m_painter.end();
}

void ReportCanvas::startPage()
{
    m_y = m_body.top();
    if (m_page > 1)
        paintHeader();
}

void ReportCanvas::paintHeader()
{
    const double bottom = singleLine(m_frame.header, font(footerFontPt), QPointF(left(), 0), width(), mutedColor);
    const double ruleY = bottom + pt(3);
    m_painter.setPen(QPen(ruleColor, pt(0.5)));
    m_painter.drawLine(QPointF(left(), ruleY), QPointF(m_body.right(), ruleY));
}

double ReportCanvas::singleLine(const QString &text, const QFont &lineFont, const QPointF &topLeft, double lineWidth,
                                const QColor &color, Qt::Alignment alignment)
{
    const QString elided = QFontMetricsF(lineFont, device()).elidedText(text, Qt::ElideRight, lineWidth);
    // A hair of slack so that rounding never pushes the elided text's last word onto a second line.
    const ReportTextBlock block(elided, lineFont, lineWidth + pt(0.5), device(), alignment);
    m_painter.setPen(color);
    block.draw(m_painter, topLeft, 0, 1);
    return topLeft.y() + block.lineBottom(0);
}

void ReportCanvas::paintFooter()
{
    const double top = m_body.bottom() + pt(8);
    m_painter.setPen(QPen(ruleColor, pt(0.5)));
    m_painter.drawLine(QPointF(left(), top), QPointF(m_body.right(), top));

    const QString total = m_frame.totalPages > 0 ? QString::number(m_frame.totalPages) : QStringLiteral("?");
    const double textTop = top + pt(3);
    const double pageWidth = pt(90);
    singleLine(tr("Page %1 of %2").arg(m_page).arg(total), font(footerFontPt, true),
               QPointF(m_body.right() - pageWidth, textTop), pageWidth, textColor, Qt::AlignRight);

    double x = left();
    if (m_frame.draft) {
        const QString draftText = tr("DRAFT");
        const QFont draftFont = font(footerFontPt + 1, true);
        const double draftWidth = QFontMetricsF(draftFont, device()).horizontalAdvance(draftText);
        singleLine(draftText, draftFont, QPointF(x, textTop - pt(0.5)), draftWidth + pt(2), draftColor);
        x += draftWidth + pt(8);
    }
    const double bottom = singleLine(m_frame.footer, font(footerFontPt), QPointF(x, textTop),
                                     m_body.right() - pageWidth - pt(6) - x, textColor);
    singleLine(m_frame.confidentiality, font(footerFontPt - 0.5, false, true), QPointF(left(), bottom + pt(1)), width(),
               mutedColor);
}

} // namespace iamm
