// SPDX-License-Identifier: GPL-3.0-or-later
#include "rounds/trendloader.h"

#include "catalogs/statecatalog.h"
#include "common/iammerror.h"
#include "display/displaytext.h"
#include "peers/gapstatistics.h"
#include "rounds/previousround.h"
#include "store/assessmentstore.h"

#include <QCoreApplication>

#include <algorithm>

namespace iamm {

namespace {

TrendRound trendRound(const AssessmentStore &store, const AssessmentInfo &info, const QList<Response> &responses)
{
    const Framework &framework = store.frameworkOf(info.id);
    const GapResult means = GapStatistics::compute(framework, info, responses, {}, {}, 1);
    TrendRound round{info, {}, means.overall.score, {}};
    for (const SectionGap &section : means.sections)
        round.sections.append({section.id, section.score});
    for (const Response &response : responses)
        round.ratings.insert(response.itemId, response.rating);
    return round;
}

} // namespace

Trend TrendLoader::history(const AssessmentStore &store, const QString &stateCode, const QString &frameworkId,
                           bool finalsOnly)
{
    const QString code = stateCode.trimmed().toUpper();
    if (!StateCatalog::instance().find(code))
        throw IammError(QCoreApplication::translate("TrendLoader", "%1 is not an ISO 3166 alpha-3 state code")
                            .arg(DisplayText::quoted(stateCode)));
    const QList<AssessmentInfo> stateRounds = store.assessments(code);
    QList<AssessmentInfo> chosen;
    for (const AssessmentInfo &info : stateRounds) {
        if (info.frameworkId == frameworkId && (info.isFinal() || !finalsOnly))
            chosen.prepend(info);
    }
    if (chosen.isEmpty())
        throw IammError((finalsOnly
                             ? QCoreApplication::translate("TrendLoader", "%1 has no final assessment on framework %2")
                             : QCoreApplication::translate("TrendLoader", "%1 has no assessment on framework %2"))
                            .arg(code, frameworkId));
    const AssessmentInfo &newest = chosen.constLast();
    const std::optional<AssessmentInfo> previous = PreviousRound::of(newest, stateRounds);
    QStringList ids;
    for (const AssessmentInfo &info : chosen)
        ids << info.id;
    if (previous && !ids.contains(previous->id))
        ids << previous->id;
    const QHash<QString, QList<Response>> responses = store.responsesOf(ids);

    Trend trend{code, frameworkId, {}, store.frameworkOf(newest.id).itemIds(), std::nullopt};
    for (const AssessmentInfo &info : chosen)
        trend.rounds.append(trendRound(store, info, responses.value(info.id)));
    if (previous)
        trend.latest = RoundComparison::compute(store.frameworkOf(newest.id), *previous, responses.value(previous->id),
                                                newest, responses.value(newest.id));
    return trend;
}

} // namespace iamm
