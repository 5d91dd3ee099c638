#include "ttlcache.h"

#include <algorithm>
#include <functional>

TtlCache::TtlCache(std::string name, std::chrono::seconds ttl, std::size_t capacity)
    : m_name(std::move(name))
    , m_ttl(ttl)
    , m_shardCapacity(std::max<std::size_t>(1, capacity / shardCount))
{
}

TtlCache::Shard& TtlCache::shardFor(const std::string& key)
{
    return m_shards[std::hash<std::string>{}(key) % shardCount];
}

TtlCache::Value TtlCache::get(const std::string& key)
{
    Shard& shard = shardFor(key);
    {
        std::lock_guard lock(shard.mutex);
        const auto it = shard.entries.find(key);
        if (it != shard.entries.end()) {
            if (it->second.expires > Clock::now()) {
                m_hits.fetch_add(1, std::memory_order_relaxed);
                return it->second.value;
            }
            shard.entries.erase(it);
        }
    }
    m_misses.fetch_add(1, std::memory_order_relaxed);
    return nullptr;
}

void TtlCache::put(const std::string& key, Value value)
{
    Shard& shard = shardFor(key);
    const auto now = Clock::now();
    std::lock_guard lock(shard.mutex);
    if (shard.entries.size() >= m_shardCapacity && !shard.entries.contains(key))
        makeRoom(shard, now);
    shard.entries.insert_or_assign(key, Entry{std::move(value), now + m_ttl});
}

void TtlCache::makeRoom(Shard& shard, Clock::time_point now)
{
    std::erase_if(shard.entries, [now](const auto& item) { return item.second.expires <= now; });
    // Still full: evict the entry closest to expiry, as Redis' volatile-ttl policy would.
    if (shard.entries.size() >= m_shardCapacity) {
        const auto oldest =
            std::min_element(shard.entries.begin(), shard.entries.end(), [](const auto& a, const auto& b) {
                return a.second.expires < b.second.expires;
            });
        shard.entries.erase(oldest);
    }
}

void TtlCache::invalidate(const std::string& key)
{
    Shard& shard = shardFor(key);
    std::lock_guard lock(shard.mutex);
    shard.entries.erase(key);
}

void TtlCache::clear()
{
    for (Shard& shard : m_shards) {
        std::lock_guard lock(shard.mutex);
        shard.entries.clear();
    }
}

std::size_t TtlCache::size() const
{
    std::size_t total = 0;
    for (const Shard& shard : m_shards) {
        std::lock_guard lock(shard.mutex);
        total += shard.entries.size();
    }
    return total;
}

void TtlCache::resetCounters()
{
    m_hits.store(0, std::memory_order_relaxed);
    m_misses.store(0, std::memory_order_relaxed);
}
