// Ingests into a store until killed, printing "acked N" each time the writer has committed:
// samples FIRST..FIRST+N-1 (sample k: series k % 50, time base + k ms, value k) are then in the
// file. Compaction runs all along (the samples are years old), so a kill may land in it too.
// Bounded: it stops by itself after 5,000,000 samples, should nobody kill it.
#include "timeseriesstore.h"

#include <QCoreApplication>
#include <cstdio>
#include <cstdlib>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: store_kill_helper FILE FIRST\n");
        return 2;
    }
    const std::int64_t first = std::atoll(argv[2]);
    store::StoreOptions options;
    options.commitIntervalMs = 20; // many batches, quickly
    options.maintenanceIntervalMs = 50;
    options.compactAfterMs = 1000;
    options.retentionMs = 0;
    store::TimeSeriesStore store;
    store.setCommittedCallback([first](std::uint64_t acknowledged) {
        std::printf("acked %llu\n",
                    static_cast<unsigned long long>(first) + static_cast<unsigned long long>(acknowledged));
        std::fflush(stdout);
    });
    QString error;
    if (!store.open(QString::fromLocal8Bit(argv[1]), options, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    std::vector<store::SeriesRef> series;
    for (int i = 0; i < 50; ++i)
        series.push_back(store.series("kill_test", {{"n", std::to_string(i)}}));
    constexpr std::int64_t base = 1'700'000'000'000;
    std::vector<store::Sample> batch;
    for (std::int64_t k = first; k < first + 5'000'000; ++k) {
        batch.push_back({series[std::size_t(k % 50)], base + k, double(k)});
        if (batch.size() == 500) {
            store.append(batch);
            batch.clear();
            // Paces ingest to the writer so the queue stays small; the test kills us at any point.
            while (store.queued() > 20'000)
                store.flush(std::chrono::milliseconds(100));
        }
    }
    std::fprintf(stderr, "store_kill_helper: not killed after 5,000,000 samples\n");
    return 3;
}
