// SPDX-License-Identifier: GPL-3.0-or-later
#include "rounds/roundsoverview.h"

#include "peers/gapstatistics.h"
#include "rounds/previousround.h"
#include "store/assessmentstore.h"

#include <QHash>
#include <algorithm>
#include <utility>

namespace iamm {

namespace {

using Recency = std::pair<QDate, QDateTime>;

struct StateRounds
{
    Recency mostRecent; // by date, then by last change
    QList<AssessmentInfo> rounds;
};

// Store order (date, then creation, newest first) by state, states ordered by their most recent assessment.
QList<QList<AssessmentInfo>> byState(const QList<AssessmentInfo> &all)
{
    QHash<QString, qsizetype> groupOf;
    QList<StateRounds> states;
    for (const AssessmentInfo &info : all) {
        const Recency recency{info.date, info.updatedAt};
        const auto it = groupOf.constFind(info.stateCode);
        if (it == groupOf.constEnd()) {
            groupOf.insert(info.stateCode, states.size());
            states.append({recency, {info}});
            continue;
        }
        StateRounds &state = states[*it];
        state.mostRecent = std::max(state.mostRecent, recency);
        state.rounds.append(info);
    }
    std::stable_sort(states.begin(), states.end(),
                     [](const auto &a, const auto &b) { return a.mostRecent > b.mostRecent; });
    QList<QList<AssessmentInfo>> groups;
    for (StateRounds &state : states)
        groups.append(std::move(state.rounds));
    return groups;
}

using ResponsesById = QHash<QString, QList<Response>>;

QHash<QString, std::optional<double>> overallMeans(const AssessmentStore &store, const QList<AssessmentInfo> &group,
                                                   const ResponsesById &responses)
{
    QHash<QString, std::optional<double>> means;
    for (const AssessmentInfo &info : group) {
        const GapResult result = GapStatistics::compute(store.frameworkOf(info.id), info, responses.value(info.id), {},
                                                        {}, 1);
        means.insert(info.id, result.overall.score);
    }
    return means;
}

QList<RoundEntry> entriesOf(const AssessmentStore &store, const QList<AssessmentInfo> &group,
                            const ResponsesById &responses)
{
    QList<RoundEntry> entries;
    const int count = int(group.size());
    if (count == 1) {
        entries.append({group.first(), 1, std::nullopt, std::nullopt, std::nullopt});
        return entries;
    }
    const QHash<QString, std::optional<double>> means = overallMeans(store, group, responses);
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
    const QList<QList<AssessmentInfo>> groups = byState(store.assessments());
    // The responses of every state with more than one round, in one query.
    QStringList ids;
    for (const QList<AssessmentInfo> &group : groups) {
        if (group.size() < 2)
            continue;
        for (const AssessmentInfo &info : group)
            ids << info.id;
    }
    const ResponsesById responses = store.responsesOf(ids);
    QList<RoundEntry> entries;
    for (const QList<AssessmentInfo> &group : groups)
        entries.append(entriesOf(store, group, responses));
    return entries;
}

QString RoundsOverview::newestAssessmentId(const AssessmentStore &store)
{
    const QList<AssessmentInfo> all = store.assessments();
    const auto newest = std::max_element(all.begin(), all.end(), [](const auto &a, const auto &b) {
        return Recency{a.date, a.updatedAt} < Recency{b.date, b.updatedAt};
    });
    return newest == all.end() ? QString() : newest->id;
}

} // namespace iamm
