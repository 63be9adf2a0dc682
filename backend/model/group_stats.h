#pragma once
// The roll-up of one group (team, prime kosha or domain kosha) of agents.

namespace omega::model {

struct GroupStats {
    int agents = 0;
    int busy = 0, waiting = 0, failed = 0;
    float throughput = 0;     // stages/s, sum of members
    float errorRate = 0;      // failed stages/s, sum
    float queueDepth = 0;     // stages waiting, sum
    float inFlight = 0;       // stages in service, sum
    float utilisation = 0;    // mean of members, 0..1
    float latencyP99 = 0;     // mean of the p99 of members that ran work
    float latencyP99Max = 0;  // worst member
};

} // namespace omega::model
