#include "redisinfometrics.h"

namespace {
using Labels = QList<QPair<QString, QString>>;

void add(std::vector<MetricSample>* samples, const char* metric, double value, const Labels& labels = {})
{
    samples->push_back({QLatin1String(metric), labels, value});
}

// Adds the field when the server reports it (older servers lack some).
void addField(std::vector<MetricSample>* samples, const RedisInfo& info, const char* metric,
              const char* field)
{
    if (const auto value = info.number(field))
        add(samples, metric, *value);
}

void appendMemory(const RedisInfo& info, std::vector<MetricSample>* samples)
{
    addField(samples, info, "redis_memory_used_bytes", "used_memory");
    const auto used = info.number("used_memory");
    const auto max = info.number("maxmemory");
    if (!max)
        return;
    add(samples, "redis_memory_max_bytes", *max); // 0 means "no limit"
    if (used && *max > 0)
        add(samples, "redis_memory_used_ratio", *used / *max);
}

void appendClients(const RedisInfo& info, std::vector<MetricSample>* samples)
{
    addField(samples, info, "redis_connected_clients", "connected_clients");
    addField(samples, info, "redis_blocked_clients", "blocked_clients");
    addField(samples, info, "redis_max_clients", "maxclients");
    const auto connected = info.number("connected_clients");
    const auto max = info.number("maxclients");
    if (connected && max && *max > 0)
        add(samples, "redis_clients_used_ratio", *connected / *max);
    addField(samples, info, "redis_rejected_connections_total", "rejected_connections");
}

// A master reports each replica's acknowledged offset and seconds since its last ack; a replica
// only knows its link to the master (its lag in bytes needs the master's offset).
void appendReplication(const RedisInfo& info, std::vector<MetricSample>* samples)
{
    addField(samples, info, "redis_connected_replicas", "connected_slaves");
    const auto masterOffset = info.number("master_repl_offset");
    for (const RedisInfo::Replica& replica : info.replicas()) {
        const Labels labels{{QStringLiteral("replica"), QString::fromUtf8(replica.address)}};
        add(samples, "redis_replication_lag_seconds", replica.lagSeconds, labels);
        if (masterOffset)
            add(samples, "redis_replication_lag_bytes", std::max(0.0, *masterOffset - replica.offset),
                labels);
    }
    if (info.text("role") == "slave") {
        add(samples, "redis_master_link_up", info.text("master_link_status") == "up" ? 1 : 0);
        // -1 while the link is down: no figure rather than a negative age.
        if (const auto lastIo = info.number("master_last_io_seconds_ago"); lastIo && *lastIo >= 0)
            add(samples, "redis_master_last_io_seconds", *lastIo);
        addField(samples, info, "redis_replica_offset_bytes", "slave_repl_offset");
    }
}
} // namespace

void RedisInfoMetrics::append(const RedisInfo& info, std::vector<MetricSample>* samples)
{
    add(samples, "redis_instance_info", 1,
        {{QStringLiteral("role"), QString::fromUtf8(info.text("role"))},
         {QStringLiteral("redis_version"), QString::fromUtf8(info.text("redis_version"))}});
    addField(samples, info, "redis_uptime_seconds", "uptime_in_seconds");
    addField(samples, info, "redis_keyspace_hits_total", "keyspace_hits");
    addField(samples, info, "redis_keyspace_misses_total", "keyspace_misses");
    addField(samples, info, "redis_ops_per_second", "instantaneous_ops_per_sec");
    addField(samples, info, "redis_commands_processed_total", "total_commands_processed");
    appendMemory(info, samples);
    appendClients(info, samples);
    addField(samples, info, "redis_evicted_keys_total", "evicted_keys");
    addField(samples, info, "redis_expired_keys_total", "expired_keys");
    for (const RedisInfo::Database& db : info.databases()) {
        const Labels labels{{QStringLiteral("db"), QStringLiteral("db%1").arg(db.index)}};
        add(samples, "redis_db_keys", db.keys, labels);
        add(samples, "redis_db_keys_expiring", db.expires, labels);
    }
    appendReplication(info, samples);
}
