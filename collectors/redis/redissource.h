#pragma once

#include "secretsource.h"

#include <QString>
#include <QStringList>

// One Redis server to watch. Only references to secrets live here (never the password itself),
// so a source can be written to a workspace and logged as it is.
struct RedisSource
{
    QString name;
    QString host = QStringLiteral("127.0.0.1");
    int port = 6379;
    int db = 0;            // SELECTed after connecting; the queue keys live there
    QString username;      // ACL user (Redis 6+); empty: the default user
    SecretSource password; // empty: no AUTH
    bool tls = false;      // refused unless the build has hiredis_ssl (see tlsAvailability())
    int connectTimeoutMs = 2000;
    int commandTimeoutMs = 2000;
    int intervalMs = 5000;
    int maxBackoffMs = 30000; // ceiling of the reconnect backoff after failures
    QStringList queueKeys;    // read every poll: LLEN / XLEN + XPENDING / ZCARD by type
    // Optional discovery of more queue keys with SCAN (never KEYS), bounded in keys and round trips.
    QString queueDiscoveryPattern; // SCAN MATCH pattern; empty: no discovery
    int discoveryScanCount = 100;  // SCAN COUNT hint
    int discoveryMaxKeys = 1000;
    int discoveryMaxIterations = 100;

    bool operator==(const RedisSource& other) const;

    // Empty when the source can be polled, else what is wrong with it, naming the field.
    QString validationError() const;
    // Empty when TLS to Redis can be used in this build, else why not.
    static QString tlsUnavailableReason();
};
