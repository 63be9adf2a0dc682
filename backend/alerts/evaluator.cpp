#include "alerts/evaluator.h"

#include "protocol/codec.h"
#include "protocol/telemetry.pb.h"

#include <QElapsedTimer>
#include <algorithm>
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
};

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
        RuleState st{r, {}};
        for (std::size_t old = 0; old < m_rules.size(); ++old) {
            if (m_rules[old].rule.name == r.name) {
                if (m_rules[old].rule.scope == r.scope) {
                    st.instances = std::move(m_rules[old].instances);
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
    for (int r = 0; r < static_cast<int>(m_rules.size()); ++r)
        evaluateRule(r, fleet, rollups, fleet.simTimeUs(), publishWallUs, recvWallUs);
    m_lastFleet = nullptr;
    const double us = static_cast<double>(clock.nsecsElapsed()) / 1000.0;
    ++m_stats.evaluations;
    m_stats.lastEvalUs = us;
    m_stats.maxEvalUs = std::max(m_stats.maxEvalUs, us);
    publish();
}

void Evaluator::evaluateRule(int r, const model::FleetState& fleet, const model::Rollups& rollups, std::int64_t simUs,
                             std::int64_t publishWallUs, std::int64_t recvWallUs)
{
    RuleState& st = m_rules[static_cast<std::size_t>(r)];
    const Rule& rule = st.rule;
    const model::Topology* topo = fleet.topology().get();
    const int code = metricCode(rule.scope, rule.metric);
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
        const bool keepsHistory = rule.kind == RuleKind::RateOfChange || rule.kind == RuleKind::BurnRate;
        st.history.assign(keepsHistory ? n : 0, History{});
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
    const auto& agents = fleet.agents();
    // Outlier rules compare each instance with the median of its peers (instances with work).
    double median = 0;
    if (rule.relative) {
        m_scratch.clear();
        for (std::size_t i = 0; i < n; ++i) {
            double v = 0;
            switch (rule.scope) {
            case ScopeLevel::Agent: v = agentValue(agents, code, i); break;
            case ScopeLevel::Domain: v = groupValue(rollups.domains[i], code); break;
            case ScopeLevel::Prime: v = groupValue(rollups.primes[i], code); break;
            case ScopeLevel::Team: v = groupValue(rollups.teams[i], code); break;
            default: break;
            }
            if (v > 0)
                m_scratch.push_back(v);
        }
        if (!m_scratch.empty()) {
            auto mid = m_scratch.begin() + static_cast<std::ptrdiff_t>(m_scratch.size() / 2);
            std::nth_element(m_scratch.begin(), mid, m_scratch.end());
            median = *mid;
        }
    }
    for (std::size_t i = 0; i < n; ++i) {
        Instance& in = st.instances[i];
        if (rule.scope == ScopeLevel::Pool && !rule.pool.isEmpty()
            && QString::fromStdString(fleet.pools()[i].name) != rule.pool)
            continue;
        double v = 0;
        bool cond = false, clear = false;
        switch (rule.kind) {
        case RuleKind::Threshold:
        case RuleKind::RateOfChange: {
            switch (rule.scope) {
            case ScopeLevel::Agent: v = agentValue(agents, code, i); break;
            case ScopeLevel::Domain: v = groupValue(rollups.domains[i], code); break;
            case ScopeLevel::Prime: v = groupValue(rollups.primes[i], code); break;
            case ScopeLevel::Team: v = groupValue(rollups.teams[i], code); break;
            case ScopeLevel::Pool: v = poolValue(fleet.pools()[i], code); break;
            case ScopeLevel::Fleet: v = fleetValue(fleet.totals(), code); break;
            }
            if (rule.relative)
                v = median > 0 ? v / median : 0.0;
            if (rule.kind == RuleKind::RateOfChange) {
                History& h = st.history[i];
                h.emplace_back(simUs, v);
                trim(h, simUs, rule.windowUs);
                const auto& [t0, v0] = h.front();
                v = simUs > t0 ? (v - v0) / (static_cast<double>(simUs - t0) / 1e6) : 0.0;
            }
            cond = rule.above ? v > rule.threshold : v < rule.threshold;
            clear = rule.above ? v <= rule.clear : v >= rule.clear;
            break;
        }
        case RuleKind::Absence: {   // agent scope: work waiting but no progress for the window
            const std::uint32_t work = agents.queueDepth[i] + agents.inFlight[i];
            if (agents.completed[i] != in.lastCompleted || work == 0 || in.lastProgressUs == 0) {
                in.lastProgressUs = simUs;
                in.lastCompleted = agents.completed[i];
            }
            v = static_cast<double>(simUs - in.lastProgressUs) / 1e6;
            cond = simUs - in.lastProgressUs >= rule.windowUs || agents.state[i] == omega::v1::AGENT_STATE_FAILED;
            clear = !cond;
            break;
        }
        case RuleKind::BurnRate: {   // fleet: share of failed tasks over the window vs the budget
            const auto& f = fleet.totals();
            History& hf = st.history[i];
            History& hc = st.history2[i];
            hf.emplace_back(simUs, static_cast<double>(f.tasksFailed));
            hc.emplace_back(simUs, static_cast<double>(f.tasksCompleted));
            trim(hf, simUs, rule.windowUs);
            trim(hc, simUs, rule.windowUs);
            const double failed = static_cast<double>(f.tasksFailed) - hf.front().second;
            const double done = static_cast<double>(f.tasksCompleted) - hc.front().second;
            v = failed + done > 0 ? failed / (failed + done) : 0.0;
            // Half a window of data at least, so one early failure is not a burn.
            const bool enough = simUs - hf.front().first >= rule.windowUs / 2;
            cond = enough && v > rule.burnFactor * (1.0 - rule.sloTarget);
            clear = !cond;
            break;
        }
        }
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
        if (in.firing) {
            const int g = rule.grouped && topo ? groupOf(rule.scope, rule.groupBy, static_cast<int>(i), *topo) : static_cast<int>(i);
            groups[g].push_back(static_cast<int>(i));
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
