// SPDX-License-Identifier: GPL-3.0-or-later
#include "peers/gapstatistics.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace iamm {

namespace {

using CountedScores = QHash<QString, int>;

CountedScores countedScores(const QList<Response> &responses)
{
    CountedScores scores;
    for (const Response &response : responses) {
        if (response.counts())
            scores.insert(response.itemId, *response.rating.score);
    }
    return scores;
}

// The sum of integers is exact in a double, so equal means compare equal.
std::optional<double> meanScore(const CountedScores &scores, const QList<const FrameworkItem *> &items)
{
    int sum = 0;
    int count = 0;
    for (const FrameworkItem *item : items) {
        const auto found = scores.constFind(item->id);
        if (found == scores.constEnd())
            continue;
        sum += *found;
        ++count;
    }
    if (count == 0)
        return std::nullopt;
    return double(sum) / count;
}

QList<const FrameworkItem *> itemsOf(const FrameworkSection &section)
{
    QList<const FrameworkItem *> items;
    for (const FrameworkItem &item : section.items)
        items.append(&item);
    return items;
}

double quantile(const QList<double> &sorted, double p)
{
    const double h = (sorted.size() - 1) * p;
    const auto lower = qsizetype(std::floor(h));
    if (lower + 1 >= sorted.size())
        return sorted.at(lower);
    return sorted.at(lower) + (h - lower) * (sorted.at(lower + 1) - sorted.at(lower));
}

const Response *responseFor(const QList<Response> &responses, const QString &itemId)
{
    for (const Response &response : responses) {
        if (response.itemId == itemId)
            return &response;
    }
    return nullptr;
}

ItemGap itemGap(const FrameworkItem &item, const FrameworkSection &section, const Framework &framework,
                const QList<Response> &subjectResponses, const QList<CountedScores> &peerScores, int minPeers)
{
    ItemGap gap;
    gap.id = item.id;
    gap.sectionId = section.id;
    gap.target = framework.scale.defaultTarget;
    if (const Response *response = responseFor(subjectResponses, item.id)) {
        gap.notApplicable = response->rating.notApplicable;
        if (response->counts())
            gap.score = response->rating.score;
        if (response->target)
            gap.target = *response->target;
    }
    if (gap.score)
        gap.gapToTarget = std::max(0, gap.target - *gap.score);

    QList<double> peerValues;
    for (const CountedScores &scores : peerScores) {
        const auto found = scores.constFind(item.id);
        if (found != scores.constEnd())
            peerValues.append(*found);
    }
    std::optional<double> score;
    if (gap.score)
        score = *gap.score;
    gap.comparison = GapStatistics::compare(score, peerValues, minPeers);
    return gap;
}

SectionGap sectionGap(const QString &id, const QList<const FrameworkItem *> &items, const CountedScores &subjectScores,
                      const QList<CountedScores> &peerScores, int minPeers)
{
    SectionGap gap;
    gap.id = id;
    gap.score = meanScore(subjectScores, items);
    QList<double> peerMeans;
    for (const CountedScores &scores : peerScores) {
        if (const std::optional<double> mean = meanScore(scores, items))
            peerMeans.append(*mean);
    }
    gap.comparison = GapStatistics::compare(gap.score, peerMeans, minPeers);
    return gap;
}

} // namespace

PeerSpread GapStatistics::spread(QList<double> values)
{
    std::sort(values.begin(), values.end());
    PeerSpread spread;
    spread.n = int(values.size());
    spread.min = values.first();
    spread.q1 = quantile(values, 0.25);
    spread.median = quantile(values, 0.5);
    spread.q3 = quantile(values, 0.75);
    spread.max = values.last();
    double sum = 0;
    for (double value : values)
        sum += value;
    spread.mean = sum / values.size();
    return spread;
}

double GapStatistics::percentileRank(double score, const QList<double> &values)
{
    const auto below = std::count_if(values.begin(), values.end(), [score](double v) { return v < score; });
    const auto equal = std::count(values.begin(), values.end(), score);
    return 100.0 * (double(below) + 0.5 * double(equal)) / double(values.size());
}

PeerComparison GapStatistics::compare(std::optional<double> score, const QList<double> &peerValues, int minPeers)
{
    PeerComparison comparison;
    if (peerValues.isEmpty() || peerValues.size() < minPeers)
        return comparison;
    comparison.peer = spread(peerValues);
    if (score) {
        comparison.percentileRank = percentileRank(*score, peerValues);
        comparison.gapToMedian = *score - comparison.peer->median;
    }
    return comparison;
}

GapResult GapStatistics::compute(const Framework &framework, const AssessmentInfo &subject,
                                 const QList<Response> &subjectResponses, const QList<PeerInput> &peers,
                                 const QStringList &missingPeers, int minPeers)
{
    GapResult result;
    result.stateCode = subject.stateCode;
    result.assessment = subject;
    result.missingPeers = missingPeers;
    result.minPeers = minPeers;

    QList<CountedScores> peerScores;
    for (const PeerInput &peer : peers) {
        result.peers.append({peer.stateCode, peer.info.id, peer.info.date});
        peerScores.append(countedScores(peer.responses));
    }
    const CountedScores subjectScores = countedScores(subjectResponses);

    for (const FrameworkSection &section : framework.sections) {
        for (const FrameworkItem &item : section.items)
            result.items.append(itemGap(item, section, framework, subjectResponses, peerScores, minPeers));
        result.sections.append(sectionGap(section.id, itemsOf(section), subjectScores, peerScores, minPeers));
    }
    result.overall = sectionGap(QStringLiteral("overall"), framework.items(), subjectScores, peerScores, minPeers);
    return result;
}

} // namespace iamm
