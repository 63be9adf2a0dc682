// Root-cause and prediction accuracy on the simulator driven in simulated time (not a ctest; the
// fast check is tests/analysis/tst_root_cause). Prints figures; docs/BENCHMARKS.md records them.
//
// Root cause: every shipped scenario x seeds, at the baseline knobs and near the bound (local 22,
// cloud 128, batch 2). One analysis cycle every 5 simulated seconds from 30 s to 200 s, as the
// engine runs it. While a fault lasts: top-1 (the first finding names it) and top-3 accuracy over
// the cycles from 40 s after its start, and the detection delay (first cycle with top-1 right).
// A slow agent ranks below the pool that limits the fleet: right when among the first three, checked
// from 90 s after its start (root_cause_run.h says why).
// A fault that ends is followed for 90 s more: how long its finding stays first after the end.
// In fault-free runs (reference, telemetry drops): findings of warning or worse other than the
// pool the knobs make binding.
//
// Prediction: from the scenario's baseline, the first recommendation applied again and again (as
// tst_capacity's step plan), 40 s per step: throughput and p99 measured against predicted, and a
// summary (the p99 judged where the latency reading had settled at the step's knobs).
//
// Seeds other than 1 move each fault to the domain (team) at a shifted position of that seed's
// hierarchy (root_cause_run.h). Options: --seeds=N (5), --steps=N (8), --root-cause-only, --prediction-only.

#include "bench_common.h"

#include "analysis/root_cause_run.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <map>

using namespace omega;
using analysis::Finding;

namespace {

struct Tally {
    int checks = 0, top1 = 0, top3 = 0, right = 0, runs = 0, detected = 0;
    bool listed = false;   // right = in the top 3 (a slow agent), else top-1
    int falseWarnings = 0, cyclesWithFalse = 0, cycles = 0;
    std::vector<double> delays, lingers;
};

std::vector<double> g_rootCauseMs;   // every cycle of every run

void rootCauseRun(const QString& file, std::uint64_t seed, bool near, Tally& tally)
{
    sim::Scenario sc = testing::loadShipped(file);
    testing::reseed(sc, seed);
    if (near)
        testing::nearBound(sc);
    const testing::Expected expected = testing::expectedFor(sc, analysis::FindingKind::Saturation,
                                                            near ? QStringLiteral("local") : QStringLiteral("cloud"));
    testing::AnalysisCycle cycle(sc);
    cycle.step(30);
    ++tally.runs;
    tally.listed = expected.listed;
    double delay = -1, linger = 0;
    // A fault that ends is followed for 90 s more: how long its finding outlives it.
    const bool ends = expected.hasFault && expected.faultEndS < 1e8;
    const double endT = ends ? std::max(200.0, expected.faultEndS + 90) : 200;
    for (double t = 30; t < endT;) {
        const std::vector<Finding>& found = cycle.step(5);
        t += 5;
        const bool right = expected.right(found);
        if (expected.hasFault && t >= expected.faultStartS && t < expected.faultEndS) {
            if (right && delay < 0)
                delay = t - expected.faultStartS;
            if (t >= expected.faultStartS + expected.checkAfterS) {
                ++tally.checks;
                tally.top1 += expected.inTop(found, 1);
                tally.top3 += expected.inTop(found, 3);
                tally.right += right;
            }
        }
        const std::size_t depth = expected.listed ? 3 : 1;
        for (std::size_t i = 0; ends && t >= expected.faultEndS && i < found.size() && i < depth; ++i)
            if (expected.matches(found[i]) && found[i].kind != analysis::FindingKind::Saturation)
                linger = t - expected.faultEndS + 5;   // named in the cycle, so for up to 5 s more
        if (!expected.hasFault) {
            ++tally.cycles;
            int wrong = 0;
            for (const Finding& f : found)
                if (f.severity >= 2 && !expected.matches(f)) {
                    ++wrong;
                    const QByteArray evidence = QJsonDocument(f.evidence.toJson()).toJson(QJsonDocument::Compact);
                    std::printf("    false: %s seed %llu %s at %.0f s: %s %s, severity %d (%s)\n", qPrintable(file),
                                static_cast<unsigned long long>(seed), near ? "near-bound" : "baseline", t,
                                analysis::findingKindKey(f.kind), qPrintable(analysis::scopeKey(f)), f.severity,
                                evidence.constData());
                }
            tally.falseWarnings += wrong;
            tally.cyclesWithFalse += wrong > 0;
        }
    }
    g_rootCauseMs.insert(g_rootCauseMs.end(), cycle.rootCauseMs().begin(), cycle.rootCauseMs().end());
    if (expected.hasFault && delay >= 0) {
        ++tally.detected;
        tally.delays.push_back(delay);
        if (ends)
            tally.lingers.push_back(linger);
    }
}

// Per step: throughput and p99, predicted against measured. The p99 is judged where the
// publisher's latency reading had settled at the step's knobs (OperatingWindow::latencySettled);
// before that it still holds tasks of the previous knobs and says nothing about the prediction.
struct PredictionStep {
    double predicted = 0, measured = 0, predictedP99 = 0, measuredP99 = 0, windowMeanP99 = 0;
    bool p99Undetermined = false, p99Settled = false, last = false;
};
std::vector<PredictionStep> g_prediction;

void predictionRun(const QString& file, std::uint64_t seed, int maxSteps)
{
    sim::Scenario sc = testing::loadShipped(file);
    testing::reseed(sc, seed);
    testing::AnalysisCycle cycle(sc);
    cycle.step(60);
    double measured = cycle.capacity()->measuredTasksPerS;
    const double baseline = measured;
    std::printf("  %-22s seed %llu: baseline %.1f tasks/s\n", qPrintable(file), static_cast<unsigned long long>(seed), baseline);
    int steps = 0;
    std::vector<double> errors;
    while (cycle.capacity() && !cycle.capacity()->recommendations.empty() && steps < maxSteps) {
        const analysis::Recommendation r = cycle.capacity()->recommendations.front();
        PredictionStep st;
        st.predicted = r.predicted.tasksPerS.value;
        st.predictedP99 = r.predicted.p99Ms;
        st.p99Undetermined = r.predicted.p99Undetermined;
        if (!cycle.feed().apply(r.to))
            break;
        ++steps;
        cycle.step(40);
        const analysis::CapacityReport& report = *cycle.capacity();
        measured = st.measured = report.measuredTasksPerS;
        st.measuredP99 = report.measuredP99Ms;
        st.p99Settled = report.measuredP99Settled;
        st.windowMeanP99 = report.windows.empty() ? 0 : report.windows.back().taskP99Ms;
        const double err = st.predicted > 0 ? 100 * (st.measured / st.predicted - 1) : 0;
        errors.push_back(err);
        g_prediction.push_back(st);
        std::printf("    step %d L%u C%u B%u: predicted %.1f measured %.1f (%+.1f %%); p99 predicted %.0f%s measured %.0f "
                    "ms%s\n",
                    steps, r.to.localLimit, r.to.cloudLimit, r.to.cloudBatch, st.predicted, st.measured, err,
                    st.predictedP99, st.p99Undetermined ? " (undetermined)" : "", st.measuredP99,
                    st.p99Settled ? "" : " (reading not settled)");
    }
    if (steps > 0) {
        g_prediction.back().last = true;
        std::printf("    end after %d steps: %.1f tasks/s (%.1fx the baseline), last prediction off by %+.1f %%, "
                    "bound %.1f (%.0f %%)\n",
                    steps, measured, measured / std::max(1e-9, baseline), errors.back(),
                    cycle.feed().sim().theoreticalBoundTasksPerS(),
                    100 * measured / cycle.feed().sim().theoreticalBoundTasksPerS());
    } else {
        std::printf("    no recommendation\n");
    }
}

// One row of the summary: median and max |measured / predicted − 1| over the steps `use` picks.
template <typename Pick, typename Value>
void predictionRow(const char* what, Pick use, Value pair)
{
    std::vector<double> e;
    for (const PredictionStep& st : g_prediction) {
        if (!use(st))
            continue;
        const auto [p, m] = pair(st);
        if (p > 0)
            e.push_back(100 * std::abs(m / p - 1));
    }
    std::sort(e.begin(), e.end());
    if (e.empty()) {
        std::printf("%-58s %5d\n", what, 0);
        return;
    }
    const auto within = [&](double pct) { return std::count_if(e.begin(), e.end(), [&](double x) { return x <= pct; }); };
    std::printf("%-58s %5zu %7.1f%% %7.1f%% %7zd %7zd\n", what, e.size(), e[e.size() / 2], e.back(), within(10), within(25));
}

void predictionSummary()
{
    std::printf("\n%-58s %5s %8s %8s %7s %7s\n", "prediction error |measured / predicted - 1|", "steps", "median", "max",
                "<=10%", "<=25%");
    const auto x = [](const PredictionStep& s) { return std::pair{s.predicted, s.measured}; };
    const auto p99 = [](const PredictionStep& s) { return std::pair{s.predictedP99, s.measuredP99}; };
    const auto p99Mean = [](const PredictionStep& s) { return std::pair{s.predictedP99, s.windowMeanP99}; };
    predictionRow("throughput, every step", [](const PredictionStep&) { return true; }, x);
    predictionRow("throughput, end of the plan", [](const PredictionStep& s) { return s.last; }, x);
    predictionRow("p99, intermediate steps, newest window's mean reading", [](const PredictionStep& s) { return !s.last; }, p99Mean);
    predictionRow("p99, intermediate steps, as measured (settled or not)", [](const PredictionStep& s) { return !s.last; }, p99);
    predictionRow("p99, intermediate steps, reading settled", [](const PredictionStep& s) { return !s.last && s.p99Settled; }, p99);
    predictionRow("p99, intermediate steps, settled, prediction determined",
                  [](const PredictionStep& s) { return !s.last && s.p99Settled && !s.p99Undetermined; }, p99);
    predictionRow("p99, end of the plan", [](const PredictionStep& s) { return s.last; }, p99);
    int intermediate = 0, predictedP99 = 0, settled = 0;
    for (const PredictionStep& s : g_prediction) {
        intermediate += !s.last;
        predictedP99 += !s.last && s.predictedP99 > 0;
        settled += !s.last && s.p99Settled;
    }
    std::printf("intermediate steps: %d, with a p99 prediction %d, reading settled %d\n", intermediate, predictedP99, settled);
}

void predictionPart(int seeds, int steps)
{
    std::printf("\nPrediction: the first recommendation applied again and again from the baseline (40 s per step)\n");
    const double t1 = bench::nowS();
    for (const char* name : testing::kShippedScenarios)
        for (int s = 1; s <= seeds; ++s)
            predictionRun(QString::fromLatin1(name), static_cast<std::uint64_t>(s), steps);
    predictionSummary();
    std::printf("(%.0f s wall)\n", bench::nowS() - t1);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    int seeds = 5, steps = 8;
    bool rootCauseOnly = false, predictionOnly = false;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--root-cause-only") == 0)
            rootCauseOnly = true;
        if (std::strcmp(argv[i], "--prediction-only") == 0)
            predictionOnly = true;
        if (std::strncmp(argv[i], "--seeds=", 8) == 0)
            seeds = std::max(1, std::atoi(argv[i] + 8));
        if (std::strncmp(argv[i], "--steps=", 8) == 0)
            steps = std::max(1, std::atoi(argv[i] + 8));
    }
    bench::printMachine("bench_accuracy: root cause and prediction accuracy");
    if (predictionOnly) {
        predictionPart(seeds, steps);
        return 0;
    }
    const double t0 = bench::nowS();
    std::printf("\nRoot cause (%d seeds; checks every 5 s from 40 s after the fault's start to its end, a slow agent from 90 s;\n"
                "right: the first finding names the fault, a slow agent (*) among the first three)\n",
                seeds);
    std::printf("%-22s %-10s %6s %6s %6s %9s %9s %7s\n", "scenario", "knobs", "checks", "top-1", "top-3", "delay med",
                "delay max", "false");
    Tally all, allFree, allListed;
    for (const char* name : testing::kShippedScenarios) {
        for (const bool near : {false, true}) {
            Tally t;
            for (int s = 1; s <= seeds; ++s)
                rootCauseRun(QString::fromLatin1(name), static_cast<std::uint64_t>(s), near, t);
            std::sort(t.delays.begin(), t.delays.end());
            std::sort(t.lingers.begin(), t.lingers.end());
            const bool faultFree = t.checks == 0;
            if (faultFree) {
                std::printf("%-22s %-10s %6s %6s %6s %9s %9s %7d (in %d of %d cycles)\n", name,
                            near ? "near-bound" : "baseline", "-", "-", "-", "-", "-", t.falseWarnings, t.cyclesWithFalse,
                            t.cycles);
                allFree.falseWarnings += t.falseWarnings;
                allFree.cycles += t.cycles;
                allFree.cyclesWithFalse += t.cyclesWithFalse;
                continue;
            }
            std::printf("%-22s %-10s %6d %5.1f%% %5.1f%% %8.0fs %8.0fs %7s (detected in %d of %d runs",
                        qPrintable(QString::fromLatin1(name) + QLatin1String(t.listed ? " *" : "")), near ? "near-bound" : "baseline", t.checks, 100.0 * t.top1 / t.checks, 100.0 * t.top3 / t.checks,
                        t.delays.empty() ? -1.0 : t.delays[t.delays.size() / 2], t.delays.empty() ? -1.0 : t.delays.back(),
                        "-", t.detected, t.runs);
            if (!t.lingers.empty())
                std::printf("; named after the fault's end for median %.0f s, max %.0f s", t.lingers[t.lingers.size() / 2],
                            t.lingers.back());
            std::printf(")\n");
            Tally& sum = t.listed ? allListed : all;
            sum.checks += t.checks;
            sum.top1 += t.top1;
            sum.top3 += t.top3;
            sum.right += t.right;
            sum.runs += t.runs;
            sum.detected += t.detected;
            sum.delays.insert(sum.delays.end(), t.delays.begin(), t.delays.end());
        }
    }
    std::sort(all.delays.begin(), all.delays.end());
    std::printf("all faults: top-1 %.1f %%, top-3 %.1f %% of %d checks; detected in %d of %d runs, delay median %.0f s, "
                "max %.0f s\n",
                100.0 * all.top1 / std::max(1, all.checks), 100.0 * all.top3 / std::max(1, all.checks), all.checks,
                all.detected, all.runs, all.delays.empty() ? -1.0 : all.delays[all.delays.size() / 2],
                all.delays.empty() ? -1.0 : all.delays.back());
    if (allListed.checks > 0) {
        std::sort(allListed.delays.begin(), allListed.delays.end());
        std::printf("slow agents: among the first three in %.1f %% of %d checks (first %.1f %%); listed in %d of %d runs, delay "
                    "median %.0f s\n",
                    100.0 * allListed.right / allListed.checks, allListed.checks, 100.0 * allListed.top1 / allListed.checks,
                    allListed.detected, allListed.runs,
                    allListed.delays.empty() ? -1.0 : allListed.delays[allListed.delays.size() / 2]);
    }
    std::printf("fault-free runs: %d false findings (warning or worse) in %d of %d cycles\n", allFree.falseWarnings,
                allFree.cyclesWithFalse, allFree.cycles);
    std::sort(g_rootCauseMs.begin(), g_rootCauseMs.end());
    if (!g_rootCauseMs.empty())
        std::printf("root-cause part of a cycle (3,000 agents, 363 domains): median %.2f ms, p95 %.2f ms, max %.2f ms over %zu "
                    "cycles\n",
                    g_rootCauseMs[g_rootCauseMs.size() / 2], g_rootCauseMs[g_rootCauseMs.size() * 95 / 100],
                    g_rootCauseMs.back(), g_rootCauseMs.size());
    std::printf("(%.0f s wall)\n", bench::nowS() - t0);
    if (rootCauseOnly)
        return 0;

    predictionPart(seeds, steps);
    return 0;
}
