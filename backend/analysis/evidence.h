#pragma once
// Typed evidence of a finding: the window it was read from, named numbers from one table of
// quantities (key and unit each), and the series an engineer would plot to see it. Serialised to
// JSON for the session file's findings table and read back from it.

#include "model/scope.h"

#include <QJsonObject>
#include <QString>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string_view>
#include <vector>

namespace omega::analysis {

// Every number a finding can carry. Add a row to kQuantities with it (same order).
enum class Quantity : std::uint8_t {
    // pools
    Limit, InUse, Waiting, CompletedPerS, ServiceMs, ThrottledPerS, QueueWaitMs, LittlesLawInService,
    // outliers and comparisons with peers
    ValueMs, PeerMedianMs, PeerMadMs, RobustZ, Ratio, Seconds, PeerServiceMs, Z, Units, ExtraBusyS, Share,
    // change points
    Before, After, ChangePct, TStat,
    // throttling
    CallsPerS, ThrottledShare, QuotaPerS, SlotsQuotaKeepsBusy,
    // hierarchy and agents
    Domains, DomainsHigh, Agents, AgentServiceP50Ms, FleetAgentServiceP50Ms, AgentServiceP99Ms, FleetAgentServiceP99Ms,
    DomainAgentServiceP50Ms, FailedAgents, FailedUnits, TasksFailed,
    // capacity loss
    BeforeMs, AfterMs, InServiceBefore, InServiceAfter, FleetChangeSeenS, Binds,
    Count
};

struct QuantityInfo {
    Quantity quantity;
    const char* key;    // stable, in files: "queue_wait_ms"
    const char* unit;   // "ms", "/s", "slots", "ratio" (0..1), "" for a plain number
};

inline constexpr QuantityInfo kQuantities[] = {
    {Quantity::Limit, "limit", "slots"},
    {Quantity::InUse, "in_use", "slots"},
    {Quantity::Waiting, "waiting", "calls"},
    {Quantity::CompletedPerS, "completed_per_s", "/s"},
    {Quantity::ServiceMs, "service_ms", "ms"},
    {Quantity::ThrottledPerS, "throttled_per_s", "/s"},
    {Quantity::QueueWaitMs, "queue_wait_ms", "ms"},
    {Quantity::LittlesLawInService, "littles_law_in_service", "slots"},
    {Quantity::ValueMs, "value_ms", "ms"},
    {Quantity::PeerMedianMs, "peer_median_ms", "ms"},
    {Quantity::PeerMadMs, "peer_mad_ms", "ms"},
    {Quantity::RobustZ, "robust_z", ""},
    {Quantity::Ratio, "ratio", "x"},
    {Quantity::Seconds, "seconds", "s"},
    {Quantity::PeerServiceMs, "peer_service_ms", "ms"},
    {Quantity::Z, "z", ""},
    {Quantity::Units, "units", "units"},
    {Quantity::ExtraBusyS, "extra_busy_s", "s"},
    {Quantity::Share, "share", "ratio"},
    {Quantity::Before, "before", ""},
    {Quantity::After, "after", ""},
    {Quantity::ChangePct, "change_pct", "%"},
    {Quantity::TStat, "t_stat", ""},
    {Quantity::CallsPerS, "calls_per_s", "/s"},
    {Quantity::ThrottledShare, "throttled_share", "ratio"},
    {Quantity::QuotaPerS, "quota_per_s", "/s"},
    {Quantity::SlotsQuotaKeepsBusy, "slots_quota_keeps_busy", "slots"},
    {Quantity::Domains, "domains", "domains"},
    {Quantity::DomainsHigh, "domains_high", "domains"},
    {Quantity::Agents, "agents", "agents"},
    {Quantity::AgentServiceP50Ms, "agent_service_p50_ms", "ms"},
    {Quantity::FleetAgentServiceP50Ms, "fleet_agent_service_p50_ms", "ms"},
    {Quantity::AgentServiceP99Ms, "agent_service_p99_ms", "ms"},
    {Quantity::FleetAgentServiceP99Ms, "fleet_agent_service_p99_ms", "ms"},
    {Quantity::DomainAgentServiceP50Ms, "domain_agent_service_p50_ms", "ms"},
    {Quantity::FailedAgents, "failed_agents", "agents"},
    {Quantity::FailedUnits, "failed_units", "units"},
    {Quantity::TasksFailed, "tasks_failed", "tasks"},
    {Quantity::BeforeMs, "before_ms", "ms"},
    {Quantity::AfterMs, "after_ms", "ms"},
    {Quantity::InServiceBefore, "in_service_before", "slots"},
    {Quantity::InServiceAfter, "in_service_after", "slots"},
    {Quantity::FleetChangeSeenS, "fleet_change_seen_s", "s"},
    {Quantity::Binds, "binds", "bool"},
};

constexpr bool quantitiesInEnumOrder()
{
    std::size_t i = 0;
    for (const QuantityInfo& q : kQuantities)
        if (static_cast<std::size_t>(q.quantity) != i++)
            return false;
    return i == static_cast<std::size_t>(Quantity::Count);
}
static_assert(quantitiesInEnumOrder(), "kQuantities has one row per Quantity, in enum order");

constexpr const QuantityInfo& quantityInfo(Quantity q) { return kQuantities[static_cast<std::size_t>(q)]; }
constexpr std::optional<Quantity> quantityByKey(std::string_view key)
{
    for (const QuantityInfo& q : kQuantities)
        if (key == q.key)
            return q.quantity;
    return std::nullopt;
}

struct EvidenceNumber {
    Quantity quantity = Quantity::Count;
    double value = 0;
    bool operator==(const EvidenceNumber&) const = default;
};

// A series to look at: a scope and a metric key (model/metrics.h, or a fleet or pool series key
// such as "tasks_per_s", "in_use", "local_service_ms").
struct SeriesRef {
    model::Scope scope;
    QString metric;
    bool operator==(const SeriesRef&) const = default;
};

struct Evidence {
    std::int64_t fromSimUs = 0, toSimUs = 0;   // the window the numbers come from (simulated time)
    std::vector<EvidenceNumber> numbers;
    std::vector<SeriesRef> series;

    bool operator==(const Evidence&) const = default;
    // Sets (or replaces) one number; numbers stay in the table's order, so equal evidence compares equal.
    void set(Quantity q, double value);
    void set(std::initializer_list<EvidenceNumber> list);
    bool has(Quantity q) const;
    double value(Quantity q, double fallback = 0) const;

    // {"from_sim_us":…, "to_sim_us":…, "numbers":{"queue_wait_ms":…}, "series":[{"scope":"domain","index":3,"metric":"latency_p99"}]}
    QJsonObject toJson() const;
    // Unknown number keys are refused, so a file from a newer program says what it cannot read.
    static std::optional<Evidence> fromJson(const QJsonObject& json, QString* error);
};

} // namespace omega::analysis
