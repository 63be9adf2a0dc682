#include "sim/scenario.h"
#include "sim/hierarchy.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <cmath>
#include <limits>

namespace omega::sim {

namespace {

struct KindName {
    FaultSpec::Kind kind;
    const char* name;
};
constexpr KindName kKinds[] = {
    {FaultSpec::Kind::HotKosha, "hotKosha"},
    {FaultSpec::Kind::SlowTeam, "slowTeam"},
    {FaultSpec::Kind::CloudThrottleStorm, "cloudThrottleStorm"},
    {FaultSpec::Kind::AgentCrash, "agentCrash"},
    {FaultSpec::Kind::TelemetryDrops, "telemetryDrops"},
    {FaultSpec::Kind::CapacityChange, "capacityChange"},
    {FaultSpec::Kind::SlowAgent, "slowAgent"},
};

QString kindName(FaultSpec::Kind k)
{
    for (const auto& kn : kKinds)
        if (kn.kind == k)
            return QString::fromLatin1(kn.name);
    return {};
}

QString kindList()
{
    QStringList names;
    for (const auto& kn : kKinds)
        names << QString::fromLatin1(kn.name);
    return names.join(QStringLiteral(", "));
}

// Reads one JSON object; every error names the key with its path, e.g. "faults[1].factor".
class Reader {
public:
    Reader(const QJsonObject& obj, QString path, QString* error) : obj_(obj), path_(std::move(path)), error_(error) {}

    bool ok() const { return ok_; }
    QString key(const QString& k) const { return path_.isEmpty() ? k : path_ + QLatin1Char('.') + k; }

    void fail(const QString& k, const QString& what)
    {
        if (!ok_)
            return;
        ok_ = false;
        if (error_)
            *error_ = QStringLiteral("scenario key '%1': %2").arg(key(k), what);
    }

    // Refuses keys the format does not know, so a typo is not silently ignored.
    void onlyKeys(std::initializer_list<const char*> known)
    {
        for (auto it = obj_.begin(); it != obj_.end(); ++it) {
            bool found = false;
            for (const char* k : known)
                found = found || it.key() == QLatin1String(k);
            if (!found) {
                fail(it.key(), QStringLiteral("unknown key"));
                return;
            }
        }
    }

    void number(const char* k, double& out, double min, double max, bool minExclusive = false)
    {
        const QString name = QString::fromLatin1(k);
        if (!ok_ || !obj_.contains(name))
            return;
        const QJsonValue v = obj_.value(name);
        if (!v.isDouble()) {
            fail(name, QStringLiteral("expected a number"));
            return;
        }
        const double x = v.toDouble();
        if (!std::isfinite(x) || x < min || (minExclusive && x == min) || x > max) {
            fail(name, QStringLiteral("%1 is out of range (%2%3 .. %4)")
                           .arg(x).arg(minExclusive ? QStringLiteral("> ") : QString()).arg(min).arg(max));
            return;
        }
        out = x;
    }

    template <typename Int>
    void integer(const char* k, Int& out, double min, double max)
    {
        const QString name = QString::fromLatin1(k);
        if (!ok_ || !obj_.contains(name))
            return;
        const QJsonValue v = obj_.value(name);
        const double x = v.toDouble(std::numeric_limits<double>::quiet_NaN());
        if (!v.isDouble() || x != std::floor(x)) {
            fail(name, QStringLiteral("expected an integer"));
            return;
        }
        if (x < min || x > max) {
            fail(name, QStringLiteral("%1 is out of range (%2 .. %3)").arg(x).arg(min).arg(max));
            return;
        }
        out = Int(x);
    }

    void string(const char* k, QString& out, bool required = false)
    {
        const QString name = QString::fromLatin1(k);
        if (!ok_)
            return;
        if (!obj_.contains(name)) {
            if (required)
                fail(name, QStringLiteral("missing"));
            return;
        }
        const QJsonValue v = obj_.value(name);
        if (!v.isString()) {
            fail(name, QStringLiteral("expected a string"));
            return;
        }
        out = v.toString();
    }

    bool object(const char* k, QJsonObject& out)
    {
        const QString name = QString::fromLatin1(k);
        if (!ok_ || !obj_.contains(name))
            return false;
        if (!obj_.value(name).isObject()) {
            fail(name, QStringLiteral("expected an object"));
            return false;
        }
        out = obj_.value(name).toObject();
        return true;
    }

    const QJsonObject& raw() const { return obj_; }
    QString* error() const { return error_; }
    void propagate(const Reader& child)
    {
        if (!child.ok())
            ok_ = false;
    }

private:
    QJsonObject obj_;
    QString path_;
    QString* error_;
    bool ok_ = true;
};

constexpr double kMaxCount = 1'000'000;

bool readFault(const QJsonObject& o, const QString& path, FaultSpec& f, QString* error)
{
    Reader r(o, path, error);
    r.onlyKeys({"kind", "startS", "durationS", "target", "factor", "count", "description"});
    QString kind;
    r.string("kind", kind, true);
    if (!r.ok())
        return false;
    bool known = false;
    for (const auto& kn : kKinds)
        if (kind == QLatin1String(kn.name)) {
            f.kind = kn.kind;
            known = true;
        }
    if (!known) {
        r.fail(QStringLiteral("kind"), QStringLiteral("'%1' is not one of %2").arg(kind, kindList()));
        return false;
    }
    r.number("startS", f.startS, 0, 1e9);
    r.number("durationS", f.durationS, 0, 1e9);
    r.string("target", f.target);
    switch (f.kind) {
    case FaultSpec::Kind::TelemetryDrops:
        r.number("factor", f.factor, 0, 1);
        break;
    default:
        r.number("factor", f.factor, 0, 1e6, true);
        break;
    }
    r.integer("count", f.count, 0, kMaxCount);
    if (!r.ok())
        return false;
    const bool needsTarget = f.kind == FaultSpec::Kind::HotKosha || f.kind == FaultSpec::Kind::SlowTeam
                             || f.kind == FaultSpec::Kind::AgentCrash || f.kind == FaultSpec::Kind::SlowAgent;
    if (needsTarget && f.target.isEmpty()) {
        r.fail(QStringLiteral("target"), QStringLiteral("missing (a %1 needs %2 name)")
                                             .arg(kind, f.kind == FaultSpec::Kind::SlowTeam    ? QStringLiteral("a team")
                                                        : f.kind == FaultSpec::Kind::SlowAgent ? QStringLiteral("an agent")
                                                                                                : QStringLiteral("a domain kosha")));
        return false;
    }
    if (f.kind == FaultSpec::Kind::AgentCrash && f.count < 1) {
        r.fail(QStringLiteral("count"), QStringLiteral("an agentCrash needs count >= 1"));
        return false;
    }
    return true;
}

} // namespace

Scenario Scenario::referenceDefault()
{
    return Scenario{};
}

std::optional<Scenario> Scenario::loadFile(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("cannot open scenario file %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QString inner;
    auto s = fromJson(file.readAll(), &inner);
    if (!s && error)
        *error = QStringLiteral("%1: %2").arg(path, inner);
    return s;
}

std::optional<Scenario> Scenario::fromJson(const QByteArray& json, QString* error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError) {
        if (error)
            *error = QStringLiteral("not valid JSON at offset %1: %2").arg(pe.offset).arg(pe.errorString());
        return std::nullopt;
    }
    if (!doc.isObject()) {
        if (error)
            *error = QStringLiteral("a scenario file holds one JSON object");
        return std::nullopt;
    }

    Scenario s = referenceDefault();
    Reader r(doc.object(), QString(), error);
    r.onlyKeys({"name", "description", "seed", "teams", "primes", "domains", "agents", "tasksInFlightPerTeam",
                "localStagesPerTask", "bulkItemsPerTask", "localServiceMs", "uslSigma", "uslKappa",
                "serviceNoiseSigma", "cloudCallBaseMs", "cloudCallPerItemMs", "cloudQuotaPerS", "throttleReplyMs",
                "retryBackoffMs", "sloP99Ms", "tickIntervalMs", "baseline", "bounds", "faults"});
    r.string("name", s.name);
    if (r.ok() && r.raw().contains(QStringLiteral("seed"))) {
        // Seeds above 2^53 do not survive a JSON number, so a decimal string is accepted too.
        const QJsonValue v = r.raw().value(QStringLiteral("seed"));
        bool ok = false;
        if (v.isString())
            s.seed = v.toString().toULongLong(&ok);
        else if (v.isDouble() && v.toDouble() >= 0 && v.toDouble() <= 9007199254740992.0
                 && v.toDouble() == std::floor(v.toDouble())) {
            s.seed = std::uint64_t(v.toDouble());
            ok = true;
        }
        if (!ok)
            r.fail(QStringLiteral("seed"), QStringLiteral("expected a non-negative integer (or a decimal string)"));
    }
    r.integer("teams", s.teams, 1, kMaxCount);
    r.integer("primes", s.primes, 1, kMaxCount);
    r.integer("domains", s.domains, 1, kMaxCount);
    r.integer("agents", s.agents, 1, kMaxCount);
    r.integer("tasksInFlightPerTeam", s.tasksInFlightPerTeam, 1, 100000);
    r.integer("localStagesPerTask", s.localStagesPerTask, 0, 1000);
    r.integer("bulkItemsPerTask", s.bulkItemsPerTask, 0, 1000);
    r.number("localServiceMs", s.localServiceMs, 0, 1e7, true);
    r.number("uslSigma", s.uslSigma, 0, 1);
    r.number("uslKappa", s.uslKappa, 0, 1);
    r.number("serviceNoiseSigma", s.serviceNoiseSigma, 0, 3);
    r.number("cloudCallBaseMs", s.cloudCallBaseMs, 0, 1e7);
    r.number("cloudCallPerItemMs", s.cloudCallPerItemMs, 0, 1e7);
    r.number("cloudQuotaPerS", s.cloudQuotaPerS, 0, 1e7, true);
    r.number("throttleReplyMs", s.throttleReplyMs, 0, 1e7);
    r.number("retryBackoffMs", s.retryBackoffMs, 0, 1e7);
    r.number("sloP99Ms", s.sloP99Ms, 0, 1e9, true);
    r.number("tickIntervalMs", s.tickIntervalMs, 1, 60000);

    QJsonObject sub;
    if (r.object("bounds", sub)) {
        Reader b(sub, QStringLiteral("bounds"), error);
        b.onlyKeys({"maxLocalLimit", "maxCloudLimit", "maxCloudBatch"});
        b.integer("maxLocalLimit", s.bounds.maxLocalLimit, 1, 100000);
        b.integer("maxCloudLimit", s.bounds.maxCloudLimit, 1, 100000);
        b.integer("maxCloudBatch", s.bounds.maxCloudBatch, 1, 10000);
        r.propagate(b);
    }
    if (r.object("baseline", sub)) {
        Reader b(sub, QStringLiteral("baseline"), error);
        b.onlyKeys({"localLimit", "cloudLimit", "cloudBatch", "bulkLocalShare"});
        b.integer("localLimit", s.baseline.localLimit, 1, s.bounds.maxLocalLimit);
        b.integer("cloudLimit", s.baseline.cloudLimit, 1, s.bounds.maxCloudLimit);
        b.integer("cloudBatch", s.baseline.cloudBatch, 1, s.bounds.maxCloudBatch);
        b.number("bulkLocalShare", s.baseline.bulkLocalShare, 0, 1);
        r.propagate(b);
    }
    if (r.ok() && r.raw().contains(QStringLiteral("faults"))) {
        const QJsonValue v = r.raw().value(QStringLiteral("faults"));
        if (!v.isArray()) {
            r.fail(QStringLiteral("faults"), QStringLiteral("expected an array"));
        } else {
            const QJsonArray arr = v.toArray();
            for (int i = 0; i < arr.size() && r.ok(); ++i) {
                const QString path = QStringLiteral("faults[%1]").arg(i);
                if (!arr[i].isObject()) {
                    if (error)
                        *error = QStringLiteral("scenario key '%1': expected an object").arg(path);
                    return std::nullopt;
                }
                FaultSpec f;
                if (!readFault(arr[i].toObject(), path, f, error))
                    return std::nullopt;
                s.faults.push_back(f);
            }
        }
    }
    if (!r.ok())
        return std::nullopt;

    // Relations between keys.
    auto relation = [&](const char* key, const QString& what) {
        if (error)
            *error = QStringLiteral("scenario key '%1': %2").arg(QString::fromLatin1(key), what);
        return std::nullopt;
    };
    if (s.primes < s.teams)
        return relation("primes", QStringLiteral("%1 primes cannot give each of %2 teams one").arg(s.primes).arg(s.teams));
    if (s.domains < s.primes)
        return relation("domains", QStringLiteral("%1 domains cannot give each of %2 primes one").arg(s.domains).arg(s.primes));
    if (s.agents < s.domains)
        return relation("agents", QStringLiteral("%1 agents cannot give each of %2 domains one").arg(s.agents).arg(s.domains));
    if (s.localStagesPerTask + s.bulkItemsPerTask < 1)
        return relation("bulkItemsPerTask", QStringLiteral("a task needs at least one stage or item"));
    if (s.cloudCallBaseMs + s.cloudCallPerItemMs <= 0)
        return relation("cloudCallBaseMs", QStringLiteral("a cloud call must take some time"));
    if (s.throttleReplyMs + s.retryBackoffMs <= 0)
        return relation("retryBackoffMs", QStringLiteral("throttleReplyMs + retryBackoffMs must be > 0"));

    // Fault targets must name something in this scenario's (seeded) hierarchy.
    bool needHierarchy = false;
    for (const FaultSpec& f : s.faults)
        needHierarchy = needHierarchy || !f.target.isEmpty();
    if (needHierarchy) {
        const Hierarchy h = buildHierarchy(s);
        for (int i = 0; i < s.faults.size(); ++i) {
            const FaultSpec& f = s.faults[i];
            if (f.target.isEmpty())
                continue;
            const bool team = f.kind == FaultSpec::Kind::SlowTeam, agent = f.kind == FaultSpec::Kind::SlowAgent;
            const QStringList& names = team ? h.teamNames : agent ? h.agentNames : h.domainNames;
            if (!names.contains(f.target)) {
                if (error)
                    *error = QStringLiteral("scenario key 'faults[%1].target': '%2' is not %3 of this scenario "
                                            "(e.g. '%4')")
                                 .arg(i)
                                 .arg(f.target,
                                      team    ? QStringLiteral("a team")
                                      : agent ? QStringLiteral("an agent")
                                              : QStringLiteral("a domain kosha"),
                                      names.value(0));
                return std::nullopt;
            }
        }
    }
    return s;
}

QByteArray Scenario::toJson() const
{
    QJsonObject o;
    o[QStringLiteral("name")] = name;
    if (seed <= 9007199254740992ULL)
        o[QStringLiteral("seed")] = double(seed);
    else
        o[QStringLiteral("seed")] = QString::number(seed);
    o[QStringLiteral("teams")] = teams;
    o[QStringLiteral("primes")] = primes;
    o[QStringLiteral("domains")] = domains;
    o[QStringLiteral("agents")] = agents;
    o[QStringLiteral("tasksInFlightPerTeam")] = tasksInFlightPerTeam;
    o[QStringLiteral("localStagesPerTask")] = localStagesPerTask;
    o[QStringLiteral("bulkItemsPerTask")] = bulkItemsPerTask;
    o[QStringLiteral("localServiceMs")] = localServiceMs;
    o[QStringLiteral("uslSigma")] = uslSigma;
    o[QStringLiteral("uslKappa")] = uslKappa;
    o[QStringLiteral("serviceNoiseSigma")] = serviceNoiseSigma;
    o[QStringLiteral("cloudCallBaseMs")] = cloudCallBaseMs;
    o[QStringLiteral("cloudCallPerItemMs")] = cloudCallPerItemMs;
    o[QStringLiteral("cloudQuotaPerS")] = cloudQuotaPerS;
    o[QStringLiteral("throttleReplyMs")] = throttleReplyMs;
    o[QStringLiteral("retryBackoffMs")] = retryBackoffMs;
    o[QStringLiteral("sloP99Ms")] = sloP99Ms;
    o[QStringLiteral("tickIntervalMs")] = tickIntervalMs;
    o[QStringLiteral("baseline")] = QJsonObject{
        {QStringLiteral("localLimit"), double(baseline.localLimit)},
        {QStringLiteral("cloudLimit"), double(baseline.cloudLimit)},
        {QStringLiteral("cloudBatch"), double(baseline.cloudBatch)},
        {QStringLiteral("bulkLocalShare"), baseline.bulkLocalShare},
    };
    o[QStringLiteral("bounds")] = QJsonObject{
        {QStringLiteral("maxLocalLimit"), double(bounds.maxLocalLimit)},
        {QStringLiteral("maxCloudLimit"), double(bounds.maxCloudLimit)},
        {QStringLiteral("maxCloudBatch"), double(bounds.maxCloudBatch)},
    };
    QJsonArray fa;
    for (const FaultSpec& f : faults) {
        QJsonObject fo{
            {QStringLiteral("kind"), kindName(f.kind)},
            {QStringLiteral("startS"), f.startS},
            {QStringLiteral("durationS"), f.durationS},
            {QStringLiteral("factor"), f.factor},
            {QStringLiteral("count"), f.count},
        };
        if (!f.target.isEmpty())
            fo[QStringLiteral("target")] = f.target;
        fa.append(fo);
    }
    o[QStringLiteral("faults")] = fa;
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

} // namespace omega::sim
