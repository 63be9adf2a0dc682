#include "protocol/codec.h"

#include <chrono>

namespace omega::protocol {

Topic topicFromFrame(std::string_view frame)
{
    if (frame == "tick") return Topic::Tick;
    if (frame == "pool") return Topic::Pool;
    if (frame == "topo") return Topic::Topo;
    if (frame == "event") return Topic::Event;
    return Topic::Unknown;
}

std::string_view topicName(Topic topic)
{
    switch (topic) {
    case Topic::Topo: return "topo";
    case Topic::Tick: return "tick";
    case Topic::Pool: return "pool";
    case Topic::Event: return "event";
    case Topic::Unknown: break;
    }
    return "unknown";
}

std::string_view describe(DecodeError error)
{
    switch (error) {
    case DecodeError::None: return "ok";
    case DecodeError::BadFraming: return "bad framing (expected [topic, payload])";
    case DecodeError::UnknownTopic: return "unknown topic";
    case DecodeError::Unparsable: return "payload does not parse";
    case DecodeError::WrongVersion: return "unsupported protocol version";
    case DecodeError::Inconsistent: return "inconsistent message";
    }
    return "?";
}

namespace {
template <typename Message>
DecodeError parseWithHeader(const void* data, std::size_t size, Message& out)
{
    if (size > static_cast<std::size_t>(INT32_MAX) || !out.ParseFromArray(data, static_cast<int>(size)))
        return DecodeError::Unparsable;
    if (!out.has_header())
        return DecodeError::Inconsistent;
    if (out.header().protocol_version() != kProtocolVersion)
        return DecodeError::WrongVersion;
    return DecodeError::None;
}
} // namespace

DecodeError validate(const omega::v1::Topology& topo)
{
    const auto teams = static_cast<std::uint32_t>(topo.teams_size());
    const auto primes = static_cast<std::uint32_t>(topo.primes_size());
    const auto domains = static_cast<std::uint32_t>(topo.domains_size());
    if (topo.agent_names_size() != topo.agent_domain_size())
        return DecodeError::Inconsistent;
    for (const auto& p : topo.primes())
        if (p.team() >= teams) return DecodeError::Inconsistent;
    for (const auto& d : topo.domains())
        if (d.prime() >= primes) return DecodeError::Inconsistent;
    for (const auto a : topo.agent_domain())
        if (a >= domains) return DecodeError::Inconsistent;
    return DecodeError::None;
}

DecodeError validate(const omega::v1::Tick& t)
{
    const int n = static_cast<int>(t.agent_count());
    if (n < 0 || static_cast<int>(t.state().size()) != n)
        return DecodeError::Inconsistent;
    const bool columnsOk = t.queue_depth_size() == n && t.in_flight_size() == n && t.completed_size() == n
        && t.failed_size() == n && t.latency_p50_ms_size() == n && t.latency_p99_ms_size() == n
        && t.local_calls_size() == n && t.cloud_calls_size() == n && t.cpu_share_size() == n
        && t.throttled_size() == n && t.utilisation_size() == n;
    return columnsOk ? DecodeError::None : DecodeError::Inconsistent;
}

DecodeError decodeTopology(const void* data, std::size_t size, omega::v1::Topology& out)
{
    const auto e = parseWithHeader(data, size, out);
    return e != DecodeError::None ? e : validate(out);
}

DecodeError decodeTick(const void* data, std::size_t size, omega::v1::Tick& out)
{
    const auto e = parseWithHeader(data, size, out);
    return e != DecodeError::None ? e : validate(out);
}

DecodeError decodePools(const void* data, std::size_t size, omega::v1::Pools& out)
{
    return parseWithHeader(data, size, out);
}

DecodeError decodeEvent(const void* data, std::size_t size, omega::v1::Event& out)
{
    return parseWithHeader(data, size, out);
}

void fillHeader(omega::v1::Header& h, std::string_view publisherId, std::uint64_t epoch, std::uint64_t sequence,
                std::int64_t wallTimeUs, std::int64_t simTimeUs, std::uint64_t configVersion)
{
    h.set_protocol_version(kProtocolVersion);
    h.set_publisher_id(publisherId.data(), publisherId.size());
    h.set_epoch(epoch);
    h.set_sequence(sequence);
    h.set_wall_time_us(wallTimeUs);
    h.set_sim_time_us(simTimeUs);
    h.set_config_version(configVersion);
}

std::int64_t wallClockUs()
{
    using namespace std::chrono;
    return duration_cast<microseconds>(system_clock::now().time_since_epoch()).count();
}

} // namespace omega::protocol
