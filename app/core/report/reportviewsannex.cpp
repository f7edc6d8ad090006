// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/reportviewsannex.h"

#include "report/reportformat.h"
#include "report/reporttable.h"
#include "report/reporttypography.h"

namespace iamm {

using ReportTypography::bodyFontPt;
using ReportTypography::tableFontPt;

ReportViewsAnnex::ReportViewsAnnex(const Framework &framework, const AssessmentRecord &subject, bool nameContributors)
    : m_framework(framework)
    , m_subject(subject)
    , m_nameContributors(nameContributors)
    , m_figures(Consensus::compute(framework, subject.contributions, subject.responses))
{}

void ReportViewsAnnex::paint(ReportCanvas &canvas) const
{
    canvas.heading(tr("Where views differed"), 16);
    paintIntroduction(canvas);
    QList<const ItemConsensus *> divergent;
    for (const ItemConsensus &item : m_figures.items) {
        if (item.divergent)
            divergent.append(&item);
    }
    if (divergent.isEmpty()) {
        canvas.paragraph(tr("The participants' views did not differ on any item."), canvas.font(bodyFontPt));
        return;
    }
    ReportTable table(canvas,
                      {{tr("Item"), 40},
                       {tr("Views given"), 140},
                       {tr("Median (range)"), 64},
                       {tr("Agreed"), 86},
                       {tr("Dissent note")}},
                      tableFontPt);
    for (const ItemConsensus *item : divergent) {
        const QString figures =
            item->median ? tr("%1 (%2–%3)").arg(ReportFormat::number(*item->median)).arg(*item->min).arg(*item->max)
                         : tr("none");
        table.addRow({ReportCell(item->itemId, ReportCanvas::textColor, true), spreadText(*item), figures,
                      agreedText(*item), item->dissent.isEmpty() ? tr("(none recorded)") : item->dissent});
    }
    table.finish();
}

void ReportViewsAnnex::paintIntroduction(ReportCanvas &canvas) const
{
    const QFont font = canvas.font(bodyFontPt);
    canvas.paragraph(tr("Before agreeing its levels, the team collected the individual views of its participants "
                        "(participants: %1; agencies: %2) from pre-assessment files, spreadsheets of votes, paper "
                        "worksheets or votes in the room. An item counts as divergent when the levels given span two "
                        "levels or more, or when some participants gave a level and others found the item not "
                        "applicable. The median is that of the levels given (the mean of the two middle ones when "
                        "their number is even); N/A views are counted apart.")
                         .arg(m_figures.participants)
                         .arg(m_figures.agencies),
                     font, ReportCanvas::textColor, 0, 4);
    if (!m_nameContributors)
        return;
    QStringList names;
    for (const Contribution &contribution : m_subject.contributions)
        names << (contribution.agency.isEmpty() ? contribution.shownName()
                                                : tr("%1 (%2)").arg(contribution.shownName(), contribution.agency));
    canvas.paragraph(tr("Participants: %1.").arg(names.join(QStringLiteral("; "))), font, ReportCanvas::mutedColor, 0,
                     4);
}

QString ReportViewsAnnex::spreadText(const ItemConsensus &item) const
{
    QStringList parts;
    for (auto count = item.counts.cbegin(); count != item.counts.cend(); ++count) {
        if (count.value() > 0)
            parts << tr("level %1: %2").arg(count.key()).arg(count.value());
    }
    if (item.na > 0)
        parts << tr("N/A: %1").arg(item.na);
    return parts.join(QStringLiteral(", "));
}

QString ReportViewsAnnex::agreedText(const ItemConsensus &item) const
{
    if (item.agreed.notApplicable)
        return tr("N/A");
    if (item.agreed.score)
        return ReportFormat::level(m_framework.scale, *item.agreed.score);
    return tr("not agreed");
}

} // namespace iamm
