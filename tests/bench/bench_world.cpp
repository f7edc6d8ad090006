// SPDX-License-Identifier: GPL-3.0-or-later
// World scale: 193 states, three rounds each, all forty items scored with evidence notes.
// Measures importing every exchange file, one gap analysis and one PDF report (with its page "Since the
// previous assessment", the rounds read from the database each time).
#include "benchdatabase.h"
#include "exchange/assessmentexchange.h"
#include "store/assessmentstore.h"
#include "framework/frameworkregistry.h"
#include "peers/gapanalysis.h"
#include "report/gapreportwriter.h"
#include "report/reportrounds.h"
#include "peers/peergroupcatalog.h"
#include "store/sqlconnection.h"
#include "catalogs/statecatalog.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>

using namespace iamm;

namespace {

struct World
{
    QTemporaryDir dir;
    QStringList files;
    QStringList states;
    QString sourcePath;
};

// Builds the source database once and exports every assessment to its own file.
World &world()
{
    static World w;
    if (!w.files.isEmpty())
        return w;
    const FrameworkRegistry registry;
    const Framework &framework = registry.require(FrameworkRegistry::defaultFrameworkId());
    for (const StateInfo &state : StateCatalog::instance().all()) {
        if (!state.withdrawn && !state.fictitious && w.states.size() < 193)
            w.states << state.code;
    }
    w.sourcePath = bench::databaseLocation(w.dir, QStringLiteral("source"));
    AssessmentStore store(w.sourcePath);
    AssessmentStore::Batch transaction(store);
    for (int s = 0; s < w.states.size(); ++s) {
        for (int round = 0; round < 3; ++round) {
            const QString id = store.createAssessment(NewAssessment{w.states[s],
                                                                    QStringLiteral("Round %1").arg(round + 1),
                                                                    QDate(2020 + 2 * round, 6, 1),
                                                                    {}},
                                                      framework);
            int i = 0;
            for (const FrameworkItem *item : framework.items()) {
                store.updateResponse(id, item->id,
                                     ResponseUpdate{Rating::level((s + i + round) % 5),
                                                    {},
                                                    {},
                                                    QStringLiteral("Agreed after discussion")});
                store.addNote(id, item->id, QStringLiteral("Minutes"),
                              QStringLiteral("Evidence note for %1").arg(item->id), false);
                ++i;
            }
            store.setStatus(id, iamm::AssessmentStatus::Final);
        }
    }
    transaction.commit();
    QDir().mkpath(w.dir.filePath(QStringLiteral("files")));
    for (const AssessmentInfo &info : store.assessments()) {
        const QString path = w.dir.filePath(QStringLiteral("files/%1.json").arg(info.id));
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write(AssessmentExchange::exportAssessment(store, info.id, {}));
        w.files << path;
    }
    return w;
}

void BM_ImportWorld(benchmark::State &state)
{
    World &w = world();
    const FrameworkRegistry registry;
    int run = 0;
    for (auto _ : state) {
        state.PauseTiming();
        const QString path = bench::databaseLocation(w.dir, QStringLiteral("import%1").arg(run++));
        AssessmentStore store(path);
        state.ResumeTiming();
        AssessmentExchange::importFiles(store, w.files, registry, StateCatalog::instance());
    }
    state.counters["files"] = double(w.files.size());
}
BENCHMARK(BM_ImportWorld)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_GapWorld(benchmark::State &state)
{
    World &w = world();
    AssessmentStore store(w.sourcePath);
    PeerGroupCatalog groups(store);
    if (!groups.groupsOf(w.states[0]).contains(QStringLiteral("WORLD")))
        groups.createGroup(QStringLiteral("WORLD"), QStringLiteral("All states"), w.states);
    for (auto _ : state)
        benchmark::DoNotOptimize(GapAnalysis::run(store, groups, w.states[0], QStringLiteral("WORLD")).items.size());
}
BENCHMARK(BM_GapWorld)->Unit(benchmark::kMillisecond);

void BM_ReportWorld(benchmark::State &state)
{
    World &w = world();
    AssessmentStore store(w.sourcePath);
    PeerGroupCatalog groups(store);
    const GapResult result = GapAnalysis::run(store, groups, w.states[0], QStringLiteral("WORLD"));
    const AssessmentRecord subject = store.record(result.assessment.id, false);
    const PeerGroup group = groups.group(QStringLiteral("WORLD"));
    const QString out = w.dir.filePath(QStringLiteral("report.pdf"));
    for (auto _ : state) {
        GapReportWriter::Options options;
        options.rounds = ReportRounds::load(store, result.assessment.id);
        GapReportWriter::writePdf(result, store.frameworkOf(result.assessment.id), subject, group, options, out);
    }
}
BENCHMARK(BM_ReportWorld)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
