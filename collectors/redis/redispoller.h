#pragma once

#include "redisconnection.h"
#include "rediscounterrates.h"
#include "redispollresult.h"
#include "redissource.h"

#include <QHash>

// One source's polls, run one at a time on the caller's (worker) thread with blocking I/O bounded
// by the source's timeouts. Keeps the connection and the previous counters between polls.
class RedisPoller
{
public:
    explicit RedisPoller(const RedisSource& source);

    // PING (timed), INFO all, then the queue keys; any I/O error fails the whole poll.
    RedisPollResult poll();
    // From any thread: makes a poll in progress fail quickly with "stopped".
    void interrupt() { m_connection.interrupt(); }

private:
    bool connectAndLogIn(QString* error);
    bool send(const std::vector<QByteArrayList>& commands, std::vector<RedisReplyPtr>* replies,
              QString* error);
    bool discoverQueues(QStringList* keys, QStringList* notes, QString* error);
    bool readQueues(const QStringList& keys, RedisPollResult* result, QString* error);
    bool readStreamGroups(const QByteArray& key, const redisReply* groups, RedisPollResult* result,
                          QString* error);
    void countLookup(bool hit);

    RedisSource m_source;
    RedisConnection m_connection;
    RedisCounterRates m_rates;
    RedisCounterRates::OwnActivity m_ownSinceInfo; // what this collector did since its last INFO
};
