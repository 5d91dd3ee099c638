#pragma once

#include <QByteArray>
#include <QStringList>
#include <optional>

// Hit rate and commands per second from the deltas of INFO's running totals between two polls,
// without the collector's own traffic. Pure: fed by the poller, tested on numbers.
class RedisCounterRates
{
public:
    // The running totals of one INFO snapshot.
    struct Counters
    {
        QByteArray runId;          // changes when the server restarts
        double keyspaceHits = 0;   // keyspace_hits
        double keyspaceMisses = 0; // keyspace_misses
        double commands = 0;       // total_commands_processed
        double timeSeconds = 0;    // server_time_usec / 1e6, or the poll's own clock
    };
    // What the collector itself did between the previous snapshot and this one: TYPE, LLEN, XLEN,
    // ZCARD, XINFO and XPENDING each count as one keyspace hit or miss; every command counts.
    struct OwnActivity
    {
        double keyspaceHits = 0;
        double keyspaceMisses = 0;
        double commands = 0;
    };
    struct Rates
    {
        std::optional<double> hitRate;           // hits / (hits + misses) of the other clients
        std::optional<double> commandsPerSecond; // other clients' commands per second
        QStringList notes;                       // why a rate is missing
    };

    Rates update(const Counters& now, const OwnActivity& ownSincePrevious);
    // After a failed poll the collector's own activity is unknown: start over.
    void reset() { m_previous.reset(); }

private:
    std::optional<Counters> m_previous;
};
