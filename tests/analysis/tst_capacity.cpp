// Capacity models and recommendations: fits on windows with known parameters, and the closed
// loop on the simulator driven in simulated time (its bound only judges, it is never an input).
#include "analysis/analyses.h"
#include "analysis/capacity_tracker.h"
#include "sim_feed.h"

#include <QTest>
#include <cmath>

using namespace omega;
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
