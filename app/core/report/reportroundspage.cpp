// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/reportroundspage.h"

#include "report/reportformat.h"
#include "report/reportroundschart.h"
#include "report/reporttable.h"
#include "report/reporttypography.h"
#include "rounds/changereasons.h"

namespace iamm {

using ReportTypography::bodyFontPt;
using ReportTypography::tableFontPt;

ReportRoundsPage::ReportRoundsPage(const Framework &framework, const ReportRounds &rounds)
    : m_framework(framework)
    , m_rounds(rounds)
{}

QString ReportRoundsPage::ratingText(const Rating &rating)
{
    if (rating.notApplicable)
        return tr("N/A");
    return rating.score ? QString::number(*rating.score) : tr("not assessed");
}

QString ReportRoundsPage::changeText(const ItemChange &change)
{
    const QString text = change.displayText();
    return text.isEmpty() ? QStringLiteral("–") : text;
}

void ReportRoundsPage::paint(ReportCanvas &canvas) const
{
    const AssessmentInfo &previous = m_rounds.comparison.previous;
    canvas.heading(tr("Since the previous assessment"), 16);
    canvas.paragraph(
        tr("Compared with “%1” of %2 (%3), the previous round of this assessment under the rule stated "
           "in the methodology. A change is the current level minus the previous one; a move into or "
           "out of “not applicable” or “not assessed” is named instead. The explanation of change says "
           "whether practice changed (performance), the information did (evidence), the reading of the "
           "scale or the item did (method), or something else.")
            .arg(previous.title, ReportFormat::date(previous.date), previous.isFinal() ? tr("final") : tr("draft")),
        canvas.font(bodyFontPt), ReportCanvas::mutedColor, 0, 6);
    paintChangedItems(canvas);
    canvas.heading(tr("Section means across rounds"), 11, 200);
    canvas.paragraph(tr("Mean of the rated items per section in every assessment of the state on this framework up "
                        "to this one, as in the summary; drafts are marked."),
                     canvas.font(bodyFontPt), ReportCanvas::mutedColor, 0, 4);
    ReportRoundsChart::paint(canvas, m_rounds.trend, m_framework);
    paintCompletedActions(canvas);
}

void ReportRoundsPage::paintChangedItems(ReportCanvas &canvas) const
{
    const QList<ItemComparison> changed = m_rounds.comparison.changed();
    canvas.heading(tr("Items that changed (%1 of %2)").arg(changed.size()).arg(m_rounds.comparison.items.size()), 11);
    if (changed.isEmpty()) {
        canvas.paragraph(tr("No item is rated differently from the previous round."), canvas.font(bodyFontPt));
        return;
    }
    ReportTable table(canvas,
                      {{tr("ID"), 36},
                       {tr("Item")},
                       {tr("Previous"), 54, Qt::AlignRight},
                       {tr("Current"), 54, Qt::AlignRight},
                       {tr("Change"), 66, Qt::AlignRight},
                       {tr("Explanation of change"), 150}},
                      tableFontPt);
    for (const ItemComparison &item : changed) {
        QString explanation = tr("no explanation recorded");
        if (item.reason)
            explanation = tr("%1 (%2)").arg(ChangeReasons::title(*item.reason), ChangeReasons::meaning(*item.reason));
        if (!item.note.isEmpty())
            explanation = item.reason ? explanation + QStringLiteral(": ") + item.note : item.note;
        const bool explained = item.reason || !item.note.isEmpty();
        table.addRow({ReportCell(item.itemId, ReportCanvas::textColor, true), itemText(item.itemId),
                      ratingText(item.previous), ReportCell(ratingText(item.current), ReportCanvas::textColor, true),
                      ReportCell(changeText(item.change), ReportCanvas::textColor, true),
                      ReportCell(explanation, explained ? ReportCanvas::textColor : ReportCanvas::mutedColor)});
    }
    table.finish();
}

void ReportRoundsPage::paintCompletedActions(ReportCanvas &canvas) const
{
    canvas.heading(tr("Actions completed since the previous round"), 11);
    if (m_rounds.completedActions.isEmpty()) {
        canvas.paragraph(tr("None of the actions carried over from the previous round is done yet."),
                         canvas.font(bodyFontPt));
        return;
    }
    ReportTable table(canvas, {{tr("Item"), 40}, {tr("Action")}, {tr("Owner"), 130}}, tableFontPt);
    for (const Action &action : m_rounds.completedActions)
        table.addRow({ReportCell(action.itemId, ReportCanvas::textColor, true), action.text, action.owner});
    table.finish();
}

QString ReportRoundsPage::itemText(const QString &itemId) const
{
    const FrameworkItem *item = m_framework.item(itemId);
    if (!item)
        return QString();
    return item->heading.isEmpty() ? item->text : item->heading;
}

} // namespace iamm
