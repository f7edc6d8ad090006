// SPDX-License-Identifier: GPL-3.0-or-later
#include "workshop/consensus.h"

#include "framework/framework.h"

#include <QHash>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace iamm {

namespace {

std::optional<double> medianOf(QList<int> sorted)
{
    if (sorted.isEmpty())
        return std::nullopt;
    const qsizetype middle = sorted.size() / 2;
    if (sorted.size() % 2 == 1)
        return sorted[middle];
    return (sorted[middle - 1] + sorted[middle]) / 2.0;
}

} // namespace

std::optional<int> ItemConsensus::medianLevel() const
{
    if (!median)
        return std::nullopt;
    return int(std::floor(*median));
}

bool ItemConsensus::dissentExpected() const
{
    if (n + na == 0 || (!agreed.score && !agreed.notApplicable))
        return false;
    if (divergent)
        return true;
    if (agreed.notApplicable)
        return n > 0;
    return !median || std::abs(*agreed.score - *median) >= 1.0;
}

ConsensusFigures Consensus::compute(const Framework &framework, const QList<Contribution> &contributions,
                                    const QList<Response> &responses)
{
    QHash<QString, QList<Rating>> viewsByItem;
    for (const Contribution &contribution : contributions) {
        for (const ContributionView &view : contribution.views)
            viewsByItem[view.itemId] << view.rating;
    }
    QHash<QString, Response> responseByItem;
    for (const Response &response : responses)
        responseByItem.insert(response.itemId, response);

    ConsensusFigures figures;
    figures.participants = int(contributions.size());
    figures.agencies = agencyCount(contributions);
    for (const FrameworkItem *item : framework.items())
        figures.items << ofItem(item->id, framework.scale, viewsByItem.value(item->id), responseByItem.value(item->id));
    return figures;
}

ItemConsensus Consensus::ofItem(const QString &itemId, const Scale &scale, const QList<Rating> &views,
                                const Response &agreed)
{
    ItemConsensus result;
    result.itemId = itemId;
    for (int level = scale.min; level <= scale.max; ++level)
        result.counts.insert(level, 0);
    QList<int> levels;
    for (const Rating &view : views) {
        if (view.notApplicable) {
            ++result.na;
        } else if (view.score) {
            levels << *view.score;
            ++result.counts[*view.score];
        }
    }
    std::sort(levels.begin(), levels.end());
    result.n = int(levels.size());
    result.median = medianOf(levels);
    if (!levels.isEmpty()) {
        result.min = levels.constFirst();
        result.max = levels.constLast();
    }
    result.divergent = (result.n >= 1 && (*result.max - *result.min >= 2 || result.na >= 1));
    result.agreed = agreed.rating;
    result.dissent = agreed.dissent;
    return result;
}

int Consensus::agencyCount(const QList<Contribution> &contributions)
{
    QSet<QString> agencies;
    for (const Contribution &contribution : contributions) {
        if (!contribution.agency.trimmed().isEmpty())
            agencies.insert(contribution.agency.trimmed());
    }
    return int(agencies.size());
}

} // namespace iamm
