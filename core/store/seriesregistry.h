#pragma once

#include "labelset.h"
#include "storetypes.h"

#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

struct sqlite3;

namespace store {

// Series identity: metric name + canonical sorted label set (LabelSet::toString(), the `key`
// column, unique). Ids are handed out in memory so appending never waits for the disk; the
// writer inserts a new series row in the same transaction as its first samples.
class SeriesRegistry
{
public:
    struct NewSeries
    {
        std::int64_t id;
        std::string metric;
        std::string labelsJson;
        std::string key;
    };

    bool load(sqlite3* db, QString* error);
    // Thread-safe. `labels` carries the metric name as __name__.
    SeriesRef resolve(const metricmath::LabelSet& labels);
    // New series not yet in the file (the writer takes them into its next transaction).
    std::vector<NewSeries> takeUnpersisted();
    // Puts series back after a failed transaction.
    void returnUnpersisted(std::vector<NewSeries> series);
    std::size_t size() const;

    static std::string labelsJson(const metricmath::LabelSet& labels);
    static metricmath::LabelSet parseLabels(std::string_view metric, std::string_view labelsJson);

private:
    mutable std::mutex m_mutex;
    std::unordered_map<std::string, std::int64_t> m_ids;
    std::vector<NewSeries> m_unpersisted;
    std::int64_t m_nextId = 1;
};

// Inserts the rows of new series (inside the caller's transaction).
bool insertSeries(sqlite3* db, const std::vector<SeriesRegistry::NewSeries>& series);

} // namespace store
