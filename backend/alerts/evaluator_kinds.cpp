// The alert evaluator's per-tick work, one function per rule kind: levels (threshold and rate of
// change), stalls (absence of progress) and error-budget burn, plus the shared value columns.
// Lifecycle, alert bookkeeping and publishing are in evaluator.cpp.

#include "alerts/evaluator.h"
#include "alerts/evaluator_metrics.h"

#include <algorithm>
#include <limits>

namespace omega::alerts {

using namespace detail;

namespace {
constexpr std::int64_t kRateColumnsPerWindow = 64;

// The group an instance of `scope` belongs to at level `by`.
int groupOf(ScopeKind scope, ScopeKind by, int i, const model::Topology& t)
{
    if (by == ScopeKind::Fleet)
        return 0;
    auto up = [&](ScopeKind from, int idx) -> std::pair<ScopeKind, int> {
        switch (from) {
        case ScopeKind::Agent: return {ScopeKind::Domain, static_cast<int>(t.agentDomain[static_cast<std::size_t>(idx)])};
        case ScopeKind::Domain: return {ScopeKind::Prime, static_cast<int>(t.domainPrime[static_cast<std::size_t>(idx)])};
        case ScopeKind::Prime: return {ScopeKind::Team, static_cast<int>(t.primeTeam[static_cast<std::size_t>(idx)])};
        default: return {ScopeKind::Fleet, 0};
        }
    };
    std::pair<ScopeKind, int> at{scope, i};
    while (at.first != by && at.first != ScopeKind::Fleet)
        at = up(at.first, at.second);
    return at.second;
}

// Oldest sample inside the window (keeps one just before it as the reference point).
void trim(std::deque<std::pair<std::int64_t, double>>& h, std::int64_t nowUs, std::int64_t windowUs)
{
    while (h.size() > 2 && h[1].first <= nowUs - windowUs)
        h.pop_front();
}

// How many instances a scope has this tick.
std::size_t instanceCount(ScopeKind scope, const model::FleetState& fleet, const model::Rollups& rollups)
{
    switch (scope) {
    case ScopeKind::Agent: return fleet.agents().size();
    case ScopeKind::Domain: return rollups.domains.size();
    case ScopeKind::Prime: return rollups.primes.size();
    case ScopeKind::Team: return rollups.teams.size();
    case ScopeKind::Pool: return fleet.pools().size();
    case ScopeKind::Fleet: return 1;
    }
    return 1;
}
} // namespace

const Evaluator::ValueColumn& Evaluator::valueColumn(ScopeKind scope, int metric, const model::FleetState& fleet,
                                                    const model::Rollups& rollups, bool withMedian)
{
    if (m_columns.empty())
        m_columns.resize(static_cast<std::size_t>(kScopeCount * MetricCount));
    ValueColumn& c = m_columns[static_cast<std::size_t>(static_cast<int>(scope) * MetricCount + metric)];
    if (c.tick != m_tick) {
        c.tick = m_tick;
        auto fill = [&](std::size_t n, auto valueOf) {
            c.values.resize(n);
            for (std::size_t i = 0; i < n; ++i)
                c.values[i] = valueOf(i);
        };
        const auto& agents = fleet.agents();
        switch (scope) {
        case ScopeKind::Agent:
            // One switch per column, not per agent: these loops are the evaluator's hot path.
            switch (metric) {
            case MLatencyP99: fill(agents.size(), [&](std::size_t i) { return double(agents.latencyP99Ms[i]); }); break;
            case MQueue: fill(agents.size(), [&](std::size_t i) { return double(agents.queueDepth[i]); }); break;
            case MUtil: fill(agents.size(), [&](std::size_t i) { return double(agents.utilisation[i]) * 100.0; }); break;
            case MErrorRate: fill(agents.size(), [&](std::size_t i) { return double(agents.errorRate[i]); }); break;
            case MThroughput: fill(agents.size(), [&](std::size_t i) { return double(agents.throughput[i]); }); break;
            default: fill(agents.size(), [&](std::size_t i) { return agentValue(agents, metric, i); }); break;
            }
            break;
        case ScopeKind::Domain: fill(rollups.domains.size(), [&](std::size_t i) { return groupValue(rollups.domains[i], metric); }); break;
        case ScopeKind::Prime: fill(rollups.primes.size(), [&](std::size_t i) { return groupValue(rollups.primes[i], metric); }); break;
        case ScopeKind::Team: fill(rollups.teams.size(), [&](std::size_t i) { return groupValue(rollups.teams[i], metric); }); break;
        case ScopeKind::Pool: fill(fleet.pools().size(), [&](std::size_t i) { return poolValue(fleet.pools()[i], metric); }); break;
        case ScopeKind::Fleet: fill(1, [&](std::size_t) { return fleetValue(fleet.totals(), metric); }); break;
        }
    }
    if (withMedian && c.medianTick != m_tick) {
        // Outlier rules compare each instance with the median of its peers (instances with work).
        c.medianTick = m_tick;
        m_scratch.clear();
        for (const double v : c.values)
            if (v > 0)
                m_scratch.push_back(v);
        c.median = 0;
        if (!m_scratch.empty()) {
            auto mid = m_scratch.begin() + static_cast<std::ptrdiff_t>(m_scratch.size() / 2);
            std::nth_element(m_scratch.begin(), mid, m_scratch.end());
            c.median = *mid;
        }
    }
    return c;
}

void Evaluator::evaluateRule(int r, const Tick& tick, std::int64_t publishWallUs, std::int64_t recvWallUs)
{
    RuleState& st = m_rules[static_cast<std::size_t>(r)];
    const Rule& rule = st.rule;
    const std::size_t n = instanceCount(rule.scope, tick.fleet, tick.rollups);
    if (st.instances.size() != n) {
        st.instances.assign(n, Instance{});
        st.live.assign(n, 0);
        st.rateColumns.clear();
        st.history.assign(rule.kind == RuleKind::BurnRate ? n : 0, History{});
        st.history2.assign(rule.kind == RuleKind::BurnRate ? n : 0, History{});
    }
    Groups groups;
    switch (rule.kind) {
    case RuleKind::Threshold:
    case RuleKind::RateOfChange: evaluateLevels(st, n, tick, groups); break;
    case RuleKind::Absence:
        if (rule.scope == ScopeKind::Fleet)
            st.instances[0].firing = false;   // a tick arrived: the publisher is not silent
        else
            evaluateStalls(st, n, tick, groups);
        break;
    case RuleKind::BurnRate: evaluateBurn(st, n, tick, groups); break;
    }
    settle(r, groups, tick.topo, tick.simUs, publishWallUs, recvWallUs);
}

// Pending / firing bookkeeping of one instance; `value` is kept only for instances that matter.
void Evaluator::step(RuleState& st, std::size_t i, double v, bool cond, bool clear, const Tick& tick, Groups& groups)
{
    const Rule& rule = st.rule;
    Instance& in = st.instances[i];
    in.value = v;
    if (!in.firing) {
        if (cond) {
            if (in.pendingSinceUs < 0)
                in.pendingSinceUs = tick.simUs;
            if (tick.simUs - in.pendingSinceUs >= rule.forUs)
                in.firing = true;
        } else {
            in.pendingSinceUs = -1;
        }
    } else if (clear) {
        in.firing = false;
        in.pendingSinceUs = -1;
    }
    st.live[i] = in.firing || in.pendingSinceUs >= 0;
    if (in.firing) {
        const int g = rule.grouped && tick.topo ? groupOf(rule.scope, rule.groupBy, static_cast<int>(i), *tick.topo)
                                                : static_cast<int>(i);
        groups[g].push_back(static_cast<int>(i));
    }
}

// Threshold and RateOfChange: the scope's metric (or its ratio to the peers' median), or its change
// per second, against a level with hysteresis.
void Evaluator::evaluateLevels(RuleState& st, std::size_t n, const Tick& tick, Groups& groups)
{
    const Rule& rule = st.rule;
    const ValueColumn& column = valueColumn(rule.scope, st.metric, tick.fleet, tick.rollups, rule.relative);
    const double* v = column.values.data();
    if (rule.relative) {
        // No peer with data means nothing to compare with: every instance reads as quiet
        // (for '<' rules a 0 would otherwise make the whole scope fire).
        const double quiet = rule.above ? -std::numeric_limits<double>::infinity() : std::numeric_limits<double>::infinity();
        m_scratch.resize(n);
        for (std::size_t i = 0; i < n; ++i)
            m_scratch[i] = column.median > 0 ? v[i] / column.median : quiet;
        v = m_scratch.data();
    }
    if (rule.kind == RuleKind::RateOfChange)
        v = changePerSecond(st, v, n, tick.simUs);
    const auto& pools = tick.fleet.pools();
    const bool poolFilter = rule.scope == ScopeKind::Pool && !st.pool.empty();
    const double threshold = rule.threshold, clearAt = rule.clear;
    for (std::size_t i = 0; i < n; ++i) {
        const bool cond = rule.above ? v[i] > threshold : v[i] < threshold;
        if (!cond && !st.live[i])
            continue;   // quiet and staying quiet: most instances, most ticks
        if (poolFilter && pools[i].name != st.pool)
            continue;
        step(st, i, v[i], cond, rule.above ? v[i] <= clearAt : v[i] >= clearAt, tick, groups);
    }
}

// Change per second against the newest kept column at least a window old (else the oldest); keeps
// this tick's column when the newest kept one is a window/64 old.
const double* Evaluator::changePerSecond(RuleState& st, const double* v, std::size_t n, std::int64_t simUs)
{
    const Rule& rule = st.rule;
    auto& kept = st.rateColumns;
    while (kept.size() > 1 && kept[1].simUs <= simUs - rule.windowUs) {
        m_spareColumns.push_back(std::move(kept.front()));
        kept.pop_front();
    }
    m_rates.assign(n, 0.0);
    if (!kept.empty() && simUs > kept.front().simUs && kept.front().values.size() == n) {
        const double* ref = kept.front().values.data();
        const double perS = 1e6 / static_cast<double>(simUs - kept.front().simUs);
        for (std::size_t i = 0; i < n; ++i)
            m_rates[i] = (v[i] - ref[i]) * perS;
    }
    if (kept.empty() || simUs - kept.back().simUs >= rule.windowUs / kRateColumnsPerWindow) {
        Column c;
        if (!m_spareColumns.empty()) {
            c = std::move(m_spareColumns.back());
            m_spareColumns.pop_back();
        }
        c.simUs = simUs;
        c.values.assign(v, v + n);
        kept.push_back(std::move(c));
    }
    return m_rates.data();
}

// Absence, agent scope: work waiting but no progress for the window (or the agent failed).
void Evaluator::evaluateStalls(RuleState& st, std::size_t n, const Tick& tick, Groups& groups)
{
    const Rule& rule = st.rule;
    const std::int64_t simUs = tick.simUs;
    const auto& agents = tick.fleet.agents();
    for (std::size_t i = 0; i < n; ++i) {
        Instance& in = st.instances[i];
        const std::uint32_t work = agents.queueDepth[i] + agents.inFlight[i];
        if (agents.completed[i] != in.lastCompleted || work == 0 || in.lastProgressUs == 0) {
            in.lastProgressUs = simUs;
            in.lastCompleted = agents.completed[i];
        }
        const bool cond = simUs - in.lastProgressUs >= rule.windowUs || agents.state[i] == omega::v1::AGENT_STATE_FAILED;
        if (!cond && !st.live[i])
            continue;
        step(st, i, static_cast<double>(simUs - in.lastProgressUs) / 1e6, cond, !cond, tick, groups);
    }
}

// BurnRate, fleet: share of failed tasks over the window against the error budget.
void Evaluator::evaluateBurn(RuleState& st, std::size_t n, const Tick& tick, Groups& groups)
{
    const Rule& rule = st.rule;
    const std::int64_t simUs = tick.simUs;
    const auto& f = tick.fleet.totals();
    for (std::size_t i = 0; i < n; ++i) {
        History& hf = st.history[i];
        History& hc = st.history2[i];
        hf.emplace_back(simUs, static_cast<double>(f.tasksFailed));
        hc.emplace_back(simUs, static_cast<double>(f.tasksCompleted));
        trim(hf, simUs, rule.windowUs);
        trim(hc, simUs, rule.windowUs);
        const double failed = static_cast<double>(f.tasksFailed) - hf.front().second;
        const double done = static_cast<double>(f.tasksCompleted) - hc.front().second;
        const double v = failed + done > 0 ? failed / (failed + done) : 0.0;
        // Half a window of data at least, so one early failure is not a burn.
        const bool enough = simUs - hf.front().first >= rule.windowUs / 2;
        const bool cond = enough && v > rule.burnFactor * (1.0 - rule.sloTarget);
        step(st, i, v, cond, !cond, tick, groups);
    }
}

} // namespace omega::alerts
