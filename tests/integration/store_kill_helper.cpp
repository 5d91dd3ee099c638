// Ingests into a store until killed, printing "acked N" each time the writer has committed:
// samples 0..N-1 (sample k: series k % 50, time base + k ms, value k) are then in the file.
#include "timeseriesstore.h"

#include <QCoreApplication>
#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: store_kill_helper FILE\n");
        return 2;
    }
    store::StoreOptions options;
    options.commitIntervalMs = 20; // many batches, quickly
    options.maintenanceIntervalMs = 0;
    store::TimeSeriesStore store;
    store.setCommittedCallback([](std::uint64_t acknowledged) {
        std::printf("acked %llu\n", static_cast<unsigned long long>(acknowledged));
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
    for (std::int64_t k = 0;; ++k) {
        batch.push_back({series[std::size_t(k % 50)], base + k, double(k)});
        if (batch.size() == 500) {
            store.append(batch);
            batch.clear();
            // Paces ingest to the writer so the queue stays small; the test kills us at any point.
            while (store.queued() > 20'000)
                store.flush(std::chrono::milliseconds(100));
        }
    }
}
