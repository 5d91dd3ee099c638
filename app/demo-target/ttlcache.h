#pragma once

#include <array>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

// A Redis-like cache of ready-made response bodies with a time to live.
// Sharded so that 100 concurrent readers do not queue on one mutex.
class TtlCache
{
public:
    using Value = std::shared_ptr<const std::string>;
    using Clock = std::chrono::steady_clock;

    TtlCache(std::string name, std::chrono::seconds ttl, std::size_t capacity);
    TtlCache(const TtlCache&) = delete;
    TtlCache& operator=(const TtlCache&) = delete;

    // Counts a hit or a miss; expired entries are misses.
    Value get(const std::string& key);
    void put(const std::string& key, Value value);
    void invalidate(const std::string& key);
    void clear();

    const std::string& name() const { return m_name; }
    std::uint64_t hits() const { return m_hits.load(std::memory_order_relaxed); }
    std::uint64_t misses() const { return m_misses.load(std::memory_order_relaxed); }
    std::size_t size() const;
    void resetCounters();

private:
    struct Entry
    {
        Value value;
        Clock::time_point expires;
    };
    struct Shard
    {
        mutable std::mutex mutex;
        std::unordered_map<std::string, Entry> entries;
    };
    static constexpr std::size_t shardCount = 16;

    Shard& shardFor(const std::string& key);
    void makeRoom(Shard& shard, Clock::time_point now);

    std::string m_name;
    std::chrono::seconds m_ttl;
    std::size_t m_shardCapacity;
    std::array<Shard, shardCount> m_shards;
    std::atomic<std::uint64_t> m_hits{0};
    std::atomic<std::uint64_t> m_misses{0};
};
