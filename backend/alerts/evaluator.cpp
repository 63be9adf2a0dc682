#include "alerts/evaluator.h"

#include "protocol/codec.h"
#include "protocol/telemetry.pb.h"

#include <QElapsedTimer>
#include <algorithm>
#include <limits>
#include <set>

namespace omega::alerts {

namespace {
constexpr std::size_t kResolvedKept = 500;
constexpr std::int64_t kFlapWindowUs = 600'000'000;   // transitions counted over 10 min
constexpr std::size_t kFlapTransitions = 6;           // this many in the window = flapping
constexpr std::int64_t kFlapHoldUs = 60'000'000;      // a flapping alert resolves after 60 s quiet
constexpr std::int64_t kIdleEveryUs = 100'000;

enum Metric : int {
    // agent and group scopes
    MLatencyP99, MQueue, MUtil, MErrorRate, MThroughput, MFailedAgents,
    // pool
    PInUse, PWaiting, PUtil, PThrottled, PLatencyP99, PCompleted,
    // fleet
    FTasksPerS, FFailedPerS, FTaskP99, FTaskP50, FInFlight, FQueued, FFailedAgents,
    MetricCount
};
constexpr int kScopeCount = 6;
constexpr std::int64_t kRateColumnsPerWindow = 64;

int metricCode(ScopeLevel scope, const QString& name)
{
    const auto names = metricsFor(scope);
    const auto it = std::find(names.begin(), names.end(), name);
    const int k = it == names.end() ? 0 : static_cast<int>(it - names.begin());
    if (scope == ScopeLevel::Pool)
        return PInUse + k;
    if (scope == ScopeLevel::Fleet)
        return FTasksPerS + k;
    return MLatencyP99 + k;
}

double agentValue(const model::AgentColumns& a, int m, std::size_t i)
{
    switch (m) {
    case MLatencyP99: return a.latencyP99Ms[i];
    case MQueue: return a.queueDepth[i];
    case MUtil: return a.utilisation[i] * 100.0;
    case MErrorRate: return a.errorRate[i];
    case MThroughput: return a.throughput[i];
    case MFailedAgents: return a.state[i] == omega::v1::AGENT_STATE_FAILED ? 1.0 : 0.0;
    default: return 0;
    }
}

double groupValue(const model::GroupStats& g, int m)
{
    switch (m) {
    case MLatencyP99: return g.latencyP99;
    case MQueue: return g.queueDepth;
    case MUtil: return g.utilisation * 100.0;
    case MErrorRate: return g.errorRate;
    case MThroughput: return g.throughput;
    case MFailedAgents: return g.failed;
    default: return 0;
    }
}

double poolValue(const model::PoolView& p, int m)
{
    switch (m) {
    case PInUse: return p.inUse;
    case PWaiting: return p.waiting;
    case PUtil: return p.utilisation * 100.0;
    case PThrottled: return p.throttledPerS;
    case PLatencyP99: return p.latencyP99Ms;
    case PCompleted: return p.completedPerS;
    default: return 0;
    }
}

double fleetValue(const model::FleetTotals& f, int m)
{
    switch (m) {
    case FTasksPerS: return f.tasksPerS;
    case FFailedPerS: return f.failedTasksPerS;
    case FTaskP99: return f.taskLatencyP99Ms;
    case FTaskP50: return f.taskLatencyP50Ms;
    case FInFlight: return static_cast<double>(f.tasksInFlight);
    case FQueued: return static_cast<double>(f.queuedStages);
    case FFailedAgents: return f.failedAgents;
    default: return 0;
    }
}

// The group an instance of `scope` belongs to at level `by`.
int groupOf(ScopeLevel scope, ScopeLevel by, int i, const model::Topology& t)
{
    if (by == ScopeLevel::Fleet)
        return 0;
    auto up = [&](ScopeLevel from, int idx) -> std::pair<ScopeLevel, int> {
        switch (from) {
        case ScopeLevel::Agent: return {ScopeLevel::Domain, static_cast<int>(t.agentDomain[static_cast<std::size_t>(idx)])};
        case ScopeLevel::Domain: return {ScopeLevel::Prime, static_cast<int>(t.domainPrime[static_cast<std::size_t>(idx)])};
        case ScopeLevel::Prime: return {ScopeLevel::Team, static_cast<int>(t.primeTeam[static_cast<std::size_t>(idx)])};
        default: return {ScopeLevel::Fleet, 0};
        }
    };
    std::pair<ScopeLevel, int> at{scope, i};
    while (at.first != by && at.first != ScopeLevel::Fleet)
        at = up(at.first, at.second);
    return at.second;
}

// Oldest sample inside the window (keeps one just before it as the reference point).
void trim(std::deque<std::pair<std::int64_t, double>>& h, std::int64_t nowUs, std::int64_t windowUs)
{
    while (h.size() > 2 && h[1].first <= nowUs - windowUs)
        h.pop_front();
}
} // namespace

Evaluator::Evaluator(RuleSet rules)
{
    setRules(std::move(rules));
    applyPendingRules();
    publish();
}

void Evaluator::setRules(RuleSet rules)
{
    QMutexLocker lock(&m_mutex);
    m_currentRules = rules;
    m_pendingRules = std::make_unique<RuleSet>(std::move(rules));
}

RuleSet Evaluator::rules() const
{
    QMutexLocker lock(&m_mutex);
    return m_currentRules;
}

AlertsViewPtr Evaluator::view() const
{
    QMutexLocker lock(&m_mutex);
    return m_view;
}

void Evaluator::acknowledge(std::uint64_t alertId)
{
    QMutexLocker lock(&m_mutex);
    m_pendingAcks.push_back(alertId);
}

void Evaluator::silence(const Silence& s)
{
    QMutexLocker lock(&m_mutex);
    m_silences.push_back(s);
}

void Evaluator::applyPendingRules()
{
    std::unique_ptr<RuleSet> next;
    std::vector<std::uint64_t> acks;
    {
        QMutexLocker lock(&m_mutex);
        next = std::move(m_pendingRules);
        acks.swap(m_pendingAcks);
    }
    for (auto& [key, alert] : m_active)
        if (std::find(acks.begin(), acks.end(), alert.id) != acks.end())
            alert.acknowledged = true;
    if (!next)
        return;
    // Keep the state of rules that survive an edit (matched by name); drop alerts of removed ones.
    std::vector<RuleState> states;
    std::map<int, int> renumber;
    for (const Rule& r : next->rules) {
        RuleState st;
        st.rule = r;
        st.metric = metricCode(r.scope, r.metric);
        st.pool = r.pool.toStdString();
        for (std::size_t old = 0; old < m_rules.size(); ++old) {
            if (m_rules[old].rule.name == r.name) {
                if (m_rules[old].rule.scope == r.scope) {
                    st.instances = std::move(m_rules[old].instances);
                    st.live = std::move(m_rules[old].live);
                    if (m_rules[old].rule.metric == r.metric && m_rules[old].rule.relative == r.relative)
                        st.rateColumns = std::move(m_rules[old].rateColumns);
                    st.history = std::move(m_rules[old].history);
                    st.history2 = std::move(m_rules[old].history2);
                }
                renumber[static_cast<int>(old)] = static_cast<int>(states.size());
            }
        }
        states.push_back(std::move(st));
    }
    std::map<Key, Alert> active;
    for (auto& [key, alert] : m_active)
        if (auto it = renumber.find(key.first); it != renumber.end())
            active.emplace(Key{it->second, key.second}, std::move(alert));
    std::map<Key, Track> tracks;
    for (auto& [key, track] : m_tracks)
        if (auto it = renumber.find(key.first); it != renumber.end())
            tracks.emplace(Key{it->second, key.second}, std::move(track));
    m_rules = std::move(states);
    m_active = std::move(active);
    m_tracks = std::move(tracks);
}

QString Evaluator::scopeName(ScopeLevel level, int index, const model::Topology* t, const model::FleetState* fleet) const
{
    const QString kind = QLatin1String(scopeKey(level));
    auto name = [&](const QStringList& list) {
        return index >= 0 && index < list.size() ? list[index] : QString::number(index);
    };
    switch (level) {
    case ScopeLevel::Fleet: return kind;
    case ScopeLevel::Pool:
        return kind + QLatin1Char(':')
            + (fleet && index >= 0 && index < static_cast<int>(fleet->pools().size())
                   ? QString::fromStdString(fleet->pools()[static_cast<std::size_t>(index)].name)
                   : QString::number(index));
    case ScopeLevel::Agent: return kind + QLatin1Char(':') + (t ? name(t->agents) : QString::number(index));
    case ScopeLevel::Domain: return kind + QLatin1Char(':') + (t ? name(t->domains) : QString::number(index));
    case ScopeLevel::Prime: return kind + QLatin1Char(':') + (t ? name(t->primes) : QString::number(index));
    case ScopeLevel::Team: return kind + QLatin1Char(':') + (t ? name(t->teams) : QString::number(index));
    }
    return kind;
}

void Evaluator::onTick(const model::FleetState& fleet, const model::Rollups& rollups, std::int64_t publishWallUs,
                       std::int64_t recvWallUs)
{
    QElapsedTimer clock;
    clock.start();
    applyPendingRules();
    m_publisherSilent = false;
    m_lastFleet = &fleet;
    ++m_tick;
    for (int r = 0; r < static_cast<int>(m_rules.size()); ++r)
        evaluateRule(r, fleet, rollups, fleet.simTimeUs(), publishWallUs, recvWallUs);
    m_lastFleet = nullptr;
    const double us = static_cast<double>(clock.nsecsElapsed()) / 1000.0;
    ++m_stats.evaluations;
    m_stats.lastEvalUs = us;
    m_stats.maxEvalUs = std::max(m_stats.maxEvalUs, us);
    publish();
}

const Evaluator::ValueColumn& Evaluator::valueColumn(ScopeLevel scope, int metric, const model::FleetState& fleet,
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
        case ScopeLevel::Agent:
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
        case ScopeLevel::Domain: fill(rollups.domains.size(), [&](std::size_t i) { return groupValue(rollups.domains[i], metric); }); break;
        case ScopeLevel::Prime: fill(rollups.primes.size(), [&](std::size_t i) { return groupValue(rollups.primes[i], metric); }); break;
        case ScopeLevel::Team: fill(rollups.teams.size(), [&](std::size_t i) { return groupValue(rollups.teams[i], metric); }); break;
        case ScopeLevel::Pool: fill(fleet.pools().size(), [&](std::size_t i) { return poolValue(fleet.pools()[i], metric); }); break;
        case ScopeLevel::Fleet: fill(1, [&](std::size_t) { return fleetValue(fleet.totals(), metric); }); break;
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

void Evaluator::evaluateRule(int r, const model::FleetState& fleet, const model::Rollups& rollups, std::int64_t simUs,
                             std::int64_t publishWallUs, std::int64_t recvWallUs)
{
    RuleState& st = m_rules[static_cast<std::size_t>(r)];
    const Rule& rule = st.rule;
    const model::Topology* topo = fleet.topology().get();
    std::size_t n = 1;
    switch (rule.scope) {
    case ScopeLevel::Agent: n = fleet.agents().size(); break;
    case ScopeLevel::Domain: n = rollups.domains.size(); break;
    case ScopeLevel::Prime: n = rollups.primes.size(); break;
    case ScopeLevel::Team: n = rollups.teams.size(); break;
    case ScopeLevel::Pool: n = fleet.pools().size(); break;
    case ScopeLevel::Fleet: n = 1; break;
    }
    if (st.instances.size() != n) {
        st.instances.assign(n, Instance{});
        st.live.assign(n, 0);
        st.rateColumns.clear();
        st.history.assign(rule.kind == RuleKind::BurnRate ? n : 0, History{});
        st.history2.assign(rule.kind == RuleKind::BurnRate ? n : 0, History{});
    }
    if (rule.kind == RuleKind::Absence && rule.scope == ScopeLevel::Fleet) {
        // A tick arrived: the publisher is not silent. Clear a firing instance.
        st.instances[0].firing = false;
        std::map<int, std::vector<int>> none;
        settle(r, none, topo, simUs, publishWallUs, recvWallUs);
        return;
    }
    std::map<int, std::vector<int>> groups;
    // Pending / firing bookkeeping of one instance; `value` is kept only for instances that matter.
    auto step = [&](std::size_t i, double v, bool cond, bool clear) {
        Instance& in = st.instances[i];
        in.value = v;
        if (!in.firing) {
            if (cond) {
                if (in.pendingSinceUs < 0)
                    in.pendingSinceUs = simUs;
                if (simUs - in.pendingSinceUs >= rule.forUs)
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
            const int g = rule.grouped && topo ? groupOf(rule.scope, rule.groupBy, static_cast<int>(i), *topo) : static_cast<int>(i);
            groups[g].push_back(static_cast<int>(i));
        }
    };
    auto poolSkipped = [&](std::size_t i) {
        return rule.scope == ScopeLevel::Pool && !st.pool.empty() && fleet.pools()[i].name != st.pool;
    };

    if (rule.kind == RuleKind::Threshold || rule.kind == RuleKind::RateOfChange) {
        const ValueColumn& column = valueColumn(rule.scope, st.metric, fleet, rollups, rule.relative);
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
        if (rule.kind == RuleKind::RateOfChange) {
            // Change per second against the newest kept column at least a window old (else the oldest).
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
            v = m_rates.data();
        }
        const double threshold = rule.threshold, clearAt = rule.clear;
        for (std::size_t i = 0; i < n; ++i) {
            const bool cond = rule.above ? v[i] > threshold : v[i] < threshold;
            if (!cond && !st.live[i])
                continue;   // quiet and staying quiet: most instances, most ticks
            if (poolSkipped(i))
                continue;
            step(i, v[i], cond, rule.above ? v[i] <= clearAt : v[i] >= clearAt);
        }
    } else if (rule.kind == RuleKind::Absence) {   // agent scope: work waiting but no progress for the window
        const auto& agents = fleet.agents();
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
            step(i, static_cast<double>(simUs - in.lastProgressUs) / 1e6, cond, !cond);
        }
    } else {   // BurnRate, fleet: share of failed tasks over the window vs the budget
        const auto& f = fleet.totals();
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
            step(i, v, cond, !cond);
        }
    }
    settle(r, groups, topo, simUs, publishWallUs, recvWallUs);
}

void Evaluator::settle(int r, std::map<int, std::vector<int>>& groups, const model::Topology* topo, std::int64_t simUs,
                       std::int64_t publishWallUs, std::int64_t recvWallUs)
{
    (void)recvWallUs;
    const RuleState& st = m_rules[static_cast<std::size_t>(r)];
    const Rule& rule = st.rule;
    const std::int64_t now = protocol::wallClockUs();
    auto worst = [&](const std::vector<int>& members) {
        double w = rule.above ? -1e300 : 1e300;
        for (int m : members) {
            const double v = st.instances[static_cast<std::size_t>(m)].value;
            w = rule.above ? std::max(w, v) : std::min(w, v);
        }
        return w;
    };
    // Resolve alerts whose group has no firing member any more (flapping ones only after a quiet spell).
    for (auto it = m_active.begin(); it != m_active.end();) {
        if (it->first.first != r || groups.count(it->first.second)) {
            ++it;
            continue;
        }
        Track& track = m_tracks[it->first];
        if (it->second.flapping) {
            if (track.quietSinceUs < 0)
                track.quietSinceUs = simUs;
            if (simUs - track.quietSinceUs < kFlapHoldUs) {
                ++it;
                continue;
            }
        }
        m_resolvedChanged = true;
        Alert done = std::move(it->second);
        done.firing = false;
        done.resolvedSimUs = simUs;
        track.transitions.push_back(simUs);
        it = m_active.erase(it);
        if (m_listener)
            m_listener(done);
        m_resolved.push_front(std::move(done));
        if (m_resolved.size() > kResolvedKept)
            m_resolved.pop_back();
    }
    for (auto& [g, members] : groups) {
        const Key key{r, g};
        Track& track = m_tracks[key];
        while (!track.transitions.empty() && track.transitions.front() < simUs - kFlapWindowUs)
            track.transitions.pop_front();
        track.quietSinceUs = -1;
        auto it = m_active.find(key);
        if (it != m_active.end()) {   // dedup: the same alert goes on, members and value follow
            it->second.members = std::move(members);
            it->second.value = worst(it->second.members);
            continue;
        }
        Alert a;
        a.id = m_nextId++;
        a.rule = rule.name;
        a.severity = rule.severity;
        a.level = rule.grouped ? rule.groupBy : rule.scope;
        a.group = g;
        a.scope = scopeName(a.level, g, topo, m_lastFleet);
        a.summary = rule.summary;
        a.labels = rule.labels;
        a.members = std::move(members);
        a.value = worst(a.members);
        a.firedSimUs = simUs;
        a.sampleWallUs = publishWallUs;
        a.raisedWallUs = now;
        track.transitions.push_back(simUs);
        a.flapping = track.transitions.size() >= kFlapTransitions;
        a.silenced = isSilenced(a, now);
        ++m_stats.raised;
        if (m_listener)
            m_listener(a);
        m_active.emplace(key, std::move(a));
    }
}

bool Evaluator::isSilenced(const Alert& a, std::int64_t nowWallUs) const
{
    QMutexLocker lock(&m_mutex);
    return std::any_of(m_silences.begin(), m_silences.end(), [&](const Silence& s) {
        return s.untilWallUs > nowWallUs && (s.rule.isEmpty() || s.rule == a.rule) && (s.scope.isEmpty() || s.scope == a.scope);
    });
}

void Evaluator::onIdle(std::int64_t nowWallUs, std::int64_t lastMessageWallUs)
{
    if (nowWallUs - m_lastIdleUs < kIdleEveryUs)
        return;
    m_lastIdleUs = nowWallUs;
    applyPendingRules();
    for (int r = 0; r < static_cast<int>(m_rules.size()); ++r) {
        RuleState& st = m_rules[static_cast<std::size_t>(r)];
        if (st.rule.kind != RuleKind::Absence || st.rule.scope != ScopeLevel::Fleet || lastMessageWallUs == 0)
            continue;
        if (st.instances.empty())
            st.instances.assign(1, Instance{});
        const bool silent = nowWallUs - lastMessageWallUs >= st.rule.windowUs;
        st.instances[0].value = static_cast<double>(nowWallUs - lastMessageWallUs) / 1e6;
        st.instances[0].firing = silent;
        std::map<int, std::vector<int>> groups;
        if (silent)
            groups[0] = {0};
        // Absence is measured on the wall clock: the fleet's own clock stops with the feed.
        settle(r, groups, nullptr, nowWallUs, lastMessageWallUs + st.rule.windowUs, nowWallUs);
    }
    publish();
}

void Evaluator::onRestart()
{
    for (RuleState& st : m_rules) {
        st.instances.clear();
        st.live.clear();
        st.rateColumns.clear();
        st.history.clear();
        st.history2.clear();
    }
    m_active.clear();
    m_tracks.clear();
    m_publisherSilent = false;
    publish();
}

void Evaluator::publish()
{
    auto view = std::make_shared<AlertsView>();
    view->evaluations = m_stats.evaluations;
    view->lastEvalUs = m_stats.lastEvalUs;
    view->maxEvalUs = m_stats.maxEvalUs;
    view->raised = m_stats.raised;
    const std::int64_t now = protocol::wallClockUs();
    for (auto& [key, alert] : m_active) {
        alert.silenced = isSilenced(alert, now);
        view->firing.push_back(alert);
    }
    std::sort(view->firing.begin(), view->firing.end(), [](const Alert& a, const Alert& b) { return a.id > b.id; });
    if (m_resolvedChanged || !m_resolvedShared) {
        m_resolvedShared = std::make_shared<const std::vector<Alert>>(m_resolved.begin(), m_resolved.end());
        m_resolvedChanged = false;
    }
    view->resolved = m_resolvedShared;
    QMutexLocker lock(&m_mutex);
    m_view = std::move(view);
}

} // namespace omega::alerts
