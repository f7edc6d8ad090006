// SPDX-License-Identifier: GPL-3.0-or-later
#include "rounds/roundsoverview.h"

#include "peers/gapstatistics.h"
#include "rounds/previousround.h"
#include "store/assessmentstore.h"

#include <QHash>
#include <algorithm>
#include <tuple>

namespace iamm {

namespace {

bool isMoreRecent(const AssessmentInfo &a, const AssessmentInfo &b)
{
    return std::tie(a.date, a.updatedAt) > std::tie(b.date, b.updatedAt);
}

// Store order (date, then creation, newest first) by state, states ordered by their most recent assessment.
QList<QList<AssessmentInfo>> byState(const QList<AssessmentInfo> &all)
{
    QHash<QString, int> groupOf;
    QList<QList<AssessmentInfo>> groups;
    for (const AssessmentInfo &info : all) {
        const auto it = groupOf.constFind(info.stateCode);
        if (it == groupOf.constEnd()) {
            groupOf.insert(info.stateCode, int(groups.size()));
            groups.append({info});
        } else {
            groups[*it].append(info);
        }
    }
    const auto mostRecent = [](const QList<AssessmentInfo> &group) {
        return *std::max_element(group.begin(), group.end(),
                                 [](const auto &a, const auto &b) { return isMoreRecent(b, a); });
    };
    std::stable_sort(groups.begin(), groups.end(),
                     [&](const auto &a, const auto &b) { return isMoreRecent(mostRecent(a), mostRecent(b)); });
    return groups;
}

QHash<QString, std::optional<double>> overallMeans(const AssessmentStore &store, const QList<AssessmentInfo> &group)
{
    QStringList ids;
    for (const AssessmentInfo &info : group)
        ids << info.id;
    const QHash<QString, QList<Response>> responses = store.responsesOf(ids);
    QHash<QString, std::optional<double>> means;
    for (const AssessmentInfo &info : group) {
        const GapResult result = GapStatistics::compute(store.frameworkOf(info.id), info, responses.value(info.id), {},
                                                        {}, 1);
        means.insert(info.id, result.overall.score);
    }
    return means;
}

QList<RoundEntry> entriesOf(const AssessmentStore &store, const QList<AssessmentInfo> &group)
{
    QList<RoundEntry> entries;
    const int count = int(group.size());
    if (count == 1) {
        entries.append({group.first(), 1, std::nullopt, std::nullopt, std::nullopt});
        return entries;
    }
    const QHash<QString, std::optional<double>> means = overallMeans(store, group);
    for (const AssessmentInfo &info : group) {
        RoundEntry entry{info, count, means.value(info.id), PreviousRound::of(info, group), std::nullopt};
        if (entry.previous)
            entry.previousOverall = means.value(entry.previous->id);
        entries.append(entry);
    }
    return entries;
}

} // namespace

std::optional<double> RoundEntry::overallChange() const
{
    if (!overall || !previousOverall)
        return std::nullopt;
    return *overall - *previousOverall;
}

QList<RoundEntry> RoundsOverview::load(const AssessmentStore &store)
{
    QList<RoundEntry> entries;
    for (const QList<AssessmentInfo> &group : byState(store.assessments()))
        entries.append(entriesOf(store, group));
    return entries;
}

} // namespace iamm
