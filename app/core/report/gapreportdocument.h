// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assessment/assessment.h"
#include "framework/framework.h"
#include "peers/gapresult.h"
#include "peers/peergroup.h"
#include "report/reportcanvas.h"
#include "report/reportrounds.h"

#include <QCoreApplication>

namespace iamm {

// What the report shows beyond its fixed sections.
struct ReportSections
{
    bool evidenceAnnex = false;
    // Names the participants whose views were collected; by default only their number and agencies.
    bool contributorNames = false;
    // The annex "Facilitator notes": the facilitator's private notes and the parking lot.
    bool facilitatorNotes = false;
    // The comparison with the previous round ("Previous" and "Change" columns, the page "Since the previous
    // assessment"); none without a previous round.
    const ReportRounds *rounds = nullptr;
};

// The content of the PDF gap report, painted page after page on a canvas: cover, summary, charts, item
// table (with the previous round's ratings when there is one), rationale, checklist, actions, where the participants'
// views differed (when they were collected), evidence annex (optional), facilitator notes (optional), methodology.
class GapReportDocument
{
    Q_DECLARE_TR_FUNCTIONS(GapReportDocument)

public:
    GapReportDocument(const GapResult &result, const Framework &framework, const AssessmentRecord &subject,
                      const PeerGroup &group, const ReportSections &sections);

    QString title() const;
    ReportPageFrame pageFrame() const;
    void paint(ReportCanvas &canvas) const;

private:
    void paintCover(ReportCanvas &canvas) const;
    void paintSummary(ReportCanvas &canvas) const;
    void paintStandingTable(ReportCanvas &canvas) const;
    void paintStrongestItems(ReportCanvas &canvas) const;
    void paintGapsToTarget(ReportCanvas &canvas) const;
    void paintGapsBelowMedian(ReportCanvas &canvas) const;
    void paintCharts(ReportCanvas &canvas) const;
    void paintItemTable(ReportCanvas &canvas) const;

    QString stateLabel() const;
    QString sectionTitle(const QString &sectionId) const;
    QString itemText(const QString &itemId) const;
    QString scoreText(const ItemGap &item) const;
    QString percentileText(const PeerComparison &comparison, bool hasScore, int decimals) const;
    QString percentileExplanation() const;
    QString notMemberText() const;
    std::optional<double> targetReference(const QString &sectionId) const;
    QList<ItemGap> itemsOfSection(const QString &sectionId) const;

    const GapResult &m_result;
    const Framework &m_framework;
    const AssessmentRecord &m_subject;
    const PeerGroup &m_group;
    ReportSections m_sections;
};

} // namespace iamm
