#pragma once
// Sees the model right after each applied tick, and the source's idle moments, on the source
// thread (the alert evaluator). Must be quick: the next frame waits. Set on the IngestPipeline.

#include "model/fleet_state.h"
#include "model/rollup.h"

#include <cstdint>

namespace omega::model {

class IngestObserver {
public:
    virtual ~IngestObserver() = default;
    virtual void onTick(const FleetState& fleet, const Rollups& rollups, std::int64_t publishWallUs,
                        std::int64_t recvWallUs) = 0;
    virtual void onIdle(std::int64_t nowWallUs, std::int64_t lastMessageWallUs) = 0;
    virtual void onRestart() = 0;
};

} // namespace omega::model
