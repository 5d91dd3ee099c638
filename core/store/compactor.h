#pragma once

#include <QString>
#include <cstdint>

struct sqlite3;

namespace store {

struct CompactionStats
{
    std::int64_t blocksRemoved = 0;
    std::int64_t samplesPacked = 0;
    std::int64_t chunksWritten = 0;
};

// Packs the raw blocks that end before `cutoffMs` into chunks of up to `chunkSamples` samples
// per series (the series' last chunk is refilled when it has room and comes earlier), deleting
// the blocks in the same transaction. A few series per transaction, so the write lock is short.
// Duplicate timestamps keep the sample written last.
bool compact(sqlite3* db, std::int64_t cutoffMs, std::size_t chunkSamples, CompactionStats* stats,
             QString* error);

} // namespace store
