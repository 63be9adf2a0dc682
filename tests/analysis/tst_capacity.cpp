// Capacity models and recommendations: fits on windows with known parameters, and the closed
// loop on the simulator driven in simulated time (its bound only judges, it is never an input).
#include "analysis/analyses.h"
#include "analysis/capacity_tracker.h"
#include "sim_feed.h"

#include <QTest>

#include <map>
#include <algorithm>
#include <cmath>

using namespace omega;
using analysis::CapacityModels;
using analysis::Determination;
using analysis::OperatingWindow;
using analysis::Station;

namespace {

model::KnobSettings knobs(std::uint32_t local, std::uint32_t cloud, std::uint32_t batch, double share = 0)
{
    model::KnobSettings k;
    k.version = 1;
    k.localLimit = local;
    k.cloudLimit = cloud;
    k.cloudBatch = batch;
    k.bulkLocalShare = share;
    k.known = true;
    return k;
}

// A saturated local pool at n slots under an exact USL, with a cloud pool of `callMs` calls.
OperatingWindow window(double n, double s1Ms, double sigma, double kappa, double callMs, double batch = 1,
                       double quota = 0)
{
    OperatingWindow w;
    w.seconds = 10;
    w.knobs = knobs(static_cast<std::uint32_t>(n), 50, static_cast<std::uint32_t>(batch));
    w.hasServiceTime = true;
    const double s = s1Ms / 1000 * (1 + sigma * (n - 1) + kappa * n * (n - 1));
    w.localInService = n;
    w.localStagesPerS = n / s;
    w.localWaiting = 5;
    w.cloudCallsPerS = 50 / (callMs / 1000);
    if (quota > 0 && w.cloudCallsPerS > quota) {
        w.cloudCallsPerS = quota;
        w.cloudThrottledPerS = quota * 0.3;
    }
    w.cloudInService = w.cloudCallsPerS * callMs / 1000;
    w.cloudItemsPerS = w.cloudCallsPerS * batch;
    w.tasksPerS = w.localStagesPerS;   // one stage per task: the local pool binds
    w.localStagesPerTask = 1;
    w.cloudItemsPerTask = w.cloudItemsPerS / w.tasksPerS;
    w.tasksInFlight = 100;
    w.taskP99Ms = static_cast<float>(1.5 * w.tasksInFlight / w.tasksPerS * 1000);
    return w;
}

// The reference fleet at its best knobs, with a fault from 60 s to the end.
sim::Scenario nearBoundWithFault(sim::FaultSpec::Kind kind, double factor)
{
    sim::Scenario sc = sim::Scenario::referenceDefault();
    sc.baseline.localLimit = 22;
    sc.baseline.cloudLimit = 128;
    sc.baseline.cloudBatch = 2;
    sim::FaultSpec fault;
    fault.kind = kind;
    fault.startS = 60;
    fault.factor = factor;
    sc.faults.push_back(fault);
    return sc;
}

struct Loop {
    testing::SimFeed feed;
    analysis::CapacityTracker tracker;
    std::int64_t after = -1;
    explicit Loop(sim::Scenario sc) : feed(std::move(sc)) {}
    analysis::CapacityReportPtr run(double seconds)
    {
        feed.run(seconds);
        std::uint64_t gen = 0;
        auto rows = feed.pipeline().operatingSamples(after, &gen);
        if (!rows.empty())
            after = rows.back().simUs;
        return tracker.update(rows, gen, feed.pipeline().latest()->knobRanges);
    }
};

// Synthetic telemetry of a closed loop, physically consistent: N tasks in flight pass one FIFO
// station (the cloud slots: C calls of `callMs` in service, four one-item calls per task) that
// completes X = C / T / 4 tasks/s, evenly. Task k was admitted when task k − N completed, so its
// latency is t_k − t_(k−N) (Little: mean N / X), plus a service spread with mean 0 whose p99 −
// p50 is `tailMs`. The publisher's latency reading is p50 / p99 over the last `readingTasks`
// completed tasks, as the simulator reports it (512) and as the protocol allows.
struct ClosedLoopFeed {
    double n = 192, tailMs = 600, callMs = 310, stageMs = 50;
    std::size_t readingTasks = 512;
    std::deque<double> doneS;    // completion times of the last N tasks
    std::deque<float> recent;    // latencies of the last readingTasks tasks
    std::uint64_t completed = 0;
    double t = 0, next = 0;

    static double tasksPerS(std::uint32_t cloudLimit, double callMs) { return cloudLimit / (callMs / 1000) / 4; }
    static float percentile(std::deque<float> v, double q)
    {
        std::sort(v.begin(), v.end());
        return v.empty() ? 0 : v[static_cast<std::size_t>(std::lround(q * static_cast<double>(v.size() - 1)))];
    }
    std::vector<model::OperatingSample> run(std::uint32_t cloudLimit, std::uint64_t version, double seconds)
    {
        const double x = tasksPerS(cloudLimit, callMs);
        if (doneS.empty())
            for (int i = static_cast<int>(n); i > 0; --i)
                doneS.push_back(-i / x);   // as if it had always run at this rate
        std::vector<model::OperatingSample> rows;
        const double end = t + seconds;
        while (t + 0.1 <= end + 1e-9) {
            t += 0.1;
            while (next <= t) {
                const double u = std::fmod(static_cast<double>(completed) * 0.6180339887, 1.0);
                const double spread = tailMs * (u - 0.5) / 0.49;   // p50 0, p99 tailMs, mean 0
                recent.push_back(static_cast<float>((next - doneS.front()) * 1000 + spread));
                if (recent.size() > readingTasks)
                    recent.pop_front();
                doneS.pop_front();
                doneS.push_back(next);
                ++completed;
                next += 1 / x;
            }
            model::OperatingSample s;
            s.simUs = std::llround(t * 1e6);
            s.configVersion = version;
            s.knobs = knobs(4, cloudLimit, 1);
            s.knobs.version = version;
            s.local = {4, 1, 0, 1, completed, 0, 0, static_cast<std::uint64_t>(completed * stageMs * 1000), true, true, false};
            s.cloud = {cloudLimit, 1, 700, cloudLimit, 4 * completed, 4 * completed, 0,
                       static_cast<std::uint64_t>(4 * completed * callMs * 1000), true, true, true};
            s.tasksCompleted = completed;
            s.tasksInFlight = static_cast<std::uint64_t>(n);
            s.taskLatencyP50Ms = percentile(recent, 0.50);
            s.taskLatencyP99Ms = percentile(recent, 0.99);
            rows.push_back(s);
        }
        return rows;
    }
};

// A settled window of the closed loop at x tasks/s with the given latency tail, with or without 429s.
OperatingWindow settledWindow(double fromS, std::uint32_t cloudLimit, std::uint32_t batch, double x, double tailMs,
                              bool throttled)
{
    OperatingWindow w = window(1, 50, 0, 0, 310, batch);
    w.fromUs = std::llround(fromS * 1e6);
    w.toUs = w.fromUs + 10'000'000;
    w.knobs = knobs(8, cloudLimit, batch);
    w.tasksPerS = x;
    w.localStagesPerS = x;
    w.localInService = x * 0.05;
    w.cloudItemsPerS = 4 * x;
    w.cloudCallsPerS = w.cloudItemsPerS / batch;
    w.cloudInService = w.cloudCallsPerS * (0.3 + 0.01 * batch);
    w.cloudThrottledPerS = throttled ? 0.3 * w.cloudCallsPerS : 0;
    w.localStagesPerTask = 1;
    w.cloudItemsPerTask = 4;
    w.tasksInFlight = 192;
    w.taskP50EndMs = 192 / x * 1000;
    w.taskP99EndMs = w.taskP50EndMs + tailMs;
    w.taskP99Ms = w.taskP99EndMs;
    w.latencySettled = true;
    return w;
}

} // namespace

class TestCapacity : public QObject {
    Q_OBJECT
private slots:
    void uslFitRecoversParametersAndOptimum()
    {
        std::deque<OperatingWindow> ws;
        for (double n : {1.0, 2.0, 4.0, 8.0, 16.0, 24.0})
            ws.push_back(window(n, 50, 0.05, 0.002, 310));
        const auto m = analysis::fitCapacityModels(ws);
        QCOMPARE(m.local.determination, Determination::Full);
        QVERIFY2(std::abs(m.local.s1Ms - 50) < 0.5, qPrintable(QString::number(m.local.s1Ms)));
        QVERIFY2(std::abs(m.local.sigma - 0.05) < 0.005, qPrintable(QString::number(m.local.sigma)));
        QVERIFY2(std::abs(m.local.kappa - 0.002) < 0.0002, qPrintable(QString::number(m.local.kappa)));
        // n* = sqrt((1 - σ) / κ) = 21.8; X(22) = 147.9 stages/s.
        QVERIFY2(std::abs(m.local.nStar() - 21.8) < 1.0, qPrintable(QString::number(m.local.nStar())));
        const auto x = m.local.stagesPerS(22);
        QVERIFY(std::abs(x.value - 147.9) < 2);
        QVERIFY(x.low <= 147.9 && x.high >= 147.9);
        QVERIFY(!x.extrapolated);
        QVERIFY(m.local.stagesPerS(64).extrapolated);
    }

    // A long stay at one setting fills the window store; the earlier settings keep their newest
    // windows (the fits need more than one level), time order stays, the store stays bounded.
    void aLongStayKeepsTheOtherLevels()
    {
        ClosedLoopFeed feed;
        analysis::WindowBuilder::Options options;
        options.keep = 30;
        options.keepPerConfig = 4;
        analysis::WindowBuilder builder(options);
        builder.add(feed.run(10, 1, 100));
        builder.add(feed.run(20, 2, 100));
        builder.add(feed.run(40, 3, 100));
        builder.add(feed.run(80, 4, 600));   // 60 windows at the last setting
        const auto& ws = builder.windows();
        QCOMPARE(ws.size(), options.keep);
        std::map<std::uint32_t, std::size_t> perLimit;
        for (std::size_t i = 0; i < ws.size(); ++i) {
            ++perLimit[ws[i].knobs.cloudLimit];
            if (i > 0)
                QVERIFY(ws[i - 1].toUs <= ws[i].fromUs);
        }
        QCOMPARE(perLimit.size(), std::size_t{4});
        for (std::uint32_t limit : {10u, 20u, 40u})
            QCOMPARE(perLimit[limit], options.keepPerConfig);
        QCOMPARE(perLimit[80], options.keep - 3 * options.keepPerConfig);
        // The newest windows of an earlier setting are the ones kept.
        QCOMPARE(ws[3].knobs.cloudLimit, 10u);
        QVERIFY2(ws[0].fromUs >= 50'000'000 && ws[3].toUs >= 95'000'000,
                 qPrintable(QStringLiteral("%1 .. %2").arg(ws[0].fromUs).arg(ws[3].toUs)));
    }

    void oneLevelSaysWhatItCannotKnow()
    {
        std::deque<OperatingWindow> ws{window(1, 50, 0.05, 0.002, 310), window(1, 50, 0.05, 0.002, 310)};
        const auto m = analysis::fitCapacityModels(ws);
        QCOMPARE(m.local.determination, Determination::OneLevel);
        QCOMPARE(m.local.nStar(), 0.0);
        const auto at1 = m.local.stagesPerS(1);
        QVERIFY(std::abs(at1.value - 20) < 0.5);
        QVERIFY(!at1.extrapolated);
        // Two slots give between one and two slots' worth: the interval says so, not a guess.
        const auto at2 = m.local.stagesPerS(2);
        QVERIFY(at2.extrapolated);
        QVERIFY(std::abs(at2.low - 20) < 0.5 && std::abs(at2.high - 40) < 1);
        const auto p = m.predict(knobs(2, 50, 1));
        QVERIFY(p.valid);
        QVERIFY(p.undetermined);
    }

    void cloudLineAndQuota()
    {
        std::deque<OperatingWindow> ws;
        for (double b : {1.0, 2.0, 4.0})
            ws.push_back(window(8, 50, 0.05, 0.002, 300 + 10 * b, b));
        auto m = analysis::fitCapacityModels(ws);
        QCOMPARE(m.cloud.determination, Determination::Full);
        QVERIFY2(std::abs(m.cloud.aMs - 300) < 1 && std::abs(m.cloud.bMs - 10) < 0.5,
                 qPrintable(QStringLiteral("%1 %2").arg(m.cloud.aMs).arg(m.cloud.bMs)));
        QVERIFY(!m.cloud.quotaSeen);
        // 429s at a steady 120 calls/s: that is the quota.
        ws.push_back(window(8, 50, 0.05, 0.002, 310, 1, 120));
        ws.push_back(window(8, 50, 0.05, 0.002, 310, 1, 120));
        m = analysis::fitCapacityModels(ws);
        QVERIFY(m.cloud.quotaSeen);
        QVERIFY(std::abs(m.cloud.quotaPerS - 120) < 1);
        // Later, more calls pass without any 429: the quota rose; the old estimate no longer holds.
        ws.push_back(window(8, 50, 0.05, 0.002, 310));
        m = analysis::fitCapacityModels(ws);
        QVERIFY(!m.cloud.quotaSeen);
    }

    // The task p99 of a closed loop is Little's law's mean N / X plus the tail of readings that
    // describe their configuration (within 60 ms, a tenth of the tail: the feed is exact). After a step the publisher's reading still holds the old
    // configuration's tasks (512 tasks: 32 s at 16 tasks/s): such windows are not settled, neither
    // measure the p99 nor feed the model, and the prediction made from the old level holds.
    void p99FollowsLittlesLawAndSettledReadingsOnly()
    {
        ClosedLoopFeed feed;
        analysis::CapacityTracker tracker;
        const model::KnobRanges ranges;
        auto report = tracker.update(feed.run(10, 1, 120), 1, ranges);
        const double x10 = ClosedLoopFeed::tasksPerS(10, feed.callMs), x20 = ClosedLoopFeed::tasksPerS(20, feed.callMs);
        QVERIFY(report->measuredP99Settled);
        QVERIFY2(std::abs(report->measuredP99Ms - (192 / x10 * 1000 + 600)) < 60,
                 qPrintable(QString::number(report->measuredP99Ms)));
        QVERIFY2(std::abs(report->models.demand.tailMs - 600) < 60, qPrintable(QString::number(report->models.demand.tailMs)));
        const analysis::Prediction at20 = report->models.predict(knobs(4, 20, 1));
        QVERIFY(at20.valid);
        QCOMPARE(at20.binding, Station::CloudSlots);
        const double little20 = 192 / x20 * 1000 + 600;
        QVERIFY2(std::abs(at20.p99Ms - little20) < 60, qPrintable(QStringLiteral("%1 vs %2").arg(at20.p99Ms).arg(little20)));
        QVERIFY(at20.p99Undetermined);   // more calls than ever measured and no quota seen: 429s may come

        // 40 s at twice the rate: the reading still holds tasks of the 24 s regime.
        report = tracker.update(feed.run(20, 2, 40), 1, ranges);
        QVERIFY(!report->windows.empty() && report->windows.back().knobs.cloudLimit == 20);
        QVERIFY(!report->measuredP99Settled);
        QVERIFY2(report->windows.back().taskP99EndMs > 1.5 * little20,
                 qPrintable(QString::number(report->windows.back().taskP99EndMs)));   // stale: the old regime's tail
        for (const OperatingWindow& w : report->windows)
            if (w.knobs.cloudLimit == 20)
                QVERIFY(!w.latencySettled);
        // The model keeps the tail it measured; counting the stale reading (p99 − p50 ≈ 12 s) would not.
        QVERIFY2(std::abs(report->models.demand.tailMs - 600) < 60, qPrintable(QString::number(report->models.demand.tailMs)));
        const double little40 = 192 / ClosedLoopFeed::tasksPerS(40, feed.callMs) * 1000 + 600;
        const analysis::Prediction at40 = report->models.predict(knobs(4, 40, 1));
        QVERIFY2(std::abs(at40.p99Ms - little40) < 60, qPrintable(QStringLiteral("%1 vs %2").arg(at40.p99Ms).arg(little40)));

        // Once the reading has turned over, it measures what was predicted for 20 slots.
        report = tracker.update(feed.run(20, 2, 60), 1, ranges);
        QVERIFY(report->measuredP99Settled);
        QVERIFY2(std::abs(report->measuredP99Ms - at20.p99Ms) < 60,
                 qPrintable(QStringLiteral("measured %1, predicted %2").arg(report->measuredP99Ms).arg(at20.p99Ms)));
    }

    // A tail measured with 429s coming back (retries, back-offs) is not the tail without them.
    void p99TailBelongsToItsRegime()
    {
        std::deque<OperatingWindow> ws;
        for (int i = 0; i < 3; ++i)
            ws.push_back(settledWindow(10.0 * i, 40, 1, 32, 300, false));
        CapacityModels m = analysis::fitCapacityModels(ws);
        QVERIFY(!m.cloud.quotaSeen);
        QCOMPARE(m.demand.tailWindows, 3);
        // Slots-bound below any rate measured: the unthrottled tail, determined.
        analysis::Prediction p = m.predict(knobs(8, 30, 1));
        QVERIFY(p.valid && !p.throttled && !p.p99Undetermined);
        QVERIFY2(std::abs(p.p99Ms - (192 / p.tasksPerS.value * 1000 + 300)) < 1, qPrintable(QString::number(p.p99Ms)));
        // 429s at 400 calls/s: a quota-bound configuration has no tail measured in its regime.
        for (int i = 3; i < 6; ++i) {
            OperatingWindow w = settledWindow(10.0 * i, 200, 1, 100, 2000, true);
            w.latencySettled = false;   // the throttled windows' readings had not settled yet
            ws.push_back(w);
        }
        m = analysis::fitCapacityModels(ws);
        QVERIFY(m.cloud.quotaSeen);
        p = m.predict(knobs(8, 200, 1));
        QCOMPARE(p.binding, Station::CloudQuota);
        QVERIFY(p.throttled);
        QVERIFY(p.p99Undetermined);
        QCOMPARE(p.p99Ms, 0.0);
        // Once one settles, the throttled tail answers for quota-bound configurations only.
        ws.back().latencySettled = true;
        m = analysis::fitCapacityModels(ws);
        p = m.predict(knobs(8, 200, 1));
        QVERIFY(!p.p99Undetermined);
        QVERIFY2(std::abs(p.p99Ms - (192 / p.tasksPerS.value * 1000 + 2000)) < 1, qPrintable(QString::number(p.p99Ms)));
        p = m.predict(knobs(8, 30, 1));
        QVERIFY(!p.throttled);
        QVERIFY2(std::abs(p.p99Ms - (192 / p.tasksPerS.value * 1000 + 300)) < 1, qPrintable(QString::number(p.p99Ms)));
    }

    void baselineNamesCloudSlotsAndPredictsTheFirstStep()
    {
        Loop loop(sim::Scenario::referenceDefault());
        auto report = loop.run(60);
        QVERIFY(!report->settling);
        QCOMPARE(report->current.binding, Station::CloudSlots);
        QVERIFY(report->measuredTasksPerS > 7 && report->measuredTasksPerS < 9);
        QVERIFY(!report->recommendations.empty());
        const auto& r = report->recommendations.front();
        QCOMPARE(r.answers, Station::CloudSlots);
        QVERIFY(r.to.cloudLimit > r.from.cloudLimit && r.to.cloudLimit <= 2 * r.from.cloudLimit);
        QCOMPARE(r.to.version, r.from.version);
        QVERIFY(!r.plan.empty());
        QVERIFY(r.deltaTasksPerS() > 0);
        QVERIFY(loop.feed.apply(r.to));
        report = loop.run(40);
        const double measured = report->windows.back().tasksPerS;
        QVERIFY2(std::abs(measured / r.predicted.tasksPerS.value - 1) < 0.10,
                 qPrintable(QStringLiteral("predicted %1, measured %2").arg(r.predicted.tasksPerS.value).arg(measured)));
        QVERIFY(measured >= r.predicted.tasksPerS.low && measured <= r.predicted.tasksPerS.high);
    }

    // The recommendations applied one after another: from the brief's baseline to the optimum.
    void stepPlanReachesTenTimesTheBaseline()
    {
        Loop loop(sim::Scenario::referenceDefault());
        auto report = loop.run(60);
        const double baseline = report->measuredTasksPerS;
        int steps = 0;
        double lastPredicted = 0, lastMeasured = 0;
        while (!report->recommendations.empty() && steps < 12) {
            const auto& r = report->recommendations.front();
            lastPredicted = r.predicted.tasksPerS.value;
            QVERIFY(loop.feed.apply(r.to));
            ++steps;
            report = loop.run(40);
            lastMeasured = report->measuredTasksPerS;
            qInfo("step %d: L%u C%u B%u predicted %.1f measured %.1f", steps, r.to.localLimit, r.to.cloudLimit,
                  r.to.cloudBatch, lastPredicted, lastMeasured);
        }
        const double bound = loop.feed.sim().theoreticalBoundTasksPerS();   // judges only
        qInfo("baseline %.1f final %.1f (%.1fx, %.1f %% of the bound %.1f) in %d steps", baseline, lastMeasured,
              lastMeasured / baseline, 100 * lastMeasured / bound, bound, steps);
        QVERIFY(lastMeasured >= 10 * baseline);
        QVERIFY(lastMeasured >= 0.95 * bound);
        QVERIFY(steps <= 8);
        // At the end the models know the fleet: the last prediction is within 10 %.
        QVERIFY2(std::abs(lastMeasured / lastPredicted - 1) < 0.10,
                 qPrintable(QStringLiteral("%1 vs %2").arg(lastPredicted).arg(lastMeasured)));
        // And nothing more is promised where nothing more is to be had.
        QVERIFY(report->recommendations.empty());
    }

    void throttleStormIsNamedAsThrottling()
    {
        Loop loop(nearBoundWithFault(sim::FaultSpec::Kind::CloudThrottleStorm, 0.1));
        loop.run(60);
        auto report = loop.run(60);
        const auto found = analysis::throttling(*report, *loop.feed.pipeline().latest());
        QCOMPARE(found.size(), std::size_t(1));
        QCOMPARE(found[0].kind, analysis::FindingKind::Throttling);
        QCOMPARE(found[0].severity, 3);
        QVERIFY(report->models.cloud.quotaSeen);
        QVERIFY2(std::abs(report->models.cloud.quotaPerS - 40) < 4, qPrintable(QString::number(report->models.cloud.quotaPerS)));
        QCOMPARE(report->current.binding, Station::CloudQuota);
        QVERIFY(report->fleetChangedAtUs >= 55'000'000);
        // The answer is more items per call and fewer slots (only 429s fill the rest).
        QVERIFY(!report->recommendations.empty());
        const auto& r = report->recommendations.front();
        QVERIFY(r.to.cloudBatch > r.from.cloudBatch);
        QVERIFY(r.to.cloudLimit < r.from.cloudLimit);
    }

    void capacityLossIsSeenAndTheModelRefits()
    {
        Loop loop(nearBoundWithFault(sim::FaultSpec::Kind::CapacityChange, 0.5));
        loop.run(60);
        auto report = loop.run(60);
        QVERIFY(report->fleetChangedAtUs >= 55'000'000);
        QCOMPARE(report->current.binding, Station::LocalPool);
        // The local pool now serves a stage in about 100 ms alone; the prediction follows it.
        QVERIFY2(std::abs(report->current.tasksPerS.value / report->measuredTasksPerS - 1) < 0.1,
                 qPrintable(QStringLiteral("%1 vs %2").arg(report->current.tasksPerS.value).arg(report->measuredTasksPerS)));
    }
};

QTEST_GUILESS_MAIN(TestCapacity)
#include "tst_capacity.moc"
