#include "tuning/verification.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

namespace omega::tuning {

namespace {
double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    const std::size_t k = v.size() / 2;
    std::nth_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(k), v.end());
    const double hi = v[k];
    if (v.size() % 2)
        return hi;
    const double lo = *std::max_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(k));
    return 0.5 * (lo + hi);
}

double mean(const std::vector<double>& v)
{
    double s = 0;
    for (double x : v)
        s += x;
    return v.empty() ? 0 : s / static_cast<double>(v.size());
}

QString tr(const char* text)
{
    return QCoreApplication::translate("omega::tuning", text);   // the context lupdate gives free functions here
}
} // namespace

double mannWhitneyGreater(const std::vector<double>& after, const std::vector<double>& before)
{
    const std::size_t n1 = after.size(), n2 = before.size();
    if (n1 == 0 || n2 == 0)
        return 1;
    struct Item {
        double v;
        bool after;
    };
    std::vector<Item> all;
    all.reserve(n1 + n2);
    for (double x : after)
        all.push_back({x, true});
    for (double x : before)
        all.push_back({x, false});
    std::sort(all.begin(), all.end(), [](const Item& a, const Item& b) { return a.v < b.v; });
    // Mid-ranks for ties, and the tie correction of the variance.
    double rankSumAfter = 0, tieTerm = 0;
    for (std::size_t i = 0; i < all.size();) {
        std::size_t j = i;
        while (j < all.size() && all[j].v == all[i].v)
            ++j;
        const double rank = 0.5 * static_cast<double>(i + 1 + j);
        for (std::size_t k = i; k < j; ++k)
            if (all[k].after)
                rankSumAfter += rank;
        const double t = static_cast<double>(j - i);
        tieTerm += t * t * t - t;
        i = j;
    }
    const double a = static_cast<double>(n1), b = static_cast<double>(n2), n = a + b;
    const double u = rankSumAfter - a * (a + 1) / 2;
    const double mu = a * b / 2;
    const double var = a * b / 12 * ((n + 1) - tieTerm / (n * (n - 1)));
    if (var <= 0)
        return 0.5;
    const double z = (u - mu - 0.5) / std::sqrt(var);   // continuity correction
    return 0.5 * std::erfc(z / std::sqrt(2.0));
}

SecondValues perSecond(const std::vector<model::OperatingSample>& rows, std::int64_t fromUs, std::int64_t toUs)
{
    SecondValues out;
    const model::OperatingSample* start = nullptr;
    double p99Sum = 0;
    int p99Count = 0;
    for (const model::OperatingSample& r : rows) {
        if (r.simUs < fromUs)
            continue;
        if (r.simUs > toUs)
            break;
        if (!start) {
            start = &r;
            p99Sum = 0;
            p99Count = 0;
            continue;
        }
        p99Sum += r.taskLatencyP99Ms;
        ++p99Count;
        if (r.simUs - start->simUs >= 1'000'000) {
            const double dt = static_cast<double>(r.simUs - start->simUs) / 1e6;
            if (r.tasksCompleted >= start->tasksCompleted && r.tasksFailed >= start->tasksFailed) {
                out.tasksPerS.push_back(static_cast<double>(r.tasksCompleted - start->tasksCompleted) / dt);
                out.failedPerS.push_back(static_cast<double>(r.tasksFailed - start->tasksFailed) / dt);
                out.p99Ms.push_back(p99Sum / p99Count);
            }
            start = &r;
            p99Sum = 0;
            p99Count = 0;
        }
    }
    return out;
}

Verdict judge(const SecondValues& before, const SecondValues& after, const Guardrails& g)
{
    Verdict v;
    v.beforeSeconds = static_cast<int>(before.tasksPerS.size());
    v.afterSeconds = static_cast<int>(after.tasksPerS.size());
    if (v.beforeSeconds < 5 || v.afterSeconds < 5) {
        v.reason = tr("too few seconds of data to judge");
        return v;
    }
    v.judged = true;
    v.beforeTasksPerS = median(before.tasksPerS);
    v.afterTasksPerS = median(after.tasksPerS);
    v.beforeP99Ms = median(before.p99Ms);
    v.afterP99Ms = median(after.p99Ms);
    v.beforeFailedPerS = mean(before.failedPerS);
    v.afterFailedPerS = mean(after.failedPerS);
    v.pThroughputBetter = mannWhitneyGreater(after.tasksPerS, before.tasksPerS);
    v.pThroughputWorse = mannWhitneyGreater(before.tasksPerS, after.tasksPerS);
    v.pP99Worse = mannWhitneyGreater(after.p99Ms, before.p99Ms);
    const bool throughputWorse = v.pThroughputWorse < 0.05
                                 && v.afterTasksPerS < v.beforeTasksPerS * (1 - g.throughputWorseMargin);
    const bool p99Worse = v.pP99Worse < 0.05 && v.afterP99Ms > v.beforeP99Ms * (1 + g.p99WorseMargin);
    const bool failedWorse = v.afterFailedPerS > v.beforeFailedPerS + g.failedWorseMargin
                             && v.afterFailedPerS > v.beforeFailedPerS * 1.5;
    v.keep = !(throughputWorse || p99Worse || failedWorse);
    const QString nums = tr("throughput %1 → %2 tasks/s (p = %3), p99 %4 → %5 ms (p = %6)")
                             .arg(v.beforeTasksPerS, 0, 'f', 1)
                             .arg(v.afterTasksPerS, 0, 'f', 1)
                             .arg(std::min(v.pThroughputBetter, v.pThroughputWorse), 0, 'g', 2)
                             .arg(v.beforeP99Ms, 0, 'f', 0)
                             .arg(v.afterP99Ms, 0, 'f', 0)
                             .arg(v.pP99Worse, 0, 'g', 2);
    if (throughputWorse)
        v.reason = tr("worse: throughput fell by more than %1 %: %2").arg(g.throughputWorseMargin * 100, 0, 'f', 0).arg(nums);
    else if (p99Worse)
        v.reason = tr("worse: p99 rose by more than %1 %: %2").arg(g.p99WorseMargin * 100, 0, 'f', 0).arg(nums);
    else if (failedWorse)
        v.reason = tr("worse: failed tasks rose from %1/s to %2/s").arg(v.beforeFailedPerS, 0, 'f', 2).arg(v.afterFailedPerS, 0, 'f', 2);
    else if (v.pThroughputBetter < 0.05)
        v.reason = tr("better: %1").arg(nums);
    else
        v.reason = tr("no significant change: %1").arg(nums);
    return v;
}

} // namespace omega::tuning
