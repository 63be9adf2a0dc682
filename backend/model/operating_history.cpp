#include "model/operating_history.h"

#include <algorithm>

namespace omega::model {

OperatingHistory::OperatingHistory(std::size_t capacity) : m_rows(std::max<std::size_t>(1, capacity)) {}

void OperatingHistory::append(const OperatingSample& sample)
{
    // Time runs forward within a feed; a row from the past (a restart the caller did not clear
    // for) would break every difference taken later.
    if (m_size > 0) {
        const OperatingSample& last = m_rows[(m_head + m_size - 1) % m_rows.size()];
        if (sample.simUs <= last.simUs)
            return;
    }
    if (m_size < m_rows.size()) {
        m_rows[(m_head + m_size) % m_rows.size()] = sample;
        ++m_size;
    } else {
        m_rows[m_head] = sample;
        m_head = (m_head + 1) % m_rows.size();
    }
}

void OperatingHistory::clear()
{
    m_head = m_size = 0;
}

std::vector<OperatingSample> OperatingHistory::since(std::int64_t afterSimUs) const
{
    // Rows are in time order: binary search over the ring's logical index.
    std::size_t lo = 0, hi = m_size;
    while (lo < hi) {
        const std::size_t mid = (lo + hi) / 2;
        if (m_rows[(m_head + mid) % m_rows.size()].simUs <= afterSimUs)
            lo = mid + 1;
        else
            hi = mid;
    }
    std::vector<OperatingSample> out;
    out.reserve(m_size - lo);
    for (std::size_t i = lo; i < m_size; ++i)
        out.push_back(m_rows[(m_head + i) % m_rows.size()]);
    return out;
}

OperatingSample OperatingHistory::sampleOf(const FleetState& fleet, std::int64_t simUs)
{
    OperatingSample s;
    s.simUs = simUs;
    s.configVersion = fleet.configVersion();
    s.knobs = fleet.knobs();
    for (const PoolView& p : fleet.pools()) {
        PoolCounters* c = p.kind == PoolKind::Local ? &s.local : p.kind == PoolKind::Cloud ? &s.cloud : nullptr;
        if (!c || c->present)
            continue;   // the first pool of each kind is the one modelled
        c->present = true;
        c->limit = p.limit;
        c->batch = std::max<std::uint32_t>(1, p.batchSize);
        c->waiting = p.waiting;
        c->inUse = p.inUse;
        c->completed = p.completed;
        c->throttled = p.throttled;
        c->serviceUs = p.serviceUsTotal;
        c->items = p.itemsCompleted;
        c->hasServiceUs = p.hasServiceUs;
        c->hasItems = p.hasItems;
    }
    const FleetTotals& t = fleet.totals();
    s.tasksCompleted = t.tasksCompleted;
    s.tasksFailed = t.tasksFailed;
    s.tasksInFlight = t.tasksInFlight;
    s.taskLatencyP50Ms = static_cast<float>(t.taskLatencyP50Ms);
    s.taskLatencyP99Ms = static_cast<float>(t.taskLatencyP99Ms);
    return s;
}

} // namespace omega::model
