// Analysis cycle cost. Prints figures only; the bar is in DESIGN.md ("Quality bars": analysis
// cycle < 50 ms at 3k agents, heading for <= 50 ms at 3k and <= 500 ms at 30k).
//
// A real IngestPipeline is fed 10 minutes of 1 s ticks of a regular fleet (one domain hot from
// minute 5, fleet throughput with a slow wave) at 3,000 and 30,000 agents; then one analysis cycle
// (gatherInput from the store + every analysis + the root-cause ranking with its own gather) is
// timed many times on that state, on one thread,
// as the engine runs it. For scale, the same run times a plain copy of the snapshot's agent
// columns (what handing the state to another thread would cost at the least).
//
// Options: --cycles=N (200)

#include "bench_common.h"

#include "analysis/analyses.h"
#include "analysis/recommender.h"
#include "analysis/root_cause.h"
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
    fleet.serviceTimes = true;   // so the root cause's agent rules run on every agent
    const int hotDomain = 7;
    const double t0 = bench::nowS();
    fleet.feed(600, 1'000'000, [&](int agent, std::int64_t simUs) {
        return agent / agentsPerDomain == hotDomain && simUs > 300'000'000 ? 1.0f : 0.0f;
    });
    const double feedS = bench::nowS() - t0;
    const auto snap = fleet.pipeline.latest();
    std::vector<double> cycleMs, gatherMs, analyseMs, rootCauseMs, copyMs;
    std::size_t findings = 0;
    bool named = false;
    for (int i = 0; i < cycles; ++i) {
        const double a = bench::nowS();
        const auto input = analysis::gatherInput(fleet.pipeline, snap);
        const double b = bench::nowS();
        auto found = analysis::analyse(input);
        const double b2 = bench::nowS();
        // No capacity report: the ranking's own cost (the fits are timed in runCapacity).
        const auto causes = analysis::gatherRootCauseInput(fleet.pipeline, snap, nullptr);
        analysis::mergeRootCauses(found, analysis::rootCauses(causes), *snap, nullptr);
        const double c = bench::nowS();
        gatherMs.push_back((b - a) * 1e3);
        analyseMs.push_back((b2 - b) * 1e3);
        rootCauseMs.push_back((c - b2) * 1e3);
        cycleMs.push_back((c - a) * 1e3);
        findings = found.size();
        named = std::any_of(found.begin(), found.end(), [&](const analysis::Finding& f) {
            return f.kind == analysis::FindingKind::Outlier && f.scope.index == hotDomain;
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
    std::printf("   cycle  median %7.3f ms  p95 %7.3f  max %7.3f   (gather from store %.3f, analyses %.3f, root cause %.3f; "
                "%d cycles)\n",
                bench::median(cycleMs), bench::percentile(cycleMs, 0.95), *std::max_element(cycleMs.begin(), cycleMs.end()),
                bench::median(gatherMs), bench::median(analyseMs), bench::median(rootCauseMs), cycles);
    std::printf("   reference: copying the snapshot's agent columns  median %.3f ms\n", bench::median(copyMs));
    std::printf("   findings %zu; hot domain %d named: %s\n", findings, hotDomain, named ? "yes" : "NO");
}

// The capacity side of a cycle: fitting every model on the longest window history kept (720
// windows, two hours at 10 s, spread over 12 operating points), the fleet-change check and the
// recommender's step plan. Fleet-level data: the cost does not grow with the agent count.
void runCapacity(int cycles)
{
    std::deque<analysis::OperatingWindow> windows;
    std::uint32_t seed = 7;
    auto noise = [&seed] {
        seed = seed * 1664525u + 1013904223u;
        return 1.0 + 0.02 * ((seed >> 8) / double(1u << 24) - 0.5);
    };
    for (int i = 0; i < 720; ++i) {
        const double n = 1 + (i / 60) * 2;   // 12 levels: 1, 3, ..., 23
        analysis::OperatingWindow w;
        w.seconds = 10;
        w.fromUs = static_cast<std::int64_t>(i) * 10'000'000;
        w.toUs = w.fromUs + 10'000'000;
        w.knobs = model::KnobSettings{static_cast<std::uint64_t>(i / 60 + 1), static_cast<std::uint32_t>(n), 200, 2, 0, true};
        w.hasServiceTime = true;
        const double s = 0.05 * (1 + 0.05 * (n - 1) + 0.002 * n * (n - 1)) * noise();
        w.localInService = n;
        w.localStagesPerS = n / s;
        w.localWaiting = 10;
        w.cloudCallsPerS = 300;
        w.cloudItemsPerS = 600;
        w.cloudInService = 300 * 0.32 * noise();
        w.tasksPerS = w.localStagesPerS;
        w.localStagesPerTask = 1;
        w.cloudItemsPerTask = 4;
        w.tasksInFlight = 192;
        w.taskP99Ms = 1.2 * 192 / w.tasksPerS * 1000;
        windows.push_back(w);
    }
    std::vector<double> fitMs, changeMs, planMs;
    std::size_t recs = 0;
    for (int i = 0; i < cycles; ++i) {
        const double a = bench::nowS();
        const auto models = analysis::fitCapacityModels(windows);
        const double b = bench::nowS();
        const auto changed = analysis::detectFleetChange(windows);
        const double c = bench::nowS();
        // From the first operating point: the longest plan to walk.
        const auto r = analysis::recommend(models, windows.front().knobs, windows.front().tasksPerS, windows.front().taskP99Ms, {});
        const double d = bench::nowS();
        fitMs.push_back((b - a) * 1e3);
        changeMs.push_back((c - b) * 1e3);
        planMs.push_back((d - c) * 1e3);
        recs = r.size() + (changed.any() ? 1000 : 0);
    }
    std::printf("capacity: %zu windows; fit median %.3f ms (max %.3f), fleet-change check %.3f ms, recommend %.3f ms; "
                "%zu recommendation(s)\n",
                windows.size(), bench::median(fitMs), *std::max_element(fitMs.begin(), fitMs.end()), bench::median(changeMs),
                bench::median(planMs), recs);
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
    runCapacity(cycles);
    std::printf("bars: cycle < 50 ms at 3k agents (heading for <= 50 ms at 3k, <= 500 ms at 30k)\n");
    return 0;
}
