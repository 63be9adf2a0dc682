#pragma once
// ZeroMQ SUB socket on its own thread, feeding the ingest pipeline. Reconnects on its own
// (ZeroMQ retries the connection; heartbeats notice a dead peer) and asks the publisher for a
// topology keyframe while the pipeline has none. libzmq gives up on a pipe after a protocol error
// (say a non-ZeroMQ program held the port and sent bytes), so after recreateAfterMs without a
// valid message (one the pipeline accepted) the sockets are closed and made anew. Messages above protocol::kMaxMessageBytes are
// refused by libzmq itself (ZMQ_MAXMSGSIZE), which drops that peer.

#include "security/curve_keys.h"

#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <QString>
#include <string>
#include <thread>

namespace zmq { class context_t; }
namespace omega::model { class IngestPipeline; }

namespace omega::transport {

enum class LinkState : std::uint8_t { Stopped, Connecting, Live, Stale };
const char* linkStateName(LinkState state);

class TelemetrySubscriber {
public:
    struct Options {
        std::string endpoint = "tcp://127.0.0.1:5556";
        std::string controlEndpoint = "tcp://127.0.0.1:5557";   // empty: never ask for topology
        int receiveHighWaterMark = 500;     // ~70 MB of 3k-agent ticks; beyond it PUB drops (counted as gaps)
        int staleAfterMs = 2'000;
        int recreateAfterMs = 5'000;        // no valid message this long: close and recreate the sockets
        zmq::context_t* context = nullptr;                      // shared context (inproc); null = own
        security::CurveClient curve;        // enabled: the control DEALER speaks CURVE with these keys
        bool curveTelemetry = false;        // … and so does the SUB (the publisher must expect it)
    };

    TelemetrySubscriber(model::IngestPipeline& pipeline, Options options);
    ~TelemetrySubscriber();
    TelemetrySubscriber(const TelemetrySubscriber&) = delete;
    TelemetrySubscriber& operator=(const TelemetrySubscriber&) = delete;

    void start();
    void stop();
    LinkState state() const { return m_state.load(std::memory_order_relaxed); }
    std::uint64_t topologyRequests() const { return m_topologyRequests.load(std::memory_order_relaxed); }
    // Times the sockets were recreated after recreateAfterMs of silence.
    std::uint64_t socketRecreations() const { return m_recreations.load(std::memory_order_relaxed); }
    const std::string& endpoint() const { return m_options.endpoint; }
    // Why a CURVE handshake last failed (say, the publisher refused our key); empty when fine.
    QString securityProblem() const;

private:
    void run();

    model::IngestPipeline& m_pipeline;
    Options m_options;
    std::unique_ptr<zmq::context_t> m_ownContext;
    std::thread m_thread;
    std::atomic<bool> m_stop{false};
    std::atomic<LinkState> m_state{LinkState::Stopped};
    std::atomic<std::uint64_t> m_topologyRequests{0};
    std::atomic<std::uint64_t> m_recreations{0};
    mutable std::mutex m_problemMutex;
    QString m_securityProblem;
};

} // namespace omega::transport
