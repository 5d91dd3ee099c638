#include "rediscounterrates.h"

#include <algorithm>
#include <utility>

RedisCounterRates::Rates RedisCounterRates::update(const Counters& now, const OwnActivity& own)
{
    Rates rates;
    const std::optional<Counters> previous = std::exchange(m_previous, now);
    if (!previous) {
        rates.notes << QStringLiteral("hit rate and commands/s need two polls in a row; this is the first");
        return rates;
    }
    if (previous->runId != now.runId || now.keyspaceHits < previous->keyspaceHits ||
        now.keyspaceMisses < previous->keyspaceMisses || now.commands < previous->commands) {
        rates.notes << QStringLiteral("the server restarted (counters reset); rates resume at the next poll");
        return rates;
    }
    // Clamped: the own counts are exact, but a key vanishing mid-poll can turn one hit into a miss.
    const double hits = std::max(0.0, now.keyspaceHits - previous->keyspaceHits - own.keyspaceHits);
    const double misses = std::max(0.0, now.keyspaceMisses - previous->keyspaceMisses - own.keyspaceMisses);
    if (hits + misses > 0)
        rates.hitRate = hits / (hits + misses);
    else
        rates.notes << QStringLiteral(
            "no keyspace lookups by other clients since the previous poll: no hit rate");
    const double seconds = now.timeSeconds - previous->timeSeconds;
    if (seconds > 0)
        rates.commandsPerSecond = std::max(0.0, now.commands - previous->commands - own.commands) / seconds;
    return rates;
}
