// Analysis cycle cost. Prints figures only; the bar is in DESIGN.md ("Quality bars": analysis
// cycle < 50 ms at 3k agents, heading for <= 50 ms at 3k and <= 500 ms at 30k).
//
// A real IngestPipeline is fed 10 minutes of 1 s ticks of a regular fleet (one domain hot from
// minute 5, fleet throughput with a slow wave) at 3,000 and 30,000 agents; then one analysis cycle
// (gatherInput from the store + every analysis) is timed many times on that state, on one thread,
// as the engine runs it. For scale, the same run times a plain copy of the snapshot's agent
// columns (what handing the state to another thread would cost at the least).
//
// Options: --cycles=N (200)

#include "bench_common.h"

#include "analysis/analyses.h"
#include "widgets/pipeline_fleet.h"

#include <QCoreApplication>
#include <cstdio>
#include <cstring>
#include <string>

using namespace omega;

namespace {

void run(int teams, int primes, int domains, int agentsPerDomain, int cycles)
{
    testing::Fleet fleet(teams, primes, domains, agentsPerDomain);
    const int hotDomain = 7;
    const double t0 = bench::nowS();
    fleet.feed(600, 1'000'000, [&](int agent, std::int64_t simUs) {
        return agent / agentsPerDomain == hotDomain && simUs > 300'000'000 ? 1.0f : 0.0f;
    });
    const double feedS = bench::nowS() - t0;
    const auto snap = fleet.pipeline.latest();
    std::vector<double> cycleMs, gatherMs, analyseMs, copyMs;
    std::size_t findings = 0;
    bool named = false;
    for (int i = 0; i < cycles; ++i) {
        const double a = bench::nowS();
        const auto input = analysis::gatherInput(fleet.pipeline, snap);
        const double b = bench::nowS();
        const auto found = analysis::analyse(input);
        const double c = bench::nowS();
        gatherMs.push_back((b - a) * 1e3);
        analyseMs.push_back((c - b) * 1e3);
        cycleMs.push_back((c - a) * 1e3);
        findings = found.size();
        named = std::any_of(found.begin(), found.end(), [&](const analysis::Finding& f) {
            return f.kind == analysis::FindingKind::Outlier && f.scopeIndex == hotDomain;
        });
        const double d = bench::nowS();
        model::AgentColumns copy = snap->agents;
        const double e = bench::nowS();
        copyMs.push_back((e - d) * 1e3);
        if (copy.size() == 0)
            std::printf("!");
    }
    std::printf("%6d agents (%d domains): 600 ticks fed in %.1f s; store %.1f MB\n", snap->topology->agentCount(),
                teams * primes * domains, feedS, static_cast<double>(fleet.pipeline.storeMemoryBytes()) / 1e6);
    std::printf("   cycle  median %7.3f ms  p95 %7.3f  max %7.3f   (gather from store %.3f, analyses %.3f; %d cycles)\n",
                bench::median(cycleMs), bench::percentile(cycleMs, 0.95), *std::max_element(cycleMs.begin(), cycleMs.end()),
                bench::median(gatherMs), bench::median(analyseMs), cycles);
    std::printf("   reference: copying the snapshot's agent columns  median %.3f ms\n", bench::median(copyMs));
    std::printf("   findings %zu; hot domain %d named: %s\n", findings, hotDomain, named ? "yes" : "NO");
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    int cycles = 200;
    for (int i = 1; i < argc; ++i)
        if (std::strncmp(argv[i], "--cycles=", 9) == 0)
            cycles = std::max(1, std::atoi(argv[i] + 9));
    bench::printMachine("bench_analysis: analysis cycle cost");
    run(12, 6, 5, 8, cycles);      // 2,880 agents in 360 domains
    run(12, 6, 5, 84, cycles);     // 30,240 agents in 360 domains
    std::printf("bars: cycle < 50 ms at 3k agents (heading for <= 50 ms at 3k, <= 500 ms at 30k)\n");
    return 0;
}
