#include "model/fleet_state.h"

#include "protocol/telemetry.pb.h"

#include <algorithm>
#include <array>
#include <cstring>

namespace omega::model {

static_assert(stateCode(AgentState::Unknown) == omega::v1::AGENT_STATE_UNKNOWN);
static_assert(stateCode(AgentState::Idle) == omega::v1::AGENT_STATE_IDLE);
static_assert(stateCode(AgentState::Busy) == omega::v1::AGENT_STATE_BUSY);
static_assert(stateCode(AgentState::Waiting) == omega::v1::AGENT_STATE_WAITING);
static_assert(stateCode(AgentState::Failed) == omega::v1::AGENT_STATE_FAILED);

namespace {
constexpr double kSmoothingUs = 2'000'000.0;   // time constant of per-agent rates
constexpr std::int64_t kRateWindowUs = 1'000'000;

// Cumulative uint32 counters wrap; the difference modulo 2^32 is the true delta.
inline std::uint32_t delta32(std::uint32_t now, std::uint32_t before) { return now - before; }
} // namespace

void AgentColumns::resize(std::size_t n)
{
    state.assign(n, 0);
    for (auto* v : {&queueDepth, &inFlight, &completed, &failed, &localCalls, &cloudCalls, &throttled})
        v->assign(n, 0);
    for (auto* v : {&latencyP50Ms, &latencyP99Ms, &cpuShare, &utilisation, &throughput, &errorRate, &serviceP50Ms,
                    &serviceP99Ms})
        v->assign(n, 0.0f);
    hasServiceTime = false;
}

void FleetState::setTopology(TopologyPtr topology)
{
    const bool reshaped = !m_topology || !topology || m_topology->agentCount() != topology->agentCount();
    m_topology = std::move(topology);
    if (reshaped)
        reset();
}

void FleetState::reset()
{
    m_agents.resize(m_topology ? static_cast<std::size_t>(m_topology->agentCount()) : 0);
    m_totals = {};
    m_pools.clear();
    m_knobs = {};
    m_knobRanges = {};
    m_marks.clear();
    m_haveTick = false;
}

namespace {
template <typename T, typename Src>
void copyColumn(std::vector<T>& dst, const Src& src)
{
    std::memcpy(dst.data(), src.data(), dst.size() * sizeof(T));
}

// 99th percentile of positive values from a histogram over the float bit pattern (8 exponent
// bits + 5 mantissa bits: buckets ~3 % wide). Order-preserving for positive floats, no sort.
float approxP99(const std::vector<float>& values, std::vector<std::uint32_t>& histogram)
{
    constexpr int kShift = 18;
    constexpr std::size_t kBuckets = std::size_t{1} << (31 - kShift);
    if (histogram.size() != kBuckets)
        histogram.assign(kBuckets, 0);   // all zero between calls: only the used range is cleared
    std::uint32_t count = 0;
    std::uint32_t lo = kBuckets, hi = 0;
    for (const float v : values) {
        if (!(v > 0))
            continue;
        std::uint32_t bits;
        std::memcpy(&bits, &v, sizeof bits);
        const std::uint32_t b = bits >> kShift;
        ++histogram[b];
        lo = std::min(lo, b);
        hi = std::max(hi, b);
        ++count;
    }
    if (count == 0)
        return 0;
    const std::uint32_t rank = count - count / 100;   // nearest rank of the 99th percentile
    std::uint32_t seen = 0;
    float out = 0;
    for (std::uint32_t b = lo; b <= hi; ++b) {
        seen += histogram[b];
        if (seen >= rank) {
            const std::uint32_t mid = (b << kShift) | (1u << (kShift - 1));
            std::memcpy(&out, &mid, sizeof out);
            break;
        }
    }
    std::fill(histogram.begin() + lo, histogram.begin() + hi + 1, 0u);
    return out;
}
} // namespace

void FleetState::applyTick(const omega::v1::Tick& t)
{
    const std::size_t n = m_agents.size();
    const std::int64_t simUs = t.header().sim_time_us();
    const double dtUs = m_haveTick ? static_cast<double>(simUs - m_simTimeUs) : 0.0;
    const bool rates = m_haveTick && dtUs > 0;
    const float alpha = rates ? static_cast<float>(dtUs / (kSmoothingUs + dtUs)) : 0.0f;
    const float perS = rates ? static_cast<float>(1e6 / dtUs) : 0.0f;
    AgentColumns& a = m_agents;

    // Rates from the counters before the columns are overwritten; column loops vectorise.
    if (rates) {
        const std::uint32_t* done = t.completed().data();
        const std::uint32_t* fail = t.failed().data();
        for (std::size_t i = 0; i < n; ++i) {
            a.throughput[i] += alpha * (static_cast<float>(delta32(done[i], a.completed[i])) * perS - a.throughput[i]);
            a.errorRate[i] += alpha * (static_cast<float>(delta32(fail[i], a.failed[i])) * perS - a.errorRate[i]);
        }
    }
    std::memcpy(a.state.data(), t.state().data(), n);
    copyColumn(a.completed, t.completed());
    copyColumn(a.failed, t.failed());
    copyColumn(a.queueDepth, t.queue_depth());
    copyColumn(a.inFlight, t.in_flight());
    copyColumn(a.localCalls, t.local_calls());
    copyColumn(a.cloudCalls, t.cloud_calls());
    copyColumn(a.throttled, t.throttled());
    copyColumn(a.latencyP50Ms, t.latency_p50_ms());
    copyColumn(a.latencyP99Ms, t.latency_p99_ms());
    copyColumn(a.cpuShare, t.cpu_share());
    copyColumn(a.utilisation, t.utilisation());
    // Optional columns: a publisher that does not measure service time sends none.
    a.hasServiceTime = static_cast<std::size_t>(t.service_p50_ms_size()) == n
                       && static_cast<std::size_t>(t.service_p99_ms_size()) == n;
    if (a.hasServiceTime) {
        copyColumn(a.serviceP50Ms, t.service_p50_ms());
        copyColumn(a.serviceP99Ms, t.service_p99_ms());
    }

    FleetTotals& f = m_totals;
    std::uint64_t queued = 0, inService = 0;
    double utilSum = 0, stagesPerS = 0;
    for (std::size_t i = 0; i < n; ++i) {
        queued += a.queueDepth[i];
        inService += a.inFlight[i];
    }
    {
        // Four partial sums: one running double sum would chain every add on the previous one.
        double u[4] = {0, 0, 0, 0}, s[4] = {0, 0, 0, 0};
        std::size_t i = 0;
        for (; i + 4 <= n; i += 4)
            for (std::size_t k = 0; k < 4; ++k) {
                u[k] += a.utilisation[i + k];
                s[k] += a.throughput[i + k];
            }
        for (; i < n; ++i) {
            u[0] += a.utilisation[i];
            s[0] += a.throughput[i];
        }
        utilSum = (u[0] + u[1]) + (u[2] + u[3]);
        stagesPerS = (s[0] + s[1]) + (s[2] + s[3]);
    }
    std::array<int, 8> states{};
    for (std::size_t i = 0; i < n; ++i)
        ++states[a.state[i] & 7u];
    f.queuedStages = queued;
    f.stagesInService = inService;
    f.busyAgents = states[omega::v1::AGENT_STATE_BUSY];
    f.waitingAgents = states[omega::v1::AGENT_STATE_WAITING];
    f.failedAgents = states[omega::v1::AGENT_STATE_FAILED];
    f.idleAgents = static_cast<int>(n) - f.busyAgents - f.waitingAgents - f.failedAgents;
    f.meanUtilisation = n ? utilSum / static_cast<double>(n) : 0.0;
    f.stagesPerS = stagesPerS;
    f.stageLatencyP99Ms = approxP99(a.latencyP99Ms, m_histogram);

    f.tasksArrived = t.tasks_arrived();
    f.tasksCompleted = t.tasks_completed();
    f.tasksFailed = t.tasks_failed();
    f.tasksInFlight = t.tasks_in_flight();
    f.taskLatencyP50Ms = t.task_latency_p50_ms();
    f.taskLatencyP99Ms = t.task_latency_p99_ms();

    // Task rate over the last ~1 s of simulated time (one tick is too few tasks to be steady).
    m_marks.push_back({simUs, f.tasksCompleted, f.tasksFailed});
    while (m_marks.size() > 2 && simUs - m_marks[1].simUs >= kRateWindowUs)
        m_marks.pop_front();
    const TaskMark& first = m_marks.front();
    if (simUs > first.simUs) {
        const double span = static_cast<double>(simUs - first.simUs) / 1e6;
        f.tasksPerS = static_cast<double>(f.tasksCompleted - first.completed) / span;
        f.failedTasksPerS = static_cast<double>(f.tasksFailed - first.failed) / span;
    }

    m_simTimeUs = simUs;
    m_configVersion = t.header().config_version();
    m_haveTick = true;
    ++m_ticksApplied;
}

void FleetState::applyPools(const omega::v1::Pools& msg)
{
    const std::int64_t simUs = msg.header().sim_time_us();
    const double dtS = static_cast<double>(simUs - m_poolSimTimeUs) / 1e6;
    std::vector<PoolView> next;
    next.reserve(static_cast<std::size_t>(msg.pools_size()));
    for (const auto& p : msg.pools()) {
        PoolView v;
        v.name = p.name();
        v.kind = p.kind() == omega::v1::POOL_KIND_LOCAL   ? PoolKind::Local
                 : p.kind() == omega::v1::POOL_KIND_CLOUD ? PoolKind::Cloud
                                                          : PoolKind::Other;
        v.limit = p.limit();
        v.inUse = p.in_use();
        v.waiting = p.waiting();
        v.batchSize = p.batch_size();
        v.completed = p.completed();
        v.throttled = p.throttled();
        v.latencyP50Ms = p.latency_p50_ms();
        v.latencyP99Ms = p.latency_p99_ms();
        v.utilisation = p.utilisation();
        v.hasServiceUs = p.has_service_us_total();
        v.serviceUsTotal = p.service_us_total();
        v.hasItems = p.has_items_completed();
        v.itemsCompleted = p.items_completed();
        const auto prev = std::find_if(m_pools.begin(), m_pools.end(), [&](const PoolView& o) { return o.name == v.name; });
        if (prev != m_pools.end() && dtS > 0 && v.completed >= prev->completed && v.throttled >= prev->throttled) {
            // Smoothed like the agents' rates: one interval holds too few completions to read.
            const double alpha = dtS * 1e6 / (kSmoothingUs / 2 + dtS * 1e6);
            const double done = static_cast<double>(v.completed - prev->completed) / dtS;
            const double throttled = static_cast<double>(v.throttled - prev->throttled) / dtS;
            v.completedPerS = prev->completedPerS + alpha * (done - prev->completedPerS);
            v.throttledPerS = prev->throttledPerS + alpha * (throttled - prev->throttledPerS);
        } else if (prev != m_pools.end()) {
            v.completedPerS = prev->completedPerS;
            v.throttledPerS = prev->throttledPerS;
        }
        next.push_back(std::move(v));
    }
    m_pools = std::move(next);
    m_poolSimTimeUs = simUs;
    if (msg.has_config()) {
        const auto& c = msg.config();
        m_knobs = KnobSettings{msg.header().config_version(), c.local_limit(), c.cloud_limit(), c.cloud_batch(),
                               c.bulk_local_share(), true};
    }
    if (msg.has_bounds()) {
        const auto& b = msg.bounds();
        m_knobRanges = KnobRanges{b.max_local_limit(), b.max_cloud_limit(), b.max_cloud_batch(), true};
    }
}

} // namespace omega::model
