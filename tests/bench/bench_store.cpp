// SPDX-License-Identifier: GPL-3.0-or-later
// Durable score saving against a bare SQLite INSERT-and-COMMIT with the same settings, and start-up
// cost (framework loading plus opening a database with 1,000 assessments).
#include "store/assessmentstore.h"
#include "framework/frameworkregistry.h"

#include <QCoreApplication>
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
    AssessmentStore store(dir.filePath(QStringLiteral("store.sqlite")));
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

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
