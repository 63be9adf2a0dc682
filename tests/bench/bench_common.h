#pragma once
// Small helpers shared by the benchmark programs: machine description, /proc/self/status readings,
// clocks and order statistics.

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include <sys/utsname.h>
#include <unistd.h>

namespace omega::bench {

inline std::int64_t nowNs()
{
    using namespace std::chrono;
    return duration_cast<nanoseconds>(steady_clock::now().time_since_epoch()).count();
}

inline double nowS() { return static_cast<double>(nowNs()) / 1e9; }

// A field of /proc/self/status in kB (VmRSS, VmHWM, ...), -1 if absent.
inline long procStatusKb(const char* field)
{
    std::ifstream in("/proc/self/status");
    std::string line;
    const std::string key = std::string(field) + ":";
    while (std::getline(in, line)) {
        if (line.rfind(key, 0) == 0)
            return std::strtol(line.c_str() + key.size(), nullptr, 10);
    }
    return -1;
}

inline double rssMb() { return static_cast<double>(procStatusKb("VmRSS")) / 1024.0; }
inline double hwmMb() { return static_cast<double>(procStatusKb("VmHWM")) / 1024.0; }

inline std::string cpuModel()
{
    std::ifstream in("/proc/cpuinfo");
    std::string line;
    while (std::getline(in, line)) {
        if (line.rfind("model name", 0) == 0) {
            const auto colon = line.find(':');
            return colon == std::string::npos ? line : line.substr(colon + 2);
        }
    }
    return "unknown";
}

inline std::string firstLine(const char* path)
{
    std::ifstream in(path);
    std::string line;
    std::getline(in, line);
    return line;
}

inline double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    const auto k = static_cast<std::size_t>(p * static_cast<double>(v.size() - 1) + 0.5);
    std::nth_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(k), v.end());
    return v[k];
}
inline double median(std::vector<double> v) { return percentile(std::move(v), 0.5); }

inline void printMachine(const char* program)
{
    char date[64];
    const std::time_t t = std::time(nullptr);
    std::strftime(date, sizeof date, "%Y-%m-%d %H:%M:%S %Z", std::localtime(&t));
    utsname u{};
    uname(&u);
    long memKb = 0;
    {
        std::ifstream in("/proc/meminfo");
        std::string key;
        in >> key >> memKb;
    }
    std::printf("== %s ==\n", program);
    std::printf("date      %s\n", date);
    std::printf("machine   %ld CPUs online (nproc), %s, %.1f GiB RAM, %s %s\n", sysconf(_SC_NPROCESSORS_ONLN),
                cpuModel().c_str(), static_cast<double>(memKb) / (1024.0 * 1024.0), u.sysname, u.release);
    std::printf("load avg  %s\n", firstLine("/proc/loadavg").c_str());
#ifdef NDEBUG
    std::printf("build     optimised (NDEBUG)\n");
#else
    std::printf("build     NOT optimised (assertions on): figures are not representative\n");
#endif
    std::printf("\n");
    std::fflush(stdout);
}

} // namespace omega::bench
