#pragma once
// Alert rules: what to watch, over which scope, when to fire and when to clear.
// Rules files are JSON (docs/alerts.md); a bad file is refused with the line and field named.

#include "model/scope.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <cstdint>
#include <optional>
#include <vector>

namespace omega::alerts {

// The longest `for` or `window` a rule may have: 30 days (an SLO's usual budget period).
inline constexpr std::int64_t kMaxDurationUs = std::int64_t{30} * 86'400'000'000;

enum class RuleKind : std::uint8_t {
    Threshold,      // value above/below a level
    RateOfChange,   // change per second over a window above/below a level
    Absence,        // publisher silent, or an agent with work that makes no progress
    BurnRate,       // error budget burning faster than `factor` times the sustainable rate
};
using model::ScopeKind;
enum class Severity : std::uint8_t { Info = 1, Warning = 2, Critical = 3 };

const char* severityKey(Severity s);

struct Rule {
    QString name;
    RuleKind kind = RuleKind::Threshold;
    ScopeKind scope = ScopeKind::Fleet;
    QString metric;               // see docs/alerts.md for the metrics of each scope
    QString pool;                 // Pool scope: which pool ("local", "cloud"); empty = every pool
    bool above = true;            // fire when value > threshold (false: when value < threshold)
    double threshold = 0;
    bool relative = false;        // compare value / median of the scope's instances (outliers vs peers)
    double clear = 0;             // hysteresis: resolved only once past this level (defaults to threshold)
    std::int64_t forUs = 0;       // condition must hold this long before firing
    std::int64_t windowUs = 0;    // RateOfChange / BurnRate window; Absence: silence that counts
    double sloTarget = 0.99;      // BurnRate: success ratio objective
    double burnFactor = 14.4;     // BurnRate: fire when the error ratio exceeds factor x (1 - slo)
    ScopeKind groupBy = ScopeKind::Fleet;  // firing members are grouped into one alert per group
    bool grouped = false;         // false: one alert per scope instance
    Severity severity = Severity::Warning;
    QMap<QString, QString> labels;
    QString summary;
};

struct RuleSet {
    std::vector<Rule> rules;
    // Errors read like "rules.json: line 12, rule 'CloudThrottled', field 'op': expected '>' or '<'".
    static std::optional<RuleSet> parse(const QByteArray& json, const QString& origin, QString* error);
    static std::optional<RuleSet> load(const QString& path, QString* error);
};

// Metrics each scope offers; a rule naming another is refused. Agents, domains, primes and teams
// offer the model's metric table (model/metrics.h) and the count of failed agents.
std::vector<QString> metricsFor(ScopeKind scope);
inline constexpr const char* kFailedAgentsKey = "failed_agents";

} // namespace omega::alerts
