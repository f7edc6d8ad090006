// SPDX-License-Identifier: GPL-3.0-or-later
// Durable score saving against a bare SQLite INSERT-and-COMMIT with the same settings, start-up
// cost (framework loading plus opening a database with 1,000 assessments), and the workshop's
// consensus figures and CSV import of participants' views.
#include "benchdatabase.h"
#include "catalogs/statecatalog.h"
#include "framework/frameworkregistry.h"
#include "store/assessmentstore.h"
#include "workshop/consensus.h"
#include "workshop/contributionimport.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>
#include <sqlite3.h>

using namespace iamm;

namespace {

void exec(sqlite3 *db, const char *sql)
{
    char *error = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &error) != SQLITE_OK) {
        fprintf(stderr, "%s\n", error);
        sqlite3_free(error);
        std::abort();
    }
}

void BM_BareSqliteInsertCommit(benchmark::State &state)
{
    QTemporaryDir dir;
    sqlite3 *db = nullptr;
    sqlite3_open(dir.filePath(QStringLiteral("bare.sqlite")).toUtf8().constData(), &db);
    exec(db, "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;");
    exec(db, "CREATE TABLE responses (assessment_id TEXT, item_id TEXT, score INTEGER, PRIMARY KEY (assessment_id, "
             "item_id))");
    sqlite3_stmt *insert = nullptr;
    sqlite3_prepare_v2(db, "INSERT OR REPLACE INTO responses VALUES ('a', ?, ?)", -1, &insert, nullptr);
    int i = 0;
    for (auto _ : state) {
        exec(db, "BEGIN");
        sqlite3_bind_text(insert, 1, i % 2 ? "CU-01" : "CU-02", -1, SQLITE_STATIC);
        sqlite3_bind_int(insert, 2, i % 5);
        sqlite3_step(insert);
        sqlite3_reset(insert);
        exec(db, "COMMIT");
        ++i;
    }
    sqlite3_finalize(insert);
    sqlite3_close(db);
}
BENCHMARK(BM_BareSqliteInsertCommit)->Unit(benchmark::kMicrosecond)->MinTime(2.0);

void BM_SaveScore(benchmark::State &state)
{
    QTemporaryDir dir;
    const FrameworkRegistry registry;
    AssessmentStore store(bench::databaseLocation(dir, QStringLiteral("store")));
    const QString id = store.createAssessment(
        NewAssessment{QStringLiteral("MEX"), QStringLiteral("bench"), QDate(2025, 1, 1), {}},
        registry.require(FrameworkRegistry::defaultFrameworkId()));
    int i = 0;
    for (auto _ : state) {
        store.updateResponse(id, i % 2 ? QStringLiteral("CU-01") : QStringLiteral("CU-02"),
                             ResponseUpdate{Rating::level(i % 5), {}, {}, {}});
        ++i;
    }
}
BENCHMARK(BM_SaveScore)->Unit(benchmark::kMicrosecond)->MinTime(2.0);

void BM_LoadFrameworkAndOpen1000(benchmark::State &state)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("thousand.sqlite"));
    {
        const FrameworkRegistry registry;
        AssessmentStore store(path);
        const Framework &framework = registry.require(FrameworkRegistry::defaultFrameworkId());
        for (int i = 0; i < 1000; ++i)
            store.createAssessment(NewAssessment{QStringLiteral("MEX"),
                                                 QStringLiteral("Round %1").arg(i),
                                                 QDate(2020, 1, 1).addDays(i),
                                                 {}},
                                   framework);
    }
    for (auto _ : state) {
        const FrameworkRegistry registry;
        AssessmentStore store(path);
        benchmark::DoNotOptimize(store.assessments().size());
    }
}
BENCHMARK(BM_LoadFrameworkAndOpen1000)->Unit(benchmark::kMillisecond)->MinTime(2.0);

constexpr int workshopParticipants = 60;

// Every participant's view on every item (level, N/A now and then, a comment on some), as CSV.
QByteArray workshopCsv(const Framework &framework)
{
    QByteArray csv = "participant,agency,item,score,comment\n";
    for (int p = 0; p < workshopParticipants; ++p) {
        for (const FrameworkItem *item : framework.items()) {
            const int n = p * 7 + int(item->id.size()) * 3 + int(csv.size() % 11);
            const QByteArray score = n % 13 == 0 ? QByteArray("NA") : QByteArray::number(n % 5);
            csv += "Participant " + QByteArray::number(p) + ",Agency " + QByteArray::number(p % 6) + ","
                   + item->id.toUtf8() + "," + score + "," + (n % 4 == 0 ? "\"see notes, page 2\"" : "") + "\n";
        }
    }
    return csv;
}

// consensus show for 40 items × 60 participants: reading the contributions and responses, then the
// figures (issue 10: under 20 ms).
void BM_ConsensusFortyItemsSixtyParticipants(benchmark::State &state)
{
    QTemporaryDir dir;
    const FrameworkRegistry registry;
    const Framework &framework = registry.require(FrameworkRegistry::defaultFrameworkId());
    AssessmentStore store(dir.filePath(QStringLiteral("workshop.sqlite")));
    const QString id = store.createAssessment(
        NewAssessment{QStringLiteral("MEX"), QStringLiteral("bench"), QDate(2025, 1, 1), {}}, framework);
    const QString path = dir.filePath(QStringLiteral("votes.csv"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(workshopCsv(framework)) < 0)
        std::abort();
    file.close();
    ContributionImport::importFile(store, id, path, registry, StateCatalog::instance(), {});
    for (auto _ : state) {
        const ConsensusFigures figures = Consensus::compute(store.frameworkOf(id), store.contributions(id),
                                                            store.responses(id));
        benchmark::DoNotOptimize(figures.items.size());
    }
}
BENCHMARK(BM_ConsensusFortyItemsSixtyParticipants)->Unit(benchmark::kMillisecond)->MinTime(2.0);

// Importing a 60-participant CSV (2,400 rows), each time replacing the same 60 participants
// (issue 10: under 200 ms).
void BM_ImportSixtyParticipantCsv(benchmark::State &state)
{
    QTemporaryDir dir;
    const FrameworkRegistry registry;
    const Framework &framework = registry.require(FrameworkRegistry::defaultFrameworkId());
    AssessmentStore store(dir.filePath(QStringLiteral("workshop.sqlite")));
    const QString id = store.createAssessment(
        NewAssessment{QStringLiteral("MEX"), QStringLiteral("bench"), QDate(2025, 1, 1), {}}, framework);
    const QString path = dir.filePath(QStringLiteral("votes.csv"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(workshopCsv(framework)) < 0)
        std::abort();
    file.close();
    for (auto _ : state) {
        const auto summary = ContributionImport::importFile(store, id, path, registry, StateCatalog::instance(), {});
        benchmark::DoNotOptimize(summary.views);
    }
}
BENCHMARK(BM_ImportSixtyParticipantCsv)->Unit(benchmark::kMillisecond)->MinTime(2.0);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
