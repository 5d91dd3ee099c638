// Parse throughput and memory of parseMetrics on a payload file (see prometheus_parse.sh).
// Prints JSON lines: parse_throughput (MB/s, best of N full parses into families) and
// peak_memory_ratio (peak RSS growth while parsing / payload size; the payload itself is
// loaded before the baseline is taken, as a scraper holds the body anyway).
#include "parsemetrics.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>

namespace {

long statusKb(const char* field)
{
    std::ifstream status("/proc/self/status");
    std::string line;
    const std::string prefix = std::string(field) + ":";
    while (std::getline(status, line)) {
        if (line.rfind(prefix, 0) == 0)
            return std::atol(line.c_str() + prefix.size());
    }
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s PAYLOAD [ITERATIONS]\n", argv[0]);
        return 2;
    }
    const int iterations = argc > 2 ? std::atoi(argv[2]) : 20;
    std::FILE* file = std::fopen(argv[1], "rb");
    if (!file)
        return 2;
    std::fseek(file, 0, SEEK_END);
    std::string payload(static_cast<std::size_t>(std::ftell(file)), '\0');
    std::fseek(file, 0, SEEK_SET);
    if (std::fread(payload.data(), 1, payload.size(), file) != payload.size())
        return 2;
    std::fclose(file);

    const long baselineKb = statusKb("VmHWM");
    double best = 1e30;
    std::size_t samples = 0;
    for (int i = 0; i < iterations; ++i) {
        const auto start = std::chrono::steady_clock::now();
        const Prometheus::ParseResult result =
            Prometheus::parseMetrics(payload, Prometheus::ExpositionFormat::Text);
        const double seconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        if (!result.ok()) {
            std::fprintf(stderr, "parse failed: %s\n", result.error->toString().c_str());
            return 1;
        }
        samples = result.metrics.sampleCount();
        best = std::min(best, seconds);
    }
    const long peakKb = statusKb("VmHWM");
    const double megabytes = static_cast<double>(payload.size()) / 1e6;
    std::printf("{\"bench\": \"prometheus_parse\", \"metric\": \"parse_throughput\", \"value\": %.1f, "
                "\"unit\": \"MB/s\", \"peer\": null, \"payload_bytes\": %zu, \"samples\": %zu}\n",
                megabytes / best, payload.size(), samples);
    std::printf("{\"bench\": \"prometheus_parse\", \"metric\": \"peak_memory_ratio\", \"value\": %.2f, "
                "\"unit\": \"x payload\", \"peer\": null, \"peak_growth_kb\": %ld}\n",
                static_cast<double>(peakKb - baselineKb) * 1024.0 / static_cast<double>(payload.size()),
                peakKb - baselineKb);
    return 0;
}
