#pragma once
// The simulator driven in simulated time straight into a real IngestPipeline (the same encoded
// messages the ZeroMQ publisher sends, without the sockets), for deterministic analysis tests.

#include "model/ingest_pipeline.h"
#include "protocol/codec.h"
#include "sim/fleet_simulator.h"

#include <array>
#include <memory>
#include <string>

namespace omega::testing {

class SimFeed {
public:
    explicit SimFeed(sim::Scenario scenario) : m_sim(std::make_unique<sim::FleetSimulator>(std::move(scenario)))
    {
        m_intervalUs = static_cast<std::int64_t>(m_sim->scenario().tickIntervalMs * 1000.0);
        sendTopology();
    }

    // The publisher restarts: a new simulator from the same scenario, a new epoch, sequences anew.
    void restart()
    {
        m_sim = std::make_unique<sim::FleetSimulator>(m_sim->scenario());
        ++m_epoch;
        m_seq = {};
        sendTopology();
    }

    // Advances the fleet by `seconds` of simulated time, one tick and one pool state per interval.
    void run(double seconds)
    {
        const std::int64_t end = m_sim->nowUs() + static_cast<std::int64_t>(seconds * 1e6);
        while (m_sim->nowUs() + m_intervalUs <= end) {
            m_sim->advanceTo(m_sim->nowUs() + m_intervalUs);
            m_sim->fillTick(m_tick);
            if (!m_sim->dropTelemetryNow())
                send(protocol::Topic::Tick, m_tick);
            else
                ++m_seq[static_cast<std::size_t>(protocol::Topic::Tick)];
            m_sim->fillPools(m_pools);
            send(protocol::Topic::Pool, m_pools);
            for (auto& e : m_sim->takeEvents())
                send(protocol::Topic::Event, e);
        }
        m_pipeline.publishNow(++m_wallUs);
    }

    bool apply(const model::KnobSettings& k, QString* error = nullptr)
    {
        omega::v1::Config c;
        c.set_local_limit(k.localLimit);
        c.set_cloud_limit(k.cloudLimit);
        c.set_cloud_batch(k.cloudBatch);
        c.set_bulk_local_share(static_cast<float>(k.bulkLocalShare));
        return m_sim->applyConfig(c, m_sim->config().version, error);
    }

    sim::FleetSimulator& sim() { return *m_sim; }
    model::IngestPipeline& pipeline() { return m_pipeline; }
    double nowS() const { return static_cast<double>(m_sim->nowUs()) / 1e6; }

    // A keyframe now (as a publisher resends it for late joiners, e.g. a recorder started later).
    void sendTopology()
    {
        omega::v1::Topology topo;
        m_sim->fillTopology(topo);
        send(protocol::Topic::Topo, topo);
    }

private:
    template <typename Message>
    void send(protocol::Topic topic, Message& msg)
    {
        protocol::fillHeader(*msg.mutable_header(), "sim-feed", m_epoch, ++m_seq[static_cast<std::size_t>(topic)],
                             protocol::wallClockUs(), m_sim->nowUs(), m_sim->config().version);
        msg.SerializeToString(&m_buffer);
        const auto name = protocol::topicName(topic);
        m_pipeline.ingest(std::string_view(name.data(), name.size()), m_buffer.data(), m_buffer.size(), ++m_wallUs);
    }

    std::unique_ptr<sim::FleetSimulator> m_sim;
    std::uint64_t m_epoch = 1;
    model::IngestPipeline m_pipeline;
    omega::v1::Tick m_tick;
    omega::v1::Pools m_pools;
    std::string m_buffer;
    std::array<std::uint64_t, protocol::kTopicCount> m_seq{};
    std::int64_t m_intervalUs = 100'000;
    std::int64_t m_wallUs = 1;
};

} // namespace omega::testing
