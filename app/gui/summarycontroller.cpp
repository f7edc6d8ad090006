#include "summarycontroller.h"

#include "itemlistmodel.h"
#include "openassessment.h"
#include "peers/gapstatistics.h"
#include "peers/gapsummary.h"

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
{
}

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
        m_sections.append(QVariantMap{{QStringLiteral("id"), section.id},
                                      {QStringLiteral("title"), section.title},
                                      {QStringLiteral("officialTitle"), section.officialTitle},
                                      {QStringLiteral("source"), section.source},
                                      {QStringLiteral("itemCount"), section.items.size()},
                                      {QStringLiteral("scoredCount"), counts.rated},
                                      {QStringLiteral("notApplicableCount"), counts.notApplicable},
                                      {QStringLiteral("mean"), sectionMean(result, section.id)}});
    }

    m_largestGaps.clear();
    for (const iamm::ItemGap &gap : iamm::GapSummary::largestGapsToTarget(result)) {
        m_largestGaps.append(QVariantMap{{QStringLiteral("itemId"), gap.id},
                                         {QStringLiteral("index"), m_items->rowOf(gap.id)},
                                         {QStringLiteral("text"), framework.item(gap.id)->text},
                                         {QStringLiteral("score"), *gap.score},
                                         {QStringLiteral("target"), gap.target},
                                         {QStringLiteral("gap"), *gap.gapToTarget}});
    }
    emit changed();
}
