#pragma once
// Judges a change on live data the way canary judges do: per-second values of the before window
// against the after window, one-sided Mann-Whitney U tests, and margins a person can read.

#include "model/operating_history.h"
#include "tuning/change.h"

namespace omega::tuning {

// P(after tends to exceed before) small => after is larger: one-sided p-value of the U test
// (normal approximation with tie correction). 1 when either side is empty.
double mannWhitneyGreater(const std::vector<double>& after, const std::vector<double>& before);

struct SecondValues {
    std::vector<double> tasksPerS, p99Ms, failedPerS;
};
// Per simulated second over [fromUs, toUs): completed and failed tasks from the cumulative
// counters, and the mean reported task p99. Seconds with no row are skipped.
SecondValues perSecond(const std::vector<model::OperatingSample>& rows, std::int64_t fromUs, std::int64_t toUs);

Verdict judge(const SecondValues& before, const SecondValues& after, const Guardrails& g);

} // namespace omega::tuning
