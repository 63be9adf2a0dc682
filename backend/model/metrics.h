#pragma once
// The metrics of agents and groups: one row per metric in kMetrics. The roll-up series, the alert
// rule parser and every view read this table, so adding a metric means adding its enumerator and
// its row. Labels are untranslated; views translate them in the context "Metric".

#include "model/fleet_state.h"
#include "model/group_stats.h"

#include <QtGlobal>

#include <array>
#include <cstddef>
#include <string_view>
#include <utility>

namespace omega::model {

enum class Metric : std::uint8_t { LatencyP99, QueueDepth, Utilisation, ErrorRate, Throughput, State, Count };
inline constexpr int kMetricCount = static_cast<int>(Metric::Count);

// How a group's value comes from its members' values.
enum class Aggregation : std::uint8_t { Sum, Mean, MeanOfActive, ShareActive };
// Which way a value gets better; None for categories such as the agent state.
enum class GoodDirection : std::uint8_t { Lower, Higher, None };

// Where a metric appears; a test checks each view against these flags.
enum MetricUse : unsigned {
    ColourBy = 1u << 0,      // the heatmap's and the treemap's colour-by lists
    TreeColumn = 1u << 1,    // a column of the kosha tree
    TimeViews = 1u << 2,     // the time map's and the series plots' metric lists
    AlertRules = 1u << 3,    // a metric key of rules over agents, domains, primes and teams
    AllUses = ColourBy | TreeColumn | TimeViews | AlertRules,
};

struct MetricInfo {
    Metric metric;
    const char* key;          // stable id for settings, files and alert rules
    const char* unit;         // plain unit for axes and files: "ms", "/s", "" for none
    const char* label;        // name with unit, for lists and titles
    const char* name;         // short name, for places that print the unit next to the value
    const char* valueUnit;    // unit after a value ("failed/s"); empty for none
    const char* column;       // kosha tree column title
    const char* columnTip;    // kosha tree column tooltip
    Aggregation aggregation;
    GoodDirection good;
    unsigned uses;            // MetricUse flags
    double (*fromAgent)(const AgentColumns& agents, std::size_t i);
    double (*fromGroup)(const GroupStats& group);
};

// Readers return double so that the float roll-up series and the double alert values both keep
// the exact value each computed before (a float times 100 is exact in double).
inline constexpr std::array<MetricInfo, kMetricCount> kMetrics{{
    {Metric::LatencyP99, "latency_p99", "ms", QT_TRANSLATE_NOOP("Metric", "p99 latency (ms)"),
     QT_TRANSLATE_NOOP("Metric", "p99 latency"), QT_TRANSLATE_NOOP("Metric", "ms"), QT_TRANSLATE_NOOP("Metric", "p99 ms"),
     QT_TRANSLATE_NOOP("Metric", "p99 stage latency in ms (mean of the members' p99)"), Aggregation::MeanOfActive,
     GoodDirection::Lower, AllUses, [](const AgentColumns& a, std::size_t i) { return double(a.latencyP99Ms[i]); },
     [](const GroupStats& g) { return double(g.latencyP99); }},
    {Metric::QueueDepth, "queue_depth", "stages", QT_TRANSLATE_NOOP("Metric", "Queue depth"),
     QT_TRANSLATE_NOOP("Metric", "Queue depth"), QT_TRANSLATE_NOOP("Metric", "stages"), QT_TRANSLATE_NOOP("Metric", "Queue"),
     QT_TRANSLATE_NOOP("Metric", "Stages waiting (sum of members)"), Aggregation::Sum, GoodDirection::Lower, AllUses,
     [](const AgentColumns& a, std::size_t i) { return double(a.queueDepth[i]); },
     [](const GroupStats& g) { return double(g.queueDepth); }},
    {Metric::Utilisation, "utilisation", "%", QT_TRANSLATE_NOOP("Metric", "Utilisation (%)"),
     QT_TRANSLATE_NOOP("Metric", "Utilisation"), QT_TRANSLATE_NOOP("Metric", "%"), QT_TRANSLATE_NOOP("Metric", "Util. %"),
     QT_TRANSLATE_NOOP("Metric", "Utilisation in percent (mean of members)"), Aggregation::Mean, GoodDirection::None, AllUses,
     [](const AgentColumns& a, std::size_t i) { return double(a.utilisation[i]) * 100.0; },
     [](const GroupStats& g) { return double(g.utilisation) * 100.0; }},
    {Metric::ErrorRate, "error_rate", "/s", QT_TRANSLATE_NOOP("Metric", "Errors/s"),
     QT_TRANSLATE_NOOP("Metric", "Error rate"), QT_TRANSLATE_NOOP("Metric", "failed/s"), QT_TRANSLATE_NOOP("Metric", "Errors/s"),
     QT_TRANSLATE_NOOP("Metric", "Failed stages per second (sum of members)"), Aggregation::Sum, GoodDirection::Lower, AllUses,
     [](const AgentColumns& a, std::size_t i) { return double(a.errorRate[i]); },
     [](const GroupStats& g) { return double(g.errorRate); }},
    {Metric::Throughput, "throughput", "/s", QT_TRANSLATE_NOOP("Metric", "Throughput (stages/s)"),
     QT_TRANSLATE_NOOP("Metric", "Throughput"), QT_TRANSLATE_NOOP("Metric", "stages/s"), QT_TRANSLATE_NOOP("Metric", "Stages/s"),
     QT_TRANSLATE_NOOP("Metric", "Throughput in stages per second (sum of members)"), Aggregation::Sum, GoodDirection::Higher,
     AllUses, [](const AgentColumns& a, std::size_t i) { return double(a.throughput[i]); },
     [](const GroupStats& g) { return double(g.throughput); }},
    // An agent's state code; a group's share of members not idle. The tree shows the states as
    // its Busy / Waiting / Failed columns, and a state code is no threshold for a rule.
    {Metric::State, "state", "", QT_TRANSLATE_NOOP("Metric", "State"), QT_TRANSLATE_NOOP("Metric", "State"), "", "", "",
     Aggregation::ShareActive, GoodDirection::None, ColourBy | TimeViews,
     [](const AgentColumns& a, std::size_t i) { return double(a.state[i]); },
     [](const GroupStats& g) {
         return double(g.agents ? 100.0f * static_cast<float>(g.busy + g.waiting) / static_cast<float>(g.agents) : 0.0f);
     }},
}};

constexpr bool tableInEnumOrder()
{
    for (int m = 0; m < kMetricCount; ++m)
        if (static_cast<int>(kMetrics[static_cast<std::size_t>(m)].metric) != m)
            return false;
    return true;
}
static_assert(tableInEnumOrder(), "kMetrics has one row per Metric, in enum order");

constexpr const MetricInfo& metricInfo(Metric m) { return kMetrics[static_cast<std::size_t>(m)]; }
constexpr const char* metricKey(Metric m) { return m == Metric::Count ? "" : metricInfo(m).key; }
constexpr const char* metricUnit(Metric m) { return m == Metric::Count ? "" : metricInfo(m).unit; }

// The metric with this key; Metric::Count when there is none.
constexpr Metric metricByKey(std::string_view key)
{
    for (const MetricInfo& info : kMetrics)
        if (key == info.key)
            return info.metric;
    return Metric::Count;
}

namespace detail {
// One direct, inlinable call per metric instead of a call through a pointer: the store builds a
// row from these for every group on every tick, the alert evaluator for every agent.
template <std::size_t... I>
double agentReading(const AgentColumns& a, Metric m, std::size_t i, std::index_sequence<I...>)
{
    double v = 0;
    (void)((static_cast<std::size_t>(m) == I && (v = kMetrics[I].fromAgent(a, i), true)) || ...);
    return v;
}
template <std::size_t... I>
double groupReading(const GroupStats& g, Metric m, std::index_sequence<I...>)
{
    double v = 0;
    (void)((static_cast<std::size_t>(m) == I && (v = kMetrics[I].fromGroup(g), true)) || ...);
    return v;
}
} // namespace detail

// A metric's value for one agent / one group, in the units of metricUnit(); 0 for Metric::Count.
inline double agentReading(const AgentColumns& a, Metric m, std::size_t i)
{
    return detail::agentReading(a, m, i, std::make_index_sequence<kMetricCount>{});
}
inline double groupReading(const GroupStats& g, Metric m)
{
    return detail::groupReading(g, m, std::make_index_sequence<kMetricCount>{});
}
// The same as float, as the roll-up series store it.
inline float agentValue(const AgentColumns& a, Metric m, std::size_t i) { return static_cast<float>(agentReading(a, m, i)); }
inline float groupValue(const GroupStats& g, Metric m) { return static_cast<float>(groupReading(g, m)); }

} // namespace omega::model
