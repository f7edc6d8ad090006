// SPDX-License-Identifier: GPL-3.0-or-later
// `iamm trend` without the process start: reading a state's ten rounds (forty items each, with rationale and
// explanations of change) from a database that also holds 192 other states with three rounds each, the means
// of every round, the comparison of the newest with its previous round, and the JSON output.
#include "catalogs/statecatalog.h"
#include "framework/frameworkregistry.h"
#include "rounds/roundsformatter.h"
#include "rounds/trendloader.h"
#include "store/assessmentstore.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>

using namespace iamm;

namespace {

struct Database
{
    QTemporaryDir dir;
    QString path;
    QString state;
};

void addRound(AssessmentStore &store, const Framework &framework, const QString &state, int round, bool final)
{
    const QString id = store.createAssessment(
        NewAssessment{state, QStringLiteral("Round %1").arg(round + 1), QDate(2000 + 2 * round, 6, 1), {}}, framework);
    int i = 0;
    for (const FrameworkItem *item : framework.items()) {
        ResponseUpdate update;
        update.rating = (i + round) % 11 == 0 ? Rating::na() : Rating::level((i * 7 + round) % 5);
        update.rationale = QStringLiteral("Agreed after discussion of %1").arg(item->id);
        if (round > 0 && i % 3 == 0) {
            update.changeReason = ChangeReason(i % 4);
            update.changeNote = QStringLiteral("What changed since the round before");
        }
        store.updateResponse(id, item->id, update);
        ++i;
    }
    if (final)
        store.setStatus(id, AssessmentStatus::Final);
}

Database &database()
{
    static Database d;
    if (!d.path.isEmpty())
        return d;
    const FrameworkRegistry registry;
    const Framework &framework = registry.require(FrameworkRegistry::defaultFrameworkId());
    d.path = d.dir.filePath(QStringLiteral("rounds.sqlite"));
    AssessmentStore store(d.path);
    AssessmentStore::Batch batch(store);
    int states = 0;
    for (const StateInfo &state : StateCatalog::instance().all()) {
        if (state.withdrawn || state.fictitious || states == 193)
            continue;
        const bool subject = states++ == 0;
        if (subject)
            d.state = state.code;
        const int rounds = subject ? 10 : 3;
        for (int round = 0; round < rounds; ++round)
            addRound(store, framework, state.code, round, round + 1 < rounds || !subject);
    }
    batch.commit();
    return d;
}

void BM_TrendTenRounds(benchmark::State &state)
{
    Database &d = database();
    const AssessmentStore store(d.path, SqlConnection::Access::ReadOnly);
    for (auto _ : state) {
        const Trend trend = TrendLoader::history(store, d.state, QStringLiteral("iamm-2004"), false);
        benchmark::DoNotOptimize(RoundsFormatter::trendJson(trend).size());
    }
}
BENCHMARK(BM_TrendTenRounds)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
