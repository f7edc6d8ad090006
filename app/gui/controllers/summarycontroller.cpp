// SPDX-License-Identifier: GPL-3.0-or-later
#include "controllers/summarycontroller.h"

#include "models/itemlistmodel.h"
#include "controllers/openassessment.h"
#include "peers/gapstatistics.h"
#include "peers/gapsummary.h"
#include "values/sectionprogress.h"
#include "values/targetgap.h"

namespace iamm::gui {

namespace {

double sectionMean(const iamm::GapResult &result, const QString &sectionId)
{
    for (const iamm::SectionGap &gap : result.sections) {
        if (gap.id == sectionId && gap.score)
            return *gap.score;
    }
    return -1;
}

} // namespace

SummaryController::SummaryController(const OpenAssessment &open, const ItemListModel *items, QObject *parent)
    : QObject(parent)
    , m_open(open)
    , m_items(items)
{}

void SummaryController::recompute()
{
    QList<iamm::Response> responses;
    for (const ItemListModel::Row &row : m_items->rows())
        responses.append(row.response);
    const iamm::Framework &framework = *m_open.framework;
    const iamm::GapResult result = iamm::GapStatistics::compute(framework, m_open.info, responses, {}, {}, 1);

    const iamm::RatingCounts all = iamm::GapSummary::ratingCounts(result);
    m_itemCount = m_items->rowCount();
    m_scoredCount = all.rated;
    m_notApplicableCount = all.notApplicable;
    m_overallMean = result.overall.score.value_or(-1);

    m_sections.clear();
    for (const iamm::FrameworkSection &section : framework.sections) {
        const iamm::RatingCounts counts = iamm::GapSummary::ratingCounts(result, section.id);
        m_sections.append(QVariant::fromValue(SectionProgress{section.id, section.title, section.officialTitle,
                                                              section.source, int(section.items.size()), counts.rated,
                                                              counts.notApplicable, sectionMean(result, section.id)}));
    }

    m_largestGaps.clear();
    for (const iamm::ItemGap &gap : iamm::GapSummary::largestGapsToTarget(result)) {
        m_largestGaps.append(QVariant::fromValue(TargetGap{gap.id, m_items->rowOf(gap.id), framework.item(gap.id)->text,
                                                           *gap.score, gap.target, *gap.gapToTarget}));
    }
    emit changed();
}

} // namespace iamm::gui
