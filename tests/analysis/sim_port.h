#pragma once
// The simulator's own applyConfig behind a tuning ConfigPort, for deterministic closed-loop runs
// in simulated time (the ZeroMQ control channel is exercised end to end elsewhere).

#include "sim_feed.h"
#include "tuning/config_port.h"
#include "tuning/tuning_controller.h"

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

// One simulated second of the closed loop: the fleet runs, the controller sees the new rows.
inline void stepClosedLoop(SimFeed& feed, tuning::TuningController& controller, std::int64_t& after)
{
    feed.run(1);
    std::uint64_t gen = 0;
    const auto rows = feed.pipeline().operatingSamples(after, &gen);
    if (!rows.empty())
        after = rows.back().simUs;
    controller.advance(rows, gen, feed.pipeline().latest()->knobRanges);
}

} // namespace omega::testing
