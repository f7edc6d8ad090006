// SPDX-License-Identifier: GPL-3.0-or-later
// The live vote under load on loopback: 200 participants' phones voting within one second (one
// every 5 ms), and all 200 at the same instant, each over its own connection, with the answer
// time of every vote (p50, p99, max) as counters. Clients and server share the one thread.
#include "httpexchange.h"

#include "voting/pollserver.h"

#include <QCoreApplication>
#include <algorithm>
#include <benchmark/benchmark.h>

using namespace iamm;
using iamm::test::HttpExchange;

namespace {

constexpr int participants = 200;

PollItem item()
{
    Scale scale;
    for (int value = 0; value <= 4; ++value)
        scale.levels << ScaleLevel{value, QStringLiteral("Level %1").arg(value), QString()};
    return PollItem{QStringLiteral("CU-01"), QStringLiteral("Official text."), scale};
}

QByteArray voteRequest(int participant)
{
    const QByteArray body = R"({"code":"123456","client":"phone-)" + QByteArray::number(10000 + participant)
                            + R"(","item":"CU-01","score":)" + QByteArray::number(participant % 5) + "}";
    return HttpExchange::request("POST", "/api/vote", body);
}

double percentile(std::vector<double> values, double fraction)
{
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, size_t(fraction * double(values.size())))];
}

void BM_TwoHundredVoters(benchmark::State &state)
{
    const int spacingMs = int(state.range(0));
    std::vector<double> latenciesMs;
    for (auto _ : state) {
        PollServer server;
        server.setCode(QStringLiteral("123456"));
        server.listen(QHostAddress::LocalHost, 0);
        server.openItem(item());
        QObject owner;
        QList<HttpExchange *> voters;
        for (int i = 0; i < participants; ++i)
            voters << new HttpExchange(server.port(), voteRequest(i), &owner);
        iamm::test::runAll(voters, 10000, spacingMs);
        for (const HttpExchange *voter : voters) {
            if (voter->answer().status != 200)
                state.SkipWithError("a vote was not answered 200");
            latenciesMs.push_back(double(voter->elapsedNs()) / 1e6);
        }
        if (server.voteCount() != participants)
            state.SkipWithError("not every vote was counted");
    }
    state.counters["p50_ms"] = percentile(latenciesMs, 0.50);
    state.counters["p99_ms"] = percentile(latenciesMs, 0.99);
    state.counters["max_ms"] = percentile(latenciesMs, 1.0);
}
// Argument: milliseconds between two participants' votes (5: 200 within one second; 0: all at once).
BENCHMARK(BM_TwoHundredVoters)->Arg(5)->Arg(0)->Unit(benchmark::kMillisecond)->Iterations(20);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
