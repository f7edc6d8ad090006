// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/reportnotesannex.h"

#include "framework/framework.h"
#include "report/reporttable.h"
#include "report/reporttypography.h"

namespace iamm {

using ReportTypography::bodyFontPt;
using ReportTypography::tableFontPt;

ReportNotesAnnex::ReportNotesAnnex(const Framework &framework, const AssessmentRecord &subject)
    : m_framework(framework)
    , m_subject(subject)
{}

void ReportNotesAnnex::paint(ReportCanvas &canvas) const
{
    canvas.heading(tr("Facilitator notes"), 16);
    canvas.paragraph(tr("The facilitator's own notes on the items and the questions parked during the workshop to "
                        "come back to. They are working notes, not findings of the team."),
                     canvas.font(bodyFontPt), ReportCanvas::textColor, 0, 4);
    paintNotes(canvas);
    paintParkingLot(canvas);
}

void ReportNotesAnnex::paintNotes(ReportCanvas &canvas) const
{
    canvas.heading(tr("Notes by item"), 12);
    if (m_subject.facilitatorNotes.isEmpty()) {
        canvas.paragraph(tr("No facilitator notes were recorded."), canvas.font(bodyFontPt));
        return;
    }
    ReportTable table(canvas, {{tr("Item"), 150}, {tr("Note")}}, tableFontPt);
    for (const FacilitatorNote &note : m_subject.facilitatorNotes)
        table.addRow({ReportCell(itemLabel(note.itemId), ReportCanvas::textColor, true), note.text});
    table.finish();
}

void ReportNotesAnnex::paintParkingLot(ReportCanvas &canvas) const
{
    canvas.heading(tr("Parking lot"), 12);
    if (m_subject.parkingLot.isEmpty()) {
        canvas.paragraph(tr("No questions were parked."), canvas.font(bodyFontPt));
        return;
    }
    ReportTable table(canvas, {{tr("Item"), 150}, {tr("Status"), 50}, {tr("Question")}}, tableFontPt);
    for (const ParkedQuestion &question : m_subject.parkingLot)
        table.addRow({ReportCell(itemLabel(question.itemId), ReportCanvas::textColor, true),
                      question.done ? ReportCell(tr("done"), ReportCanvas::mutedColor) : ReportCell(tr("open")),
                      question.text});
    table.finish();
}

QString ReportNotesAnnex::itemLabel(const QString &itemId) const
{
    const FrameworkItem *item = m_framework.item(itemId);
    return item && !item->heading.isEmpty() ? tr("%1 %2").arg(itemId, item->heading) : itemId;
}

} // namespace iamm
