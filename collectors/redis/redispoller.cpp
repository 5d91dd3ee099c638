#include "redispoller.h"

#include "redisinfo.h"
#include "redisinfometrics.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QSet>
#include <hiredis/hiredis.h>

namespace {
using Labels = QList<QPair<QString, QString>>;

QByteArray replyText(const redisReply* reply)
{
    return reply && reply->str ? QByteArray(reply->str, qsizetype(reply->len)) : QByteArray();
}

bool isError(const redisReply* reply)
{
    return reply->type == REDIS_REPLY_ERROR;
}

// An error reply as the user sees it; the secret is masked should a server ever echo it.
QString serverError(const redisReply* reply, const QString& secret)
{
    QString text = QString::fromUtf8(replyText(reply));
    if (!secret.isEmpty())
        text.replace(secret, QStringLiteral("***"));
    return text;
}

double integerOf(const redisReply* reply)
{
    return reply->type == REDIS_REPLY_INTEGER ? double(reply->integer) : 0;
}

// A field of a RESP2 map sent as a flat array (XINFO GROUPS), or null.
const redisReply* mapField(const redisReply* map, QByteArrayView name)
{
    if (map->type != REDIS_REPLY_ARRAY)
        return nullptr;
    for (size_t i = 0; i + 1 < map->elements; i += 2) {
        if (replyText(map->element[i]) == name)
            return map->element[i + 1];
    }
    return nullptr;
}
} // namespace

RedisPoller::RedisPoller(const RedisSource& source)
    : m_source(source)
{
}

bool RedisPoller::send(const std::vector<QByteArrayList>& commands, std::vector<RedisReplyPtr>* replies,
                       QString* error)
{
    m_ownSinceInfo.commands += double(commands.size());
    return m_connection.pipeline(commands, replies, error);
}

void RedisPoller::countLookup(bool hit)
{
    (hit ? m_ownSinceInfo.keyspaceHits : m_ownSinceInfo.keyspaceMisses) += 1;
}

bool RedisPoller::connectAndLogIn(QString* error)
{
    QString secret;
    if (!m_source.password.isEmpty() && !m_source.password.read(&secret, error)) {
        *error = QStringLiteral("password: ") + *error;
        return false;
    }
    if (!m_connection.connect(m_source.host, m_source.port, m_source.connectTimeoutMs,
                              m_source.commandTimeoutMs, error))
        return false;
    std::vector<QByteArrayList> commands;
    if (!secret.isEmpty()) {
        commands.push_back(m_source.username.isEmpty()
                               ? QByteArrayList{"AUTH", secret.toUtf8()}
                               : QByteArrayList{"AUTH", m_source.username.toUtf8(), secret.toUtf8()});
    }
    if (m_source.db != 0)
        commands.push_back({"SELECT", QByteArray::number(m_source.db)});
    // Makes the collector recognisable in CLIENT LIST.
    commands.push_back({"CLIENT", "SETNAME", "perfdash"});
    std::vector<RedisReplyPtr> replies;
    if (!send(commands, &replies, error))
        return false;
    for (size_t i = 0; i < replies.size(); ++i) {
        if (isError(replies[i].get())) {
            *error = serverError(replies[i].get(), secret);
            if (commands[i].front() == "AUTH" && !m_source.username.isEmpty())
                *error += QStringLiteral(" (user %1)").arg(m_source.username);
            else if (commands[i].front() == "SELECT")
                *error = QStringLiteral("SELECT %1: ").arg(m_source.db) + *error;
            m_connection.close();
            return false;
        }
    }
    return true;
}

RedisPollResult RedisPoller::poll()
{
    RedisPollResult result;
    result.source = m_source.name;
    result.timestampMs = QDateTime::currentMSecsSinceEpoch();
    QElapsedTimer clock;
    clock.start();
    QString error;
    std::vector<RedisReplyPtr> replies;

    bool ok = m_connection.isConnected() || connectAndLogIn(&error);
    QElapsedTimer pingClock;
    pingClock.start();
    ok = ok && send({{"PING"}}, &replies, &error);
    const double pingSeconds = double(pingClock.nsecsElapsed()) / 1e9;
    if (ok && isError(replies.front().get())) {
        error = serverError(replies.front().get(), {});
        ok = false;
    }
    ok = ok && send({{"INFO", "all"}}, &replies, &error);
    if (ok && replies.front()->type != REDIS_REPLY_STRING) {
        error = QStringLiteral("INFO: ") + serverError(replies.front().get(), {});
        ok = false;
    }
    if (ok) {
        // INFO's own figures exclude INFO itself; it belongs to the next interval.
        const RedisCounterRates::OwnActivity own = std::exchange(m_ownSinceInfo, {0, 0, 1});
        const RedisInfo info = RedisInfo::parse(replyText(replies.front().get()));
        RedisInfoMetrics::append(info, &result.samples);
        result.samples.push_back({QStringLiteral("redis_ping_seconds"), {}, pingSeconds});
        const auto serverTime = info.number("server_time_usec");
        const RedisCounterRates::Rates rates = m_rates.update(
            {info.text("run_id"), info.number("keyspace_hits").value_or(0),
             info.number("keyspace_misses").value_or(0), info.number("total_commands_processed").value_or(0),
             serverTime ? *serverTime / 1e6 : double(result.timestampMs) / 1e3},
            own);
        if (rates.hitRate)
            result.samples.push_back({QStringLiteral("redis_hit_rate"), {}, *rates.hitRate});
        if (rates.commandsPerSecond)
            result.samples.push_back(
                {QStringLiteral("redis_commands_per_second"), {}, *rates.commandsPerSecond});
        result.notes << rates.notes;
        result.ownKeyspaceHits = own.keyspaceHits;
        result.ownKeyspaceMisses = own.keyspaceMisses;

        QStringList keys = m_source.queueKeys;
        ok = discoverQueues(&keys, &result.notes, &error) && readQueues(keys, &result, &error);
    }

    result.durationSeconds = double(clock.nsecsElapsed()) / 1e9;
    result.ok = ok;
    if (!ok) {
        // What this collector sent before the failure is unknown: no rate across it.
        result.error = error;
        result.samples.clear();
        m_rates.reset();
        m_ownSinceInfo = {};
        m_connection.close();
    }
    return result;
}

bool RedisPoller::discoverQueues(QStringList* keys, QStringList* notes, QString* error)
{
    if (m_source.queueDiscoveryPattern.isEmpty())
        return true;
    QSet<QString> seen(keys->cbegin(), keys->cend());
    int found = 0;
    QByteArray cursor = "0";
    for (int iteration = 0; iteration < m_source.discoveryMaxIterations; ++iteration) {
        std::vector<RedisReplyPtr> replies;
        if (!send({{"SCAN", cursor, "MATCH", m_source.queueDiscoveryPattern.toUtf8(), "COUNT",
                    QByteArray::number(m_source.discoveryScanCount)}},
                  &replies, error))
            return false;
        const redisReply* reply = replies.front().get();
        if (reply->type != REDIS_REPLY_ARRAY || reply->elements != 2) {
            *error = QStringLiteral("SCAN: ") +
                     (isError(reply) ? serverError(reply, {}) : QStringLiteral("unexpected reply"));
            return false;
        }
        cursor = replyText(reply->element[0]);
        const redisReply* batch = reply->element[1];
        for (size_t i = 0; i < batch->elements; ++i) {
            const QString key = QString::fromUtf8(replyText(batch->element[i]));
            if (seen.contains(key))
                continue;
            if (found == m_source.discoveryMaxKeys) {
                *notes << QStringLiteral("queue discovery (%1) stopped at its cap of %2 keys")
                              .arg(m_source.queueDiscoveryPattern)
                              .arg(m_source.discoveryMaxKeys);
                return true;
            }
            seen.insert(key);
            keys->append(key);
            ++found;
        }
        if (cursor == "0")
            return true;
    }
    *notes << QStringLiteral(
                  "queue discovery (%1) stopped after %2 SCAN calls before the end of the keyspace")
                  .arg(m_source.queueDiscoveryPattern)
                  .arg(m_source.discoveryMaxIterations);
    return true;
}

bool RedisPoller::readQueues(const QStringList& keys, RedisPollResult* result, QString* error)
{
    if (keys.isEmpty())
        return true;
    std::vector<QByteArrayList> typeCommands;
    for (const QString& key : keys)
        typeCommands.push_back({"TYPE", key.toUtf8()});
    std::vector<RedisReplyPtr> types;
    if (!send(typeCommands, &types, error))
        return false;

    // Celery queues are lists, delayed jobs sorted sets, newer queues streams.
    std::vector<QByteArrayList> lengthCommands;
    std::vector<std::pair<QByteArray, QByteArray>> measured; // key, type
    for (size_t i = 0; i < types.size(); ++i) {
        const QByteArray key = keys[qsizetype(i)].toUtf8();
        const QByteArray type = replyText(types[i].get());
        countLookup(type != "none");
        if (type == "none") {
            result->samples.push_back({QStringLiteral("redis_queue_length"),
                                       {{QStringLiteral("queue"), QString::fromUtf8(key)},
                                        {QStringLiteral("type"), QStringLiteral("none")}},
                                       0});
        } else if (type == "list" || type == "zset") {
            lengthCommands.push_back({type == "list" ? "LLEN" : "ZCARD", key});
            measured.emplace_back(key, type);
        } else if (type == "stream") {
            lengthCommands.push_back({"XLEN", key});
            lengthCommands.push_back({"XINFO", "GROUPS", key});
            measured.emplace_back(key, type);
        } else {
            result->notes << QStringLiteral(
                                 "key %1 is a %2, not a list, stream or sorted set: no queue length")
                                 .arg(QString::fromUtf8(key), QString::fromUtf8(type));
        }
    }
    std::vector<RedisReplyPtr> lengths;
    if (!send(lengthCommands, &lengths, error))
        return false;
    size_t next = 0;
    for (const auto& [key, type] : measured) {
        const redisReply* length = lengths[next++].get();
        const redisReply* groups = type == "stream" ? lengths[next++].get() : nullptr;
        // An empty list or sorted set does not exist: a 0 means the key went away (a miss).
        countLookup(type == "stream" || integerOf(length) > 0);
        if (isError(length)) { // the key changed type between TYPE and here
            result->notes << QStringLiteral("%1: %2").arg(QString::fromUtf8(key), serverError(length, {}));
        } else {
            result->samples.push_back({QStringLiteral("redis_queue_length"),
                                       {{QStringLiteral("queue"), QString::fromUtf8(key)},
                                        {QStringLiteral("type"), QString::fromUtf8(type)}},
                                       integerOf(length)});
        }
        if (groups && !readStreamGroups(key, groups, result, error))
            return false;
    }
    return true;
}

bool RedisPoller::readStreamGroups(const QByteArray& key, const redisReply* groups, RedisPollResult* result,
                                   QString* error)
{
    countLookup(!isError(groups));
    if (groups->type != REDIS_REPLY_ARRAY)
        return true;
    std::vector<QByteArrayList> commands;
    QByteArrayList names;
    for (size_t i = 0; i < groups->elements; ++i) {
        const QByteArray name = replyText(mapField(groups->element[i], "name"));
        names << name;
        commands.push_back({"XPENDING", key, name}); // the summary form: [count, min, max, consumers]
    }
    std::vector<RedisReplyPtr> pending;
    if (!send(commands, &pending, error))
        return false;
    for (size_t i = 0; i < pending.size(); ++i) {
        const redisReply* summary = pending[i].get();
        countLookup(!isError(summary));
        if (summary->type != REDIS_REPLY_ARRAY || summary->elements < 1)
            continue;
        result->samples.push_back({QStringLiteral("redis_stream_pending"),
                                   {{QStringLiteral("queue"), QString::fromUtf8(key)},
                                    {QStringLiteral("group"), QString::fromUtf8(names[qsizetype(i)])}},
                                   integerOf(summary->element[0])});
    }
    return true;
}
