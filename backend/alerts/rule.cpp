#include "alerts/rule.h"

#include "model/metrics.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <algorithm>

namespace omega::alerts {

const char* severityKey(Severity s)
{
    switch (s) {
    case Severity::Info: return "info";
    case Severity::Warning: return "warning";
    case Severity::Critical: return "critical";
    }
    return "?";
}

std::vector<QString> metricsFor(ScopeKind scope)
{
    switch (scope) {
    case ScopeKind::Agent:
    case ScopeKind::Domain:
    case ScopeKind::Prime:
    case ScopeKind::Team:
    {
        // The model's metrics that make sense as a threshold, then the count of failed members.
        std::vector<QString> keys;
        for (const model::MetricInfo& info : model::kMetrics)
            if (info.uses & model::AlertRules)
                keys.push_back(QLatin1String(info.key));
        keys.push_back(QLatin1String(kFailedAgentsKey));
        return keys;
    }
    case ScopeKind::Pool:
        return {QStringLiteral("in_use"), QStringLiteral("waiting"), QStringLiteral("utilisation"),
                QStringLiteral("throttled_per_s"), QStringLiteral("latency_p99"), QStringLiteral("completed_per_s")};
    case ScopeKind::Fleet:
        return {QStringLiteral("tasks_per_s"), QStringLiteral("failed_tasks_per_s"), QStringLiteral("task_latency_p99"),
                QStringLiteral("task_latency_p50"), QStringLiteral("tasks_in_flight"), QStringLiteral("queued_stages"),
                QStringLiteral("failed_agents")};
    }
    return {};
}

namespace {
// "500ms", "5s", "2m", "1h" or a bare number of seconds, at most kMaxDurationUs. The value is
// checked as a double before it becomes an int64, so 1e30 or "99999999999999999999h" is an error,
// not an overflow.
std::optional<std::int64_t> parseDuration(const QJsonValue& v, QString* why)
{
    double us = 0;
    if (v.isDouble()) {
        us = v.toDouble() * 1e6;
    } else {
        static const QRegularExpression re(QStringLiteral("^\\s*([0-9]+(?:\\.[0-9]+)?)\\s*(ms|s|m|h)\\s*$"));
        const auto m = re.match(v.toString());
        if (!m.hasMatch()) {
            *why = QStringLiteral("expected a duration like \"500ms\", \"5s\", \"2m\" or \"1h\"");
            return std::nullopt;
        }
        const QString unit = m.captured(2);
        const double scale = unit == QLatin1String("ms") ? 1e3 : unit == QLatin1String("s") ? 1e6 : unit == QLatin1String("m") ? 60e6 : 3600e6;
        us = m.captured(1).toDouble() * scale;
    }
    if (!(us >= 0)) {
        *why = QStringLiteral("expected a duration of 0 or more");
        return std::nullopt;
    }
    if (!(us <= static_cast<double>(kMaxDurationUs))) {
        *why = QStringLiteral("longer than the longest duration allowed (%1 days)").arg(kMaxDurationUs / 86'400'000'000);
        return std::nullopt;
    }
    return static_cast<std::int64_t>(us);
}

std::optional<ScopeKind> parseScope(const QString& s)
{
    return model::scopeKindFromKey(s.toStdString());
}

int lineOf(const QByteArray& json, int offset)
{
    return static_cast<int>(std::count(json.begin(), json.begin() + std::clamp(offset, 0, static_cast<int>(json.size())), '\n')) + 1;
}

// Where rule `index` starts in the text: the index-th '{' at nesting depth 2 (inside "rules": [ ... ]).
int ruleLine(const QByteArray& json, int index)
{
    int depth = 0, seen = -1;
    bool inString = false;
    for (int i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"')
            inString = true;
        else if (c == '{' || c == '[') {
            ++depth;
            if (c == '{' && depth == 3 && ++seen == index)
                return lineOf(json, i);
        } else if (c == '}' || c == ']')
            --depth;
    }
    return 0;
}
} // namespace

std::optional<RuleSet> RuleSet::parse(const QByteArray& json, const QString& origin, QString* error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError) {
        if (error)
            *error = QStringLiteral("%1: line %2: %3").arg(origin).arg(lineOf(json, pe.offset)).arg(pe.errorString());
        return std::nullopt;
    }
    if (!doc.isObject() || !doc.object().value(QStringLiteral("rules")).isArray()) {
        if (error)
            *error = QStringLiteral("%1: line 1: expected an object with a \"rules\" array").arg(origin);
        return std::nullopt;
    }
    RuleSet set;
    const QJsonArray rules = doc.object().value(QStringLiteral("rules")).toArray();
    static const QStringList known = {QStringLiteral("name"), QStringLiteral("type"), QStringLiteral("scope"), QStringLiteral("metric"),
                                      QStringLiteral("pool"), QStringLiteral("op"), QStringLiteral("threshold"), QStringLiteral("clear"),
                                      QStringLiteral("for"), QStringLiteral("window"), QStringLiteral("slo"), QStringLiteral("factor"),
                                      QStringLiteral("group_by"), QStringLiteral("severity"), QStringLiteral("labels"), QStringLiteral("summary"),
                                      QStringLiteral("relative")};
    for (int i = 0; i < rules.size(); ++i) {
        const QJsonObject o = rules.at(i).toObject();
        Rule r;
        r.name = o.value(QStringLiteral("name")).toString();
        auto fail = [&](const QString& field, const QString& why) {
            if (error)
                *error = QStringLiteral("%1: line %2, rule '%3', field '%4': %5")
                             .arg(origin).arg(ruleLine(json, i)).arg(r.name.isEmpty() ? QString::number(i + 1) : r.name, field, why);
            return std::nullopt;
        };
        if (!rules.at(i).isObject())
            return fail(QStringLiteral("-"), QStringLiteral("a rule must be an object"));
        for (auto it = o.begin(); it != o.end(); ++it)
            if (!known.contains(it.key()))
                return fail(it.key(), QStringLiteral("unknown field"));
        if (r.name.isEmpty())
            return fail(QStringLiteral("name"), QStringLiteral("every rule needs a name"));
        for (const Rule& other : set.rules)
            if (other.name == r.name)
                return fail(QStringLiteral("name"), QStringLiteral("another rule has this name"));

        const QString type = o.value(QStringLiteral("type")).toString(QStringLiteral("threshold"));
        if (type == QLatin1String("threshold")) r.kind = RuleKind::Threshold;
        else if (type == QLatin1String("rate")) r.kind = RuleKind::RateOfChange;
        else if (type == QLatin1String("absence")) r.kind = RuleKind::Absence;
        else if (type == QLatin1String("burn")) r.kind = RuleKind::BurnRate;
        else return fail(QStringLiteral("type"), QStringLiteral("expected threshold, rate, absence or burn"));

        const auto scope = parseScope(o.value(QStringLiteral("scope")).toString(QStringLiteral("fleet")));
        if (!scope)
            return fail(QStringLiteral("scope"), QStringLiteral("expected agent, domain, prime, team, pool or fleet"));
        r.scope = *scope;
        if (o.contains(QStringLiteral("pool"))) {
            if (r.scope != ScopeKind::Pool)
                return fail(QStringLiteral("pool"), QStringLiteral("only rules with scope pool name a pool"));
            r.pool = o.value(QStringLiteral("pool")).toString();
            if (r.pool != QLatin1String("local") && r.pool != QLatin1String("cloud"))
                return fail(QStringLiteral("pool"), QStringLiteral("expected local or cloud"));
        }

        if (r.kind == RuleKind::Threshold || r.kind == RuleKind::RateOfChange) {
            r.metric = o.value(QStringLiteral("metric")).toString();
            const auto metrics = metricsFor(r.scope);
            if (std::find(metrics.begin(), metrics.end(), r.metric) == metrics.end()) {
                QStringList names;
                for (const QString& m : metrics)
                    names << m;
                return fail(QStringLiteral("metric"), QStringLiteral("'%1' is not a metric of scope %2 (one of: %3)")
                                                         .arg(r.metric, QLatin1String(model::scopeKindKey(r.scope)), names.join(QStringLiteral(", "))));
            }
            const QString op = o.value(QStringLiteral("op")).toString(QStringLiteral(">"));
            if (op != QLatin1String(">") && op != QLatin1String("<"))
                return fail(QStringLiteral("op"), QStringLiteral("expected '>' or '<'"));
            r.above = op == QLatin1String(">");
            if (!o.value(QStringLiteral("threshold")).isDouble())
                return fail(QStringLiteral("threshold"), QStringLiteral("expected a number"));
            r.threshold = o.value(QStringLiteral("threshold")).toDouble();
            r.relative = o.value(QStringLiteral("relative")).toBool(false);
            if (r.relative && (r.kind != RuleKind::Threshold || r.scope == ScopeKind::Fleet || r.scope == ScopeKind::Pool))
                return fail(QStringLiteral("relative"), QStringLiteral("only threshold rules over agents, domains, primes or teams compare with their peers"));
            r.clear = o.value(QStringLiteral("clear")).toDouble(r.threshold);
            if (o.contains(QStringLiteral("clear")) && !o.value(QStringLiteral("clear")).isDouble())
                return fail(QStringLiteral("clear"), QStringLiteral("expected a number"));
            if (r.above ? r.clear > r.threshold : r.clear < r.threshold)
                return fail(QStringLiteral("clear"), QStringLiteral("must be on the quiet side of the threshold (hysteresis)"));
        }
        if (r.kind == RuleKind::Absence && r.scope != ScopeKind::Fleet && r.scope != ScopeKind::Agent)
            return fail(QStringLiteral("scope"), QStringLiteral("absence rules watch the publisher (fleet) or agents"));
        if (r.kind == RuleKind::BurnRate && r.scope != ScopeKind::Fleet)
            return fail(QStringLiteral("scope"), QStringLiteral("burn rules watch the fleet's task error budget"));

        for (const auto& [field, target] : {std::pair{QStringLiteral("for"), &r.forUs}, std::pair{QStringLiteral("window"), &r.windowUs}}) {
            if (!o.contains(field))
                continue;
            QString why;
            const auto d = parseDuration(o.value(field), &why);
            if (!d)
                return fail(field, why);
            *target = *d;
        }
        if ((r.kind == RuleKind::RateOfChange || r.kind == RuleKind::BurnRate || r.kind == RuleKind::Absence) && r.windowUs <= 0)
            return fail(QStringLiteral("window"), QStringLiteral("this rule type needs a window"));
        if (r.kind == RuleKind::BurnRate) {
            r.sloTarget = o.value(QStringLiteral("slo")).toDouble(0.99);
            r.burnFactor = o.value(QStringLiteral("factor")).toDouble(14.4);
            if (!(r.sloTarget > 0 && r.sloTarget < 1))
                return fail(QStringLiteral("slo"), QStringLiteral("expected a success ratio between 0 and 1, e.g. 0.99"));
            if (!(r.burnFactor > 0))
                return fail(QStringLiteral("factor"), QStringLiteral("expected a positive number"));
        }
        if (o.contains(QStringLiteral("group_by"))) {
            const auto g = parseScope(o.value(QStringLiteral("group_by")).toString());
            if (!g || !model::isAbove(*g, r.scope))
                return fail(QStringLiteral("group_by"), QStringLiteral("expected a level above the scope (domain, prime, team or fleet)"));
            r.groupBy = *g;
            r.grouped = true;
        }
        const QString sev = o.value(QStringLiteral("severity")).toString(QStringLiteral("warning"));
        if (sev == QLatin1String("info")) r.severity = Severity::Info;
        else if (sev == QLatin1String("warning")) r.severity = Severity::Warning;
        else if (sev == QLatin1String("critical")) r.severity = Severity::Critical;
        else return fail(QStringLiteral("severity"), QStringLiteral("expected info, warning or critical"));
        const QJsonObject labels = o.value(QStringLiteral("labels")).toObject();
        for (auto it = labels.begin(); it != labels.end(); ++it)
            r.labels.insert(it.key(), it.value().toString());
        r.summary = o.value(QStringLiteral("summary")).toString();
        set.rules.push_back(std::move(r));
    }
    return set;
}

std::optional<RuleSet> RuleSet::load(const QString& path, QString* error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, f.errorString());
        return std::nullopt;
    }
    return parse(f.readAll(), path, error);
}

} // namespace omega::alerts
