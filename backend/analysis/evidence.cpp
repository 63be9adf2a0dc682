#include "analysis/evidence.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace omega::analysis {

void Evidence::set(Quantity q, double v)
{
    auto it = std::lower_bound(numbers.begin(), numbers.end(), q,
                               [](const EvidenceNumber& n, Quantity key) { return n.quantity < key; });
    if (it != numbers.end() && it->quantity == q)
        it->value = v;
    else
        numbers.insert(it, {q, v});
}

void Evidence::set(std::initializer_list<EvidenceNumber> list)
{
    for (const EvidenceNumber& n : list)
        set(n.quantity, n.value);
}

bool Evidence::has(Quantity q) const
{
    for (const EvidenceNumber& n : numbers)
        if (n.quantity == q)
            return true;
    return false;
}

double Evidence::value(Quantity q, double fallback) const
{
    for (const EvidenceNumber& n : numbers)
        if (n.quantity == q)
            return n.value;
    return fallback;
}

QJsonObject Evidence::toJson() const
{
    QJsonObject values;
    for (const EvidenceNumber& n : numbers)
        if (n.quantity != Quantity::Count && std::isfinite(n.value))   // JSON has no inf or NaN
            values.insert(QLatin1String(quantityInfo(n.quantity).key), n.value);
    QJsonArray refs;
    for (const SeriesRef& r : series) {
        QJsonObject o;
        o.insert(QStringLiteral("scope"), QLatin1String(model::scopeKindKey(r.scope.kind)));
        if (r.scope.kind != model::ScopeKind::Fleet)
            o.insert(QStringLiteral("index"), r.scope.index);
        o.insert(QStringLiteral("metric"), r.metric);
        refs.append(o);
    }
    QJsonObject json;
    json.insert(QStringLiteral("from_sim_us"), static_cast<double>(fromSimUs));
    json.insert(QStringLiteral("to_sim_us"), static_cast<double>(toSimUs));
    json.insert(QStringLiteral("numbers"), values);
    if (!refs.isEmpty())
        json.insert(QStringLiteral("series"), refs);
    return json;
}

std::optional<Evidence> Evidence::fromJson(const QJsonObject& json, QString* error)
{
    auto fail = [error](const QString& why) -> std::optional<Evidence> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    Evidence e;
    // Simulated microseconds: whole numbers within ±2^53 (what a JSON number holds exactly).
    constexpr double kMaxUs = 9007199254740992.0;
    const double from = json.value(QStringLiteral("from_sim_us")).toDouble(NAN);
    const double to = json.value(QStringLiteral("to_sim_us")).toDouble(NAN);
    if (!(std::abs(from) <= kMaxUs) || !(std::abs(to) <= kMaxUs))
        return fail(QStringLiteral("evidence: 'from_sim_us' and 'to_sim_us' must be numbers of microseconds"));
    e.fromSimUs = static_cast<std::int64_t>(from);
    e.toSimUs = static_cast<std::int64_t>(to);
    const QJsonObject values = json.value(QStringLiteral("numbers")).toObject();
    for (auto it = values.begin(); it != values.end(); ++it) {
        const auto q = quantityByKey(it.key().toStdString());
        if (!q)
            return fail(QStringLiteral("evidence: unknown quantity '%1'").arg(it.key().left(64)));
        if (!it.value().isDouble())
            return fail(QStringLiteral("evidence: '%1' is not a number").arg(it.key()));
        e.set(*q, it.value().toDouble());
    }
    for (const QJsonValue& v : json.value(QStringLiteral("series")).toArray()) {
        const QJsonObject o = v.toObject();
        const auto kind = model::scopeKindFromKey(o.value(QStringLiteral("scope")).toString().toStdString());
        if (!kind)
            return fail(QStringLiteral("evidence: a series has an unknown scope '%1'").arg(o.value(QStringLiteral("scope")).toString().left(32)));
        SeriesRef r;
        r.scope = *kind == model::ScopeKind::Fleet ? model::Scope::fleet() : model::Scope{*kind, o.value(QStringLiteral("index")).toInt(-1)};
        r.metric = o.value(QStringLiteral("metric")).toString();
        e.series.push_back(r);
    }
    return e;
}

} // namespace omega::analysis
