// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/worksheetdocument.h"

#include "catalogs/statecatalog.h"
#include "report/reportformat.h"
#include "report/reporttable.h"
#include "report/reporttextblock.h"
#include "report/reporttypography.h"
#include "report/worksheetitemrow.h"

#include <vector>

namespace iamm {

using ReportTypography::bodyFontPt;
using ReportTypography::tableFontPt;

namespace {

constexpr double fillInFontPt = 10;
constexpr double fillInGapPt = 24;
const QString blankName = QStringLiteral("____________________");

} // namespace

WorksheetDocument::WorksheetDocument(const Framework &framework, const AssessmentInfo &assessment,
                                     const QString &participant)
    : m_framework(framework)
    , m_assessment(assessment)
    , m_participant(participant)
{}

QString WorksheetDocument::title() const
{
    return tr("IAMM participant worksheet – %1").arg(stateLabel());
}

ReportPageFrame WorksheetDocument::pageFrame() const
{
    ReportPageFrame frame;
    frame.header = tr("IAMM participant worksheet · %1").arg(assessmentLine());
    // The footer's first line shares the width with the page number; its second line has all of it.
    frame.footer = participantLine();
    frame.confidentiality = assessmentLine();
    return frame;
}

void WorksheetDocument::paint(ReportCanvas &canvas) const
{
    paintFirstPage(canvas);
    for (const FrameworkSection &section : m_framework.sections) {
        canvas.newPage();
        paintSection(canvas, section);
    }
}

void WorksheetDocument::paintFirstPage(ReportCanvas &canvas) const
{
    canvas.paragraph(tr("IAMM participant worksheet"), canvas.font(22, true), ReportCanvas::textColor, 0, 4);
    canvas.paragraph(m_framework.title, canvas.font(bodyFontPt), ReportCanvas::mutedColor, 0,
                     m_framework.translationStatus == TranslationStatus::Original ? 14 : 2);
    if (m_framework.translationStatus != TranslationStatus::Original)
        canvas.paragraph(tr("Working translation — the English text is authoritative"), canvas.font(bodyFontPt, true),
                         ReportCanvas::textColor, 0, 12);
    canvas.paragraph(stateLabel(), canvas.font(16, true), ReportCanvas::textColor, 0, 4);
    canvas.paragraph(tr("%1 · %2").arg(m_assessment.title, ReportFormat::date(m_assessment.date)), canvas.font(11),
                     ReportCanvas::textColor, 0, 2);
    canvas.paragraph(tr("Assessment %1").arg(m_assessment.id), canvas.font(tableFontPt), ReportCanvas::mutedColor, 0,
                     18);
    paintFillInLines(canvas);
    canvas.heading(tr("How to fill in this worksheet"), 12);
    canvas.paragraph(tr("Mark one box per item: the level that best describes the situation today, or N/A if the "
                        "item does not apply. Leave an item blank if you have no view. Add a comment if you wish."),
                     canvas.font(10), ReportCanvas::textColor, 0, 6);
    paintScale(canvas);
}

void WorksheetDocument::paintFillInLines(ReportCanvas &canvas) const
{
    const double gap = canvas.pt(fillInGapPt);
    const double half = (canvas.width() - gap) / 2;
    const double height = QFontMetricsF(canvas.font(fillInFontPt), canvas.device()).height() + canvas.pt(4);
    canvas.ensureSpace(height);
    paintFillInLine(canvas, tr("Name"), m_participant, canvas.left(), half);
    paintFillInLine(canvas, tr("Agency"), QString(), canvas.left() + half + gap, half);
    canvas.advance(height + canvas.pt(10));
}

void WorksheetDocument::paintFillInLine(ReportCanvas &canvas, const QString &label, const QString &value, double x,
                                        double width) const
{
    const QFont labelFont = canvas.font(fillInFontPt, true);
    const double labelWidth = QFontMetricsF(labelFont, canvas.device()).horizontalAdvance(label + QLatin1Char(':'))
                              + canvas.pt(6);
    const ReportTextBlock labelBlock(label + QLatin1Char(':'), labelFont, labelWidth, canvas.device());
    const ReportTextBlock valueBlock(value, canvas.font(fillInFontPt), width - labelWidth, canvas.device());
    QPainter &painter = canvas.painter();
    painter.setPen(ReportCanvas::textColor);
    labelBlock.draw(painter, QPointF(x, canvas.y()), 0, 1);
    valueBlock.draw(painter, QPointF(x + labelWidth, canvas.y()), 0, 1);
    const double lineY = canvas.y() + labelBlock.lineBottom(0) + canvas.pt(1);
    painter.setPen(QPen(ReportCanvas::textColor, canvas.pt(0.5)));
    painter.drawLine(QPointF(x + labelWidth, lineY), QPointF(x + width, lineY));
}

void WorksheetDocument::paintScale(ReportCanvas &canvas) const
{
    const Scale &scale = m_framework.scale;
    canvas.heading(tr("The levels"), 12);
    ReportTable table(canvas, {{tr("Level"), 40}, {tr("Label"), 120}, {tr("Description")}}, bodyFontPt);
    for (const ScaleLevel &level : scale.levels)
        table.addRow({ReportCell(QString::number(level.value), ReportCanvas::textColor, true),
                      ReportCell(level.label, ReportCanvas::textColor, true), level.descriptor});
    if (scale.allowNotApplicable)
        table.addRow({ReportCell(tr("N/A"), ReportCanvas::textColor, true),
                      ReportCell(scale.notApplicableLabel, ReportCanvas::textColor, true),
                      tr("The item does not apply.")});
    table.finish();
}

void WorksheetDocument::paintSection(ReportCanvas &canvas, const FrameworkSection &section) const
{
    std::vector<WorksheetItemRow> rows;
    for (const FrameworkItem &item : section.items)
        rows.emplace_back(canvas, item, m_framework.scale);
    // The heading stays with the first item, and the space above a heading comes on top.
    const double firstRow = rows.empty() ? 0 : rows.front().height() / canvas.pt(1) + 13;
    canvas.heading(tr("%1 (%2)").arg(section.title, section.source), 13, firstRow);
    for (const WorksheetItemRow &row : rows)
        row.paint();
}

QString WorksheetDocument::stateLabel() const
{
    return tr("%1 (%2)").arg(StateCatalog::instance().nameOf(m_assessment.stateCode), m_assessment.stateCode);
}

QString WorksheetDocument::assessmentLine() const
{
    return tr("%1 · %2 · %3").arg(stateLabel(), ReportFormat::date(m_assessment.date), m_assessment.title);
}

QString WorksheetDocument::participantLine() const
{
    return tr("Participant: %1").arg(m_participant.isEmpty() ? blankName : m_participant);
}

} // namespace iamm
