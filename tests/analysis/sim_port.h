#pragma once
// The simulator's own applyConfig behind a tuning ConfigPort, for deterministic closed-loop runs
// in simulated time (the ZeroMQ control channel is exercised end to end elsewhere).

#include "sim_feed.h"
#include "tuning/config_port.h"

namespace omega::testing {

class SimFeedPort : public tuning::ConfigPort {
public:
    explicit SimFeedPort(SimFeed& feed) : m_feed(feed) {}
    std::optional<tuning::ApplyReply> apply(const model::KnobSettings& to, std::uint64_t expected, const std::string&,
                                            QString*) override
    {
        ++sends;
        omega::v1::Config c;
        c.set_local_limit(to.localLimit);
        c.set_cloud_limit(to.cloudLimit);
        c.set_cloud_batch(to.cloudBatch);
        c.set_bulk_local_share(static_cast<float>(to.bulkLocalShare));
        tuning::ApplyReply r;
        r.ok = m_feed.sim().applyConfig(c, expected, &r.error);
        const auto& k = m_feed.sim().config();
        r.config = model::KnobSettings{k.version, k.localLimit, k.cloudLimit, k.cloudBatch, k.bulkLocalShare, true};
        r.simTimeUs = m_feed.sim().nowUs();
        return r;
    }
    int sends = 0;

private:
    SimFeed& m_feed;
};

} // namespace omega::testing
