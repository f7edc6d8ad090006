// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/gapreportdocument.h"

#include "report/reportbarchart.h"
#include "report/reportchartstyle.h"
#include "report/reportformat.h"
#include "report/reportspreadchart.h"
#include "report/reporttable.h"
#include "report/reporttextblock.h"
#include "report/reportteamrecords.h"
#include "report/reportnotesannex.h"
#include "report/reportviewsannex.h"
#include "report/reportmethodology.h"
#include "report/reportroundspage.h"
#include "report/reporttypography.h"
#include "catalogs/statecatalog.h"
#include "peers/gapsummary.h"

#include <QHash>

#include <algorithm>

namespace iamm {

using ReportTypography::bodyFontPt;
using ReportTypography::tableFontPt;

namespace {

constexpr int summaryListLength = 5;
// Every figure of one table has the same number of decimals: means need two, medians and ranks one.
constexpr int standingDecimals = 2;
constexpr int itemTableDecimals = 1;
const QColor finalColor(0x1e, 0x6b, 0x3a);

} // namespace

GapReportDocument::GapReportDocument(const GapResult &result, const Framework &framework,
                                     const AssessmentRecord &subject, const PeerGroup &group,
                                     const ReportSections &sections)
    : m_result(result)
    , m_framework(framework)
    , m_subject(subject)
    , m_group(group)
    , m_sections(sections)
{}

QString GapReportDocument::title() const
{
    return tr("IAMM gap report – %1").arg(stateLabel());
}

ReportPageFrame GapReportDocument::pageFrame() const
{
    ReportPageFrame frame;
    frame.header =
        tr("IAMM gap report · %1 · peer group %2 · %3").arg(stateLabel(), m_group.name, m_result.assessment.title);
    frame.footer =
        tr("IAMM gap report · %1 · assessment of %2").arg(stateLabel(), ReportFormat::date(m_result.assessment.date));
    frame.confidentiality = tr("Contains self-assessment results of %1. Not for circulation without the agreement "
                               "of the national team.")
                                .arg(StateCatalog::instance().nameOf(m_result.stateCode));
    frame.draft = !m_result.assessment.isFinal();
    return frame;
}

void GapReportDocument::paint(ReportCanvas &canvas) const
{
    paintCover(canvas);
    canvas.newPage();
    paintSummary(canvas);
    canvas.newPage();
    paintCharts(canvas);
    if (m_sections.rounds) {
        canvas.newPage();
        ReportRoundsPage(m_framework, *m_sections.rounds).paint(canvas);
    }
    canvas.newPage();
    paintItemTable(canvas);
    const ReportTeamRecords records(m_framework, m_subject);
    records.paintRationale(canvas);
    canvas.newPage();
    records.paintChecklist(canvas);
    canvas.newPage();
    records.paintActions(canvas);
    const ReportViewsAnnex views(m_framework, m_subject, m_sections.contributorNames);
    if (views.hasViews()) {
        canvas.newPage();
        views.paint(canvas);
    }
    if (m_sections.evidenceAnnex) {
        canvas.newPage();
        records.paintEvidenceAnnex(canvas);
    }
    if (m_sections.facilitatorNotes) {
        canvas.newPage();
        ReportNotesAnnex(m_framework, m_subject).paint(canvas);
    }
    canvas.newPage();
    ReportMethodology(m_framework, m_result, m_group).paint(canvas);
}

// ---- cover

void GapReportDocument::paintCover(ReportCanvas &canvas) const
{
    const AssessmentInfo &info = m_result.assessment;
    canvas.advance(canvas.pt(40));
    canvas.paragraph(tr("IAMM gap report"), canvas.font(30, true), ReportCanvas::textColor, 0, 6);
    canvas.paragraph(m_framework.title, canvas.font(11), ReportCanvas::mutedColor, 0, 36);
    canvas.paragraph(stateLabel(), canvas.font(22, true), ReportCanvas::textColor, 0, 14);

    canvas.paragraph(tr("Peer group: %1").arg(m_group.name), canvas.font(12, true), ReportCanvas::textColor, 0, 2);
    if (!m_group.fullName.isEmpty() && m_group.fullName != m_group.name)
        canvas.paragraph(m_group.fullName, canvas.font(10), ReportCanvas::textColor, 0, 2);
    QString groupLine = tr("Group id: %1 · %n member(s)", nullptr, int(m_group.members.size())).arg(m_group.id);
    if (!m_group.note.isEmpty())
        groupLine += QStringLiteral(" · ") + m_group.note;
    canvas.paragraph(groupLine, canvas.font(9), ReportCanvas::mutedColor, 0, m_result.subjectIsMember ? 18 : 4);
    if (!m_result.subjectIsMember)
        canvas.paragraph(notMemberText(), canvas.font(9, true), ReportCanvas::textColor, 0, 18);

    canvas.paragraph(tr("Assessment: %1").arg(info.title), canvas.font(12, true), ReportCanvas::textColor, 0, 2);
    canvas.paragraph(tr("Assessment date: %1").arg(ReportFormat::date(info.date)), canvas.font(10),
                     ReportCanvas::textColor, 0, 2);
    QStringList team;
    for (const TeamMember &member : info.team) {
        QStringList parts{member.name};
        if (!member.agency.isEmpty())
            parts << member.agency;
        if (!member.role.isEmpty())
            parts << member.role;
        team << parts.join(QStringLiteral(", "));
    }
    if (!team.isEmpty())
        canvas.paragraph(tr("National team: %1").arg(team.join(QStringLiteral("; "))), canvas.font(9),
                         ReportCanvas::textColor, 0, 2);
    canvas.advance(canvas.pt(24));

    const bool draft = !info.isFinal();
    const QColor stampColor = draft ? ReportCanvas::draftColor : finalColor;
    const QFont stampFont = canvas.font(34, true);
    const QString stampText = draft ? tr("DRAFT") : tr("FINAL");
    const double stampWidth = QFontMetricsF(stampFont, canvas.device()).horizontalAdvance(stampText) + canvas.pt(36);
    const double stampHeight = QFontMetricsF(stampFont, canvas.device()).height() + canvas.pt(14);
    QPainter &painter = canvas.painter();
    painter.setPen(QPen(stampColor, canvas.pt(3)));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(QRectF(canvas.left(), canvas.y(), stampWidth, stampHeight));
    const ReportTextBlock stamp(stampText, stampFont, stampWidth, canvas.device(), Qt::AlignHCenter);
    stamp.draw(painter, QPointF(canvas.left(), canvas.y() + canvas.pt(7)));
    canvas.advance(stampHeight + canvas.pt(8));
    const QString statusNote = draft ? tr("This report is based on a draft assessment: ratings may still change. "
                                          "Do not quote it as the state's agreed position.")
                                     : tr("This report is based on the final assessment agreed by the national team.");
    canvas.paragraph(statusNote, canvas.font(9, true), stampColor, 0, 30);

    const ReportPageFrame frame = pageFrame();
    canvas.paragraph(tr("Confidential"), canvas.font(10, true), ReportCanvas::textColor, 0, 2);
    canvas.paragraph(frame.confidentiality, canvas.font(9), ReportCanvas::textColor, 0, 16);
    canvas.paragraph(
        tr("Generated on %1 with iamm %2.").arg(ReportFormat::date(QDate::currentDate()), QStringLiteral(IAMM_VERSION)),
        canvas.font(8), ReportCanvas::mutedColor, 0, 2);
}

// ---- summary

void GapReportDocument::paintSummary(ReportCanvas &canvas) const
{
    const AssessmentInfo &info = m_result.assessment;
    const RatingCounts counts = GapSummary::ratingCounts(m_result);
    canvas.heading(tr("Summary"), 16);
    canvas.paragraph(tr("%1 rated %2 of the %3 IAMM items in “%4” (%5); %6 not applicable, %7 not assessed. "
                        "Peers: the newest final assessment of %8 other members of %9.")
                         .arg(stateLabel())
                         .arg(counts.rated)
                         .arg(counts.itemCount)
                         .arg(info.title, ReportFormat::date(info.date))
                         .arg(counts.notApplicable)
                         .arg(counts.notAssessed())
                         .arg(m_result.peers.size())
                         .arg(m_group.name),
                     canvas.font(bodyFontPt), ReportCanvas::textColor, 0, 6);
    if (!m_result.subjectIsMember)
        canvas.paragraph(notMemberText(), canvas.font(bodyFontPt, true), ReportCanvas::textColor, 0, 6);
    paintStandingTable(canvas);
    paintStrongestItems(canvas);
    paintGapsToTarget(canvas);
    paintGapsBelowMedian(canvas);
}

void GapReportDocument::paintStandingTable(ReportCanvas &canvas) const
{
    canvas.heading(tr("Standing"), 11);
    canvas.paragraph(percentileExplanation(), canvas.font(bodyFontPt), ReportCanvas::mutedColor, 0, 4);
    ReportTable table(canvas,
                      {{tr("Area")},
                       {tr("Score"), 62, Qt::AlignRight},
                       {tr("Target reference"), 58, Qt::AlignRight},
                       {tr("Peer median"), 52, Qt::AlignRight},
                       {tr("Peers (n)"), 44, Qt::AlignRight},
                       {tr("Percentile rank"), 100, Qt::AlignRight}},
                      tableFontPt);
    auto addRow = [&](const QString &label, const SectionGap &gap, const QString &sectionId) {
        const auto &peer = gap.comparison.peer;
        table.addRow({ReportCell(label, ReportCanvas::textColor, sectionId.isEmpty()),
                      ReportCell(ReportFormat::fixed(gap.score, standingDecimals, tr("not assessed")),
                                 ReportCanvas::textColor, true),
                      ReportFormat::fixed(targetReference(sectionId), standingDecimals, QStringLiteral("–")),
                      peer ? ReportFormat::fixed(peer->median, standingDecimals) : QStringLiteral("–"),
                      peer ? QString::number(peer->n) : QStringLiteral("–"),
                      percentileText(gap.comparison, gap.score.has_value(), standingDecimals)});
    };
    addRow(tr("Overall"), m_result.overall, QString());
    for (const SectionGap &section : m_result.sections)
        addRow(sectionTitle(section.id), section, section.id);
    table.finish();
}

void GapReportDocument::paintStrongestItems(ReportCanvas &canvas) const
{
    QList<ItemGap> rated;
    for (const ItemGap &item : m_result.items) {
        if (item.score)
            rated.append(item);
    }
    std::stable_sort(rated.begin(), rated.end(),
                     [](const ItemGap &a, const ItemGap &b) { return *a.score > *b.score; });
    canvas.heading(tr("Strongest items"), 11);
    if (rated.isEmpty()) {
        canvas.paragraph(tr("No item has been rated yet."), canvas.font(bodyFontPt));
        return;
    }
    ReportTable table(canvas, {{tr("Item"), 40}, {tr("Text")}, {tr("Score"), 140}}, tableFontPt);
    for (const ItemGap &item : rated.mid(0, summaryListLength))
        table.addRow({ReportCell(item.id, ReportCanvas::textColor, true), itemText(item.id),
                      ReportFormat::level(m_framework.scale, *item.score)});
    table.finish();
}

void GapReportDocument::paintGapsToTarget(ReportCanvas &canvas) const
{
    const QList<ItemGap> below = GapSummary::largestGapsToTarget(m_result);
    canvas.heading(tr("Largest gaps to target"), 11);
    if (below.isEmpty()) {
        canvas.paragraph(tr("No rated item is below its target."), canvas.font(bodyFontPt));
        return;
    }
    ReportTable table(canvas,
                      {{tr("Item"), 40},
                       {tr("Text")},
                       {tr("Score"), 38, Qt::AlignRight},
                       {tr("Target"), 38, Qt::AlignRight},
                       {tr("Gap"), 34, Qt::AlignRight}},
                      tableFontPt);
    for (const ItemGap &item : below.mid(0, summaryListLength))
        table.addRow({ReportCell(item.id, ReportCanvas::textColor, true), itemText(item.id),
                      QString::number(*item.score), QString::number(item.target),
                      ReportCell(QString::number(*item.gapToTarget), ReportCanvas::textColor, true)});
    table.finish();
}

void GapReportDocument::paintGapsBelowMedian(ReportCanvas &canvas) const
{
    struct BelowMedian
    {
        ItemGap item;
        double distance;
    };
    QList<BelowMedian> below;
    bool anyPeerFigures = false;
    for (const ItemGap &item : m_result.items) {
        const auto &peer = item.comparison.peer;
        anyPeerFigures = anyPeerFigures || peer.has_value();
        if (peer && item.score && peer->median > *item.score)
            below.append({item, peer->median - *item.score});
    }
    std::stable_sort(below.begin(), below.end(),
                     [](const BelowMedian &a, const BelowMedian &b) { return a.distance > b.distance; });
    canvas.heading(tr("Largest gaps below the peer median"), 11);
    if (!anyPeerFigures) {
        canvas.paragraph(tr("Not available: no item was rated by at least %1 peers.").arg(m_result.minPeers),
                         canvas.font(bodyFontPt));
        return;
    }
    if (below.isEmpty()) {
        canvas.paragraph(tr("No rated item is below the peer median."), canvas.font(bodyFontPt));
        return;
    }
    ReportTable table(canvas,
                      {{tr("Item"), 40},
                       {tr("Text")},
                       {tr("Score"), 38, Qt::AlignRight},
                       {tr("Peer median"), 46, Qt::AlignRight},
                       {tr("Below by"), 42, Qt::AlignRight}},
                      tableFontPt);
    for (const BelowMedian &entry : below.mid(0, summaryListLength))
        table.addRow(
            {ReportCell(entry.item.id, ReportCanvas::textColor, true), itemText(entry.item.id),
             ReportFormat::fixed(*entry.item.score, itemTableDecimals),
             ReportFormat::fixed(entry.item.comparison.peer->median, itemTableDecimals),
             ReportCell(ReportFormat::fixed(entry.distance, itemTableDecimals), ReportCanvas::textColor, true)});
    table.finish();
}

// ---- charts

void GapReportDocument::paintCharts(ReportCanvas &canvas) const
{
    using Marker = ReportChartStyle::Marker;
    canvas.heading(tr("Section standing"), 16);
    canvas.paragraph(tr("Mean of the rated items per section, against the peers' median of the same mean and the "
                        "mean target. A peer median is shown only when at least %1 peers rated the section.")
                         .arg(m_result.minPeers),
                     canvas.font(bodyFontPt), ReportCanvas::mutedColor, 0, 6);
    ReportChartStyle::paintLegend(canvas, {{Marker::StateBar, stateLabel()},
                                           {Marker::PeerBar, tr("Peer median")},
                                           {Marker::TargetBar, tr("Target reference")}});
    auto group = [&](const QString &label, const SectionGap &gap, const QString &sectionId) {
        ReportBarGroup bars{label, gap.score, std::nullopt, targetReference(sectionId)};
        if (gap.comparison.peer)
            bars.peerMedian = gap.comparison.peer->median;
        return bars;
    };
    QList<ReportBarGroup> groups{group(tr("Overall"), m_result.overall, QString())};
    for (const SectionGap &section : m_result.sections)
        groups.append(group(sectionTitle(section.id), section, section.id));
    ReportBarChart::paint(canvas, groups, m_framework.scale.min, m_framework.scale.max);

    canvas.heading(tr("Items against peers and target"), 16, 120);
    canvas.paragraph(tr("Each line is one item on the rating scale. Peer figures (range, middle half, median) are "
                        "drawn only where at least %1 peers rated the item; otherwise only the state's rating and "
                        "the target are shown.")
                         .arg(m_result.minPeers),
                     canvas.font(bodyFontPt), ReportCanvas::mutedColor, 0, 6);
    ReportChartStyle::paintLegend(canvas, {{Marker::StateDot, stateLabel()},
                                           {Marker::TargetDiamond, tr("Target")},
                                           {Marker::PeerRange, tr("Peer minimum–maximum")},
                                           {Marker::PeerBox, tr("Peer quartiles (Q1–Q3)")},
                                           {Marker::MedianTick, tr("Peer median")}});
    for (const FrameworkSection &section : m_framework.sections) {
        QList<ReportSpreadRow> rows;
        for (const ItemGap &item : itemsOfSection(section.id)) {
            const QString stateText = item.score ? ReportFormat::fixed(*item.score, ReportSpreadChart::valueDecimals)
                                                 : scoreText(item);
            ReportSpreadRow row{item.id, std::nullopt, stateText, double(item.target), item.comparison.peer};
            if (item.score)
                row.state = *item.score;
            rows.append(row);
        }
        canvas.heading(section.title, 11, 100);
        ReportSpreadChart::paint(canvas, rows, m_framework.scale.min, m_framework.scale.max);
    }
}

// ---- item table

void GapReportDocument::paintItemTable(ReportCanvas &canvas) const
{
    canvas.heading(tr("All items"), 16);
    canvas.paragraph(tr("Score: the agreed level (N/A: not applicable). Gap: how far the score is below the target. "
                        "Peer figures (median, n, percentile rank) need at least %1 peers rating the item; “–” "
                        "means not available.")
                         .arg(m_result.minPeers),
                     canvas.font(bodyFontPt), ReportCanvas::mutedColor, 0, 4);
    const RoundComparison *rounds = m_sections.rounds ? &m_sections.rounds->comparison : nullptr;
    if (rounds)
        canvas.paragraph(tr("Previous: the rating in the previous round (%1); Change: the score minus the previous "
                            "one, or how the item moved into or out of N/A or assessment.")
                             .arg(ReportFormat::date(rounds->previous.date)),
                         canvas.font(bodyFontPt), ReportCanvas::mutedColor, 0, 4);
    for (const FrameworkSection &section : m_framework.sections) {
        canvas.heading(tr("%1 (%2)").arg(section.title, section.source), 11);
        // With the previous round's two columns the others narrow, so that the item text keeps some width.
        const bool narrow = rounds != nullptr;
        QList<ReportColumn> columns{{tr("ID"), 36}, {tr("Item")}, {tr("Score"), narrow ? 44.0 : 62.0, Qt::AlignRight}};
        if (rounds)
            columns << ReportColumn{tr("Previous"), 52, Qt::AlignRight}
                    << ReportColumn{tr("Change"), 56, Qt::AlignRight};
        columns << ReportColumn{tr("Target"), 38, Qt::AlignRight} << ReportColumn{tr("Gap"), 28, Qt::AlignRight}
                << ReportColumn{tr("Peer median"), 42, Qt::AlignRight} << ReportColumn{tr("n"), 20, Qt::AlignRight}
                << ReportColumn{tr("Percentile rank"), narrow ? 54.0 : 56.0, Qt::AlignRight};
        ReportTable table(canvas, columns, tableFontPt);
        for (const ItemGap &item : itemsOfSection(section.id)) {
            const auto &peer = item.comparison.peer;
            QList<ReportCell> cells{
                ReportCell(item.id, ReportCanvas::textColor, true), itemText(item.id),
                ReportCell(item.score ? ReportFormat::fixed(*item.score, itemTableDecimals) : scoreText(item),
                           item.score ? ReportCanvas::textColor : ReportCanvas::mutedColor, item.score.has_value())};
            if (const ItemComparison *was = rounds ? rounds->item(item.id) : nullptr)
                cells << ReportRoundsPage::ratingText(was->previous) << ReportRoundsPage::changeText(was->change);
            else if (rounds)
                cells << QStringLiteral("–") << QStringLiteral("–");
            cells << ReportFormat::fixed(item.target, itemTableDecimals)
                  << (item.gapToTarget ? ReportFormat::fixed(*item.gapToTarget, itemTableDecimals)
                                       : QStringLiteral("–"))
                  << (peer ? ReportFormat::fixed(peer->median, itemTableDecimals) : QStringLiteral("–"))
                  << (peer ? QString::number(peer->n) : QStringLiteral("–"))
                  << ReportFormat::fixed(item.comparison.percentileRank, itemTableDecimals, QStringLiteral("–"));
            table.addRow(cells);
        }
        table.finish();
    }
}

// ---- helpers

QString GapReportDocument::stateLabel() const
{
    return QStringLiteral("%1 (%2)").arg(StateCatalog::instance().nameOf(m_result.stateCode), m_result.stateCode);
}

QString GapReportDocument::sectionTitle(const QString &sectionId) const
{
    for (const FrameworkSection &section : m_framework.sections) {
        if (section.id == sectionId)
            return section.title;
    }
    return sectionId;
}

QString GapReportDocument::itemText(const QString &itemId) const
{
    // Effective Practice items carry their full official heading; their text is only its short form.
    const FrameworkItem *item = m_framework.item(itemId);
    if (!item)
        return QString();
    return item->heading.isEmpty() ? item->text : item->heading;
}

QString GapReportDocument::scoreText(const ItemGap &item) const
{
    if (item.score)
        return QString::number(*item.score);
    return item.notApplicable ? tr("N/A") : tr("not assessed");
}

QString GapReportDocument::percentileText(const PeerComparison &comparison, bool hasScore, int decimals) const
{
    if (!comparison.peer)
        return tr("fewer than %1 peers").arg(m_result.minPeers);
    if (!hasScore)
        return QStringLiteral("–");
    return ReportFormat::fixed(comparison.percentileRank, decimals, QStringLiteral("–"));
}

QString GapReportDocument::percentileExplanation() const
{
    return tr("Percentile rank: the share of peers whose score is below the state's, counting a peer with the same "
              "score as half (100 × (below + ½ × equal) ÷ number of peers). 50 means the middle of the peers, 100 "
              "that every peer scores lower. Peer figures need at least %1 peers with a score.")
        .arg(m_result.minPeers);
}

QString GapReportDocument::notMemberText() const
{
    return tr("%1 is not a member of %2: it is compared with the group's members, not with its own peers.")
        .arg(stateLabel(), m_group.name);
}

std::optional<double> GapReportDocument::targetReference(const QString &sectionId) const
{
    int sum = 0;
    int count = 0;
    for (const ItemGap &item : m_result.items) {
        if (sectionId.isEmpty() || item.sectionId == sectionId) {
            sum += item.target;
            ++count;
        }
    }
    if (count == 0)
        return std::nullopt;
    return double(sum) / count;
}

QList<ItemGap> GapReportDocument::itemsOfSection(const QString &sectionId) const
{
    QList<ItemGap> items;
    for (const ItemGap &item : m_result.items) {
        if (item.sectionId == sectionId)
            items.append(item);
    }
    return items;
}

} // namespace iamm
