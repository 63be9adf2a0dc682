#include "alerts/evaluator.h"

#include "alerts/evaluator_metrics.h"
#include "protocol/codec.h"

#include <QElapsedTimer>
#include <algorithm>

namespace omega::alerts {

namespace {
constexpr std::size_t kResolvedKept = 500;
constexpr std::int64_t kFlapWindowUs = 600'000'000;   // transitions counted over 10 min
constexpr std::size_t kFlapTransitions = 6;           // this many in the window = flapping
constexpr std::int64_t kFlapHoldUs = 60'000'000;      // a flapping alert resolves after 60 s quiet
constexpr std::int64_t kIdleEveryUs = 100'000;
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
        st.metric = detail::metricCode(r.scope, r.metric);
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

QString Evaluator::scopeName(ScopeKind level, int index, const model::Topology* t, const model::FleetState* fleet) const
{
    const QString kind = QLatin1String(model::scopeKindKey(level));
    auto name = [&](const QStringList& list) {
        return index >= 0 && index < list.size() ? list[index] : QString::number(index);
    };
    switch (level) {
    case ScopeKind::Fleet: return kind;
    case ScopeKind::Pool:
        return kind + QLatin1Char(':')
            + (fleet && index >= 0 && index < static_cast<int>(fleet->pools().size())
                   ? QString::fromStdString(fleet->pools()[static_cast<std::size_t>(index)].name)
                   : QString::number(index));
    case ScopeKind::Agent: return kind + QLatin1Char(':') + (t ? name(t->agents) : QString::number(index));
    case ScopeKind::Domain: return kind + QLatin1Char(':') + (t ? name(t->domains) : QString::number(index));
    case ScopeKind::Prime: return kind + QLatin1Char(':') + (t ? name(t->primes) : QString::number(index));
    case ScopeKind::Team: return kind + QLatin1Char(':') + (t ? name(t->teams) : QString::number(index));
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
    m_lastSimUs = fleet.simTimeUs();
    ++m_tick;
    const Tick tick{fleet, rollups, fleet.topology().get(), fleet.simTimeUs()};
    for (int r = 0; r < static_cast<int>(m_rules.size()); ++r)
        evaluateRule(r, tick, publishWallUs, recvWallUs);
    m_lastFleet = nullptr;
    const double us = static_cast<double>(clock.nsecsElapsed()) / 1000.0;
    ++m_stats.evaluations;
    m_stats.lastEvalUs = us;
    m_stats.maxEvalUs = std::max(m_stats.maxEvalUs, us);
    publish();
}

void Evaluator::settle(int r, Groups& groups, const model::Topology* topo, std::int64_t simUs, std::int64_t publishWallUs,
                       std::int64_t recvWallUs)
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
        const ScopeKind kind = rule.grouped ? rule.groupBy : rule.scope;
        a.where = kind == ScopeKind::Fleet ? model::Scope::fleet() : model::Scope{kind, g};
        a.scope = scopeName(a.where.kind, g, topo, m_lastFleet);
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
        if (st.rule.kind != RuleKind::Absence || st.rule.scope != ScopeKind::Fleet || lastMessageWallUs == 0)
            continue;
        if (st.instances.empty())
            st.instances.assign(1, Instance{});
        const bool silent = nowWallUs - lastMessageWallUs >= st.rule.windowUs;
        st.instances[0].value = static_cast<double>(nowWallUs - lastMessageWallUs) / 1e6;
        st.instances[0].firing = silent;
        Groups groups;
        if (silent)
            groups[0] = {0};
        // Absence is measured on the wall clock (the fleet's own clock stops with the feed), but the
        // alert is stamped like every other one with simulated time: the fleet time of the last tick
        // before the silence. The wall clock goes into the publish and raise times only.
        settle(r, groups, nullptr, m_lastSimUs, lastMessageWallUs + st.rule.windowUs, nowWallUs);
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
