// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/reportteamrecords.h"

#include "display/vocabularytext.h"
#include "report/reportformat.h"
#include "report/reporttable.h"
#include "report/reporttypography.h"

#include <algorithm>

namespace iamm {

using ReportTypography::bodyFontPt;
using ReportTypography::tableFontPt;

namespace {

bool isClosed(ActionStatus status)
{
    return status == ActionStatus::Done || status == ActionStatus::Dropped;
}

} // namespace

ReportTeamRecords::ReportTeamRecords(const Framework &framework, const AssessmentRecord &subject)
    : m_framework(framework)
    , m_subject(subject)
{}

void ReportTeamRecords::paintRationale(ReportCanvas &canvas) const
{
    canvas.heading(tr("Ratings and rationale"), 16);
    bool any = false;
    for (const FrameworkItem *item : m_framework.items()) {
        const auto response = std::find_if(m_subject.responses.cbegin(), m_subject.responses.cend(),
                                           [&](const Response &r) { return r.itemId == item->id; });
        if (response == m_subject.responses.cend() || response->rationale.trimmed().isEmpty())
            continue;
        any = true;
        QString rating = response->rating.notApplicable ? tr("not applicable")
                         : response->rating.score ? ReportFormat::level(m_framework.scale, *response->rating.score)
                                                  : tr("not assessed");
        if (response->confidence)
            rating += tr(" · confidence: %1").arg(vocabulary::toText(*response->confidence));
        const QString heading = QStringLiteral("%1 — %2").arg(item->id, rating);
        const QString text = item->text;
        const QFont headingFont = canvas.font(bodyFontPt, true);
        const QFont textFont = canvas.font(bodyFontPt - 1, false, true);
        const QFont rationaleFont = canvas.font(bodyFontPt);
        // Keep an entry on one page unless it is long enough to fill a good part of one anyway.
        const double entryHeight = canvas.paragraphHeight(heading, headingFont, 0, 1)
                                   + canvas.paragraphHeight(text, textFont, 10, 2)
                                   + canvas.paragraphHeight(response->rationale, rationaleFont, 10, 7);
        canvas.ensureSpace(std::min(entryHeight, canvas.body().height() / 3));
        canvas.paragraph(heading, headingFont, ReportCanvas::textColor, 0, 1);
        canvas.paragraph(text, textFont, ReportCanvas::mutedColor, 10, 2);
        canvas.paragraph(response->rationale, rationaleFont, ReportCanvas::textColor, 10, 7);
    }
    if (!any)
        canvas.paragraph(tr("No rationale has been recorded."), canvas.font(bodyFontPt));
}

void ReportTeamRecords::paintChecklist(ReportCanvas &canvas) const
{
    canvas.heading(tr("Checklist: sub-topics and quoted practices"), 16);
    canvas.paragraph(tr("How far each sub-topic and each practice quoted in the official text is in place, as "
                        "recorded by the national team."),
                     canvas.font(bodyFontPt), ReportCanvas::mutedColor, 0, 4);
    for (const FrameworkItem *item : m_framework.items()) {
        if (item->subtopics.isEmpty() && item->statements.isEmpty())
            continue;
        canvas.heading(QStringLiteral("%1 — %2").arg(item->id, item->heading.isEmpty() ? item->text : item->heading),
                       11, 60);
        ReportTable table(canvas, {{tr("Entry"), 48}, {tr("Text")}, {tr("Status"), 80}}, tableFontPt);
        for (const ChecklistEntry &entry : item->subtopics)
            table.addRow({ReportCell(entry.id, ReportCanvas::textColor, true), entry.text,
                          ReportCell(checklistStatusText(entry.id), ReportCanvas::textColor, true)});
        for (const ChecklistEntry &entry : item->statements)
            table.addRow({ReportCell(entry.id, ReportCanvas::textColor, true),
                          tr("Practice: %1 (%2)").arg(entry.text, entry.source),
                          ReportCell(checklistStatusText(entry.id), ReportCanvas::textColor, true)});
        table.finish();
    }
}

void ReportTeamRecords::paintActions(ReportCanvas &canvas) const
{
    canvas.heading(tr("Priority actions"), 16);
    QList<Action> actions = m_subject.actions;
    std::stable_sort(actions.begin(), actions.end(), [](const Action &a, const Action &b) {
        // The enum's order: open, in progress, done, dropped.
        if (a.status != b.status)
            return a.status < b.status;
        if (a.due.isValid() != b.due.isValid())
            return a.due.isValid();
        if (a.due != b.due)
            return a.due < b.due;
        return a.itemId < b.itemId;
    });
    if (actions.isEmpty()) {
        canvas.paragraph(tr("No actions have been recorded."), canvas.font(bodyFontPt));
        return;
    }
    canvas.paragraph(tr("Open and in-progress actions first, then by due date."), canvas.font(bodyFontPt),
                     ReportCanvas::mutedColor, 0, 4);
    ReportTable table(canvas,
                      {{tr("Item"), 40}, {tr("Action")}, {tr("Owner"), 90}, {tr("Due"), 70}, {tr("Status"), 66}},
                      tableFontPt);
    for (const Action &action : actions) {
        const bool closed = isClosed(action.status);
        table.addRow({ReportCell(action.itemId, ReportCanvas::textColor, true), action.text, action.owner,
                      action.due.isValid() ? ReportFormat::date(action.due) : QStringLiteral("–"),
                      ReportCell(VocabularyText::capitalized(VocabularyText::text(action.status)),
                                 closed ? ReportCanvas::mutedColor : ReportCanvas::textColor, !closed)});
    }
    table.finish();
}

void ReportTeamRecords::paintEvidenceAnnex(ReportCanvas &canvas) const
{
    constexpr qsizetype annexNoteLength = 500;
    canvas.heading(tr("Annex: evidence"), 16);
    if (m_subject.evidence.isEmpty()) {
        canvas.paragraph(tr("No evidence has been recorded."), canvas.font(bodyFontPt));
        return;
    }
    canvas.paragraph(tr("Evidence the national team attached to each item. Entries marked CONFIDENTIAL were "
                        "flagged as confidential by the team."),
                     canvas.font(bodyFontPt), ReportCanvas::mutedColor, 0, 4);
    const QStringList order = m_framework.itemIds();
    QList<Evidence> evidence = m_subject.evidence;
    std::stable_sort(evidence.begin(), evidence.end(), [&](const Evidence &a, const Evidence &b) {
        return order.indexOf(a.itemId) < order.indexOf(b.itemId);
    });
    ReportTable table(canvas,
                      {{tr("Item"), 40}, {tr("Kind"), 34}, {tr("Title"), 120}, {tr("Details")}, {tr("Marking"), 80}},
                      tableFontPt);
    for (const Evidence &entry : evidence) {
        // The annex lists evidence; a note's full text (up to 20,000 characters each) stays in the
        // application, so that a report over the largest accepted assessment stays quick and short.
        QString details =
            entry.text.size() <= annexNoteLength
                ? entry.text
                : tr("%1… (shortened; the full note is in the application)").arg(entry.text.left(annexNoteLength));
        if (entry.kind == EvidenceKind::File)
            details = tr("%1\n%2\nSHA-256: %3").arg(entry.fileName, ReportFormat::fileSize(entry.size), entry.sha256);
        table.addRow(
            {ReportCell(entry.itemId, ReportCanvas::textColor, true),
             VocabularyText::capitalized(VocabularyText::text(entry.kind)), entry.title, details,
             entry.confidential ? ReportCell(tr("CONFIDENTIAL"), ReportCanvas::draftColor, true) : ReportCell()});
    }
    table.finish();
}

QString ReportTeamRecords::checklistStatusText(const QString &entryId) const
{
    for (const ChecklistStatus &status : m_subject.checklist) {
        if (status.entryId == entryId)
            return VocabularyText::capitalized(VocabularyText::text(status.status));
    }
    return tr("Not recorded");
}

} // namespace iamm
