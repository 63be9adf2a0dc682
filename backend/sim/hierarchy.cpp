#include "sim/hierarchy.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <numeric>

namespace omega::sim {

namespace {

std::uint64_t splitmix(std::uint64_t& x)
{
    std::uint64_t z = (x += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

// Splits `total` into `parts` counts, each >= 1, proportional to seeded log-normal weights
// (largest remainder), so sizes are uneven but the sum is exact.
std::vector<int> unevenSplit(int total, int parts, Rng& rng)
{
    std::vector<int> out(parts, 1);
    int extra = total - parts;
    if (extra <= 0)
        return out;
    std::vector<double> w(parts);
    for (double& x : w)
        x = std::exp(0.45 * rng.normal());
    const double sum = std::accumulate(w.begin(), w.end(), 0.0);
    std::vector<std::pair<double, int>> rem(parts);
    int given = 0;
    for (int i = 0; i < parts; ++i) {
        const double share = extra * w[i] / sum;
        const int whole = int(std::floor(share));
        out[i] += whole;
        given += whole;
        rem[i] = {share - whole, i};
    }
    std::stable_sort(rem.begin(), rem.end(), [](auto& a, auto& b) { return a.first > b.first; });
    for (int k = 0; given < extra; ++k, ++given)
        out[rem[k % parts].second] += 1;
    return out;
}

const char* const kTeamNames[12] = {"Atlas",  "Borealis", "Cygnus", "Draco", "Eridanus", "Fornax",
                                    "Gemini", "Hydra",    "Lyra",   "Orion", "Pegasus",  "Vela"};

} // namespace

Rng::Rng(std::uint64_t seed)
{
    std::uint64_t x = seed;
    for (auto& v : s_)
        v = splitmix(x);
}

std::uint64_t Rng::next()
{
    const std::uint64_t result = rotl(s_[1] * 5, 7) * 9;
    const std::uint64_t t = s_[1] << 17;
    s_[2] ^= s_[0];
    s_[3] ^= s_[1];
    s_[1] ^= s_[2];
    s_[0] ^= s_[3];
    s_[2] ^= t;
    s_[3] = rotl(s_[3], 45);
    return result;
}

double Rng::uniform() { return double(next() >> 11) * 0x1.0p-53; }

std::uint32_t Rng::below(std::uint32_t n) { return std::uint32_t((next() >> 32) * n >> 32); }

double Rng::normal()
{
    if (hasSpare_) {
        hasSpare_ = false;
        return spare_;
    }
    double u1 = uniform();
    while (u1 <= 0.0)
        u1 = uniform();
    const double u2 = uniform();
    const double r = std::sqrt(-2.0 * std::log(u1));
    spare_ = r * std::sin(2.0 * std::numbers::pi * u2);
    hasSpare_ = true;
    return r * std::cos(2.0 * std::numbers::pi * u2);
}

Hierarchy buildHierarchy(const Scenario& s)
{
    Hierarchy h;
    Rng rng(s.seed ^ 0x5eed0fa11ULL);  // own stream: the layout does not shift the run's noise
    const std::vector<int> primesPerTeam = unevenSplit(s.primes, s.teams, rng);
    const std::vector<int> domainsPerPrime = unevenSplit(s.domains, s.primes, rng);
    const std::vector<int> agentsPerDomain = unevenSplit(s.agents, s.domains, rng);

    h.primeTeam.reserve(s.primes);
    h.domainPrime.reserve(s.domains);
    h.agentDomain.reserve(s.agents);
    h.teamDomainBegin.reserve(s.teams + 1);
    h.domainAgentBegin.reserve(s.domains + 1);
    h.agentNames.reserve(s.agents);

    int p = 0, d = 0;
    for (int t = 0; t < s.teams; ++t) {
        QString team = QString::fromLatin1(kTeamNames[t % 12]);
        if (t >= 12)
            team += QString::number(t / 12 + 1);
        h.teamNames << team;
        const QString teamKey = team.toLower();
        h.teamDomainBegin.push_back(std::uint32_t(d));
        for (int pi = 0; pi < primesPerTeam[t]; ++pi, ++p) {
            const QString prime = QStringLiteral("%1.p%2").arg(teamKey).arg(pi + 1, 2, 10, QLatin1Char('0'));
            h.primeNames << prime;
            h.primeTeam.push_back(std::uint32_t(t));
            for (int di = 0; di < domainsPerPrime[p]; ++di, ++d) {
                const QString domain = QStringLiteral("%1.d%2").arg(prime).arg(di + 1);
                h.domainNames << domain;
                h.domainPrime.push_back(std::uint32_t(p));
                h.domainAgentBegin.push_back(std::uint32_t(h.agentDomain.size()));
                for (int ai = 0; ai < agentsPerDomain[d]; ++ai) {
                    h.agentNames << QStringLiteral("%1.a%2").arg(domain).arg(ai + 1, 3, 10, QLatin1Char('0'));
                    h.agentDomain.push_back(std::uint32_t(d));
                }
            }
        }
    }
    h.teamDomainBegin.push_back(std::uint32_t(d));
    h.domainAgentBegin.push_back(std::uint32_t(h.agentDomain.size()));
    return h;
}

} // namespace omega::sim
