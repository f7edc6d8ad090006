// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/reportmethodology.h"

#include "catalogs/statecatalog.h"
#include "report/reportformat.h"
#include "report/reporttable.h"
#include "report/reporttypography.h"

namespace iamm {

using ReportTypography::bodyFontPt;
using ReportTypography::tableFontPt;

ReportMethodology::ReportMethodology(const Framework &framework, const GapResult &result, const PeerGroup &group)
    : m_framework(framework)
    , m_result(result)
    , m_group(group)
{}

void ReportMethodology::paint(ReportCanvas &canvas) const
{
    canvas.heading(tr("Methodology"), 16);
    canvas.paragraph(tr("Framework: %1, version %2 (%3). Source: %4.")
                         .arg(m_framework.title, m_framework.version, m_framework.id, m_framework.sourceDocument),
                     canvas.font(bodyFontPt), ReportCanvas::textColor, 0, 2);
    canvas.paragraph(tr("Framework fingerprint (SHA-256): %1").arg(m_framework.hash), canvas.font(7.5),
                     ReportCanvas::mutedColor, 0, 6);
    paintTranslation(canvas);
    paintScale(canvas);
    paintRules(canvas);
    paintPeers(canvas);
}

void ReportMethodology::paintTranslation(ReportCanvas &canvas) const
{
    QString statement;
    switch (m_framework.translationStatus) {
    case TranslationStatus::Original:
        return;
    case TranslationStatus::WorkingTranslation:
        statement = tr("Working translation — the English text is authoritative. The framework's texts in this "
                       "report (items, headings, sub-topics, quoted practices, the rating scale and the guiding "
                       "questions) are this product's working translation of the official English text of Annexes "
                       "C and D.");
        break;
    case TranslationStatus::Official:
        statement = tr("Official translation (%1) — the English text is authoritative. The framework's texts in "
                       "this report are taken from that translation.")
                        .arg(m_framework.translationSource);
        break;
    }
    canvas.paragraph(statement, canvas.font(bodyFontPt, true), ReportCanvas::textColor, 0, 6);
}

void ReportMethodology::paintScale(ReportCanvas &canvas) const
{
    canvas.heading(tr("Rating scale (product guidance)"), 11);
    canvas.paragraph(tr("The levels below are guidance supplied with this product so that ratings can be compared; "
                        "they are not part of the IAMM text agreed in the Berne Initiative."),
                     canvas.font(bodyFontPt), ReportCanvas::mutedColor, 0, 4);
    ReportTable table(canvas, {{tr("Level"), 36, Qt::AlignRight}, {tr("Label"), 110}, {tr("Descriptor")}}, tableFontPt);
    for (const ScaleLevel &level : m_framework.scale.levels)
        table.addRow(
            {ReportCell(QString::number(level.value), ReportCanvas::textColor, true), level.label, level.descriptor});
    if (m_framework.scale.allowNotApplicable)
        table.addRow({ReportCell(tr("N/A"), ReportCanvas::textColor, true), m_framework.scale.notApplicableLabel,
                      tr("The item does not apply to the state; it is left out of every figure.")});
    table.finish();
}

void ReportMethodology::paintRules(ReportCanvas &canvas) const
{
    canvas.heading(tr("Rules"), 11);
    const QFont font = canvas.font(bodyFontPt);
    const QStringList rules{
        tr("A score counts only when a level is recorded: items rated not applicable or not yet assessed are left "
           "out of every mean, quartile and rank."),
        tr("Section and overall scores are the mean of the counted item scores."),
        tr("Target: the level the national team set for the item, otherwise the scale's default target "
           "(level %1). The gap to target is target − score, never below zero; the target reference of a section "
           "is the mean of its item targets.")
            .arg(m_framework.scale.defaultTarget),
        tr("Peer quartiles and median are computed with R's type 7 method (linear interpolation between order "
           "statistics)."),
        tr("Percentile rank = 100 × (number of peers below the score + ½ × number of peers equal to the score) ÷ "
           "number of peers."),
        tr("Peer figures are shown only when at least %1 peers have a counted value for the item or section, so "
           "that no single peer's rating can be read off the report.")
            .arg(m_result.minPeers),
        tr("Previous round: the assessment this one names as its previous round (set when a new round is started "
           "from it), otherwise the newest other final assessment of the same state on the same framework dated "
           "before it, or on the same date and created before it. Without one, no comparison is shown. The change "
           "of an item is its score minus the previous score, only when both are levels."),
        tr("Draft assessments never count as peer data. For each peer, its newest final assessment (by assessment "
           "date) on the same framework is used. The state itself is not one of its peers."),
    };
    for (const QString &rule : rules)
        canvas.bullet(rule, font);
    canvas.advance(canvas.pt(4));
}

void ReportMethodology::paintPeers(ReportCanvas &canvas) const
{
    const StateCatalog &states = StateCatalog::instance();
    canvas.heading(tr("Peers used"), 11);
    if (m_result.peers.isEmpty()) {
        canvas.paragraph(tr("No other member of %1 has a final assessment on this framework.").arg(m_group.name),
                         canvas.font(bodyFontPt));
    } else {
        ReportTable table(canvas, {{tr("State")}, {tr("Code"), 44}, {tr("Assessment date"), 100}}, tableFontPt);
        for (const PeerUsed &peer : m_result.peers)
            table.addRow({states.nameOf(peer.stateCode), peer.stateCode, ReportFormat::date(peer.date)});
        table.finish();
    }
    canvas.heading(tr("Members without a final assessment"), 11, 20);
    QStringList missing;
    for (const QString &code : m_result.missingPeers)
        missing << QStringLiteral("%1 (%2)").arg(states.nameOf(code), code);
    canvas.paragraph(missing.isEmpty() ? tr("None.") : missing.join(QStringLiteral(", ")), canvas.font(bodyFontPt));
}

} // namespace iamm
