#pragma once

#include <string>

// Everything the command line decides; read-only once the server starts.
struct DemoConfig
{
    std::string bindAddress = "127.0.0.1";
    int port = 8088;
    int threads = 256;
    int keepAliveTimeoutSeconds = 10;
    int customerCount = 5000;
    int materialCount = 2000;
    int dbLatencyMs = 40;
    int cacheTtlSeconds = 60;
    int dbPoolSize = 20;
    int dbMaxOverflow = 10;
    bool perRowInserts = false;
    double rowInsertMs = 2.0;
    double batchInsertMs = 5.0;
    double latencyMultiplier = 1.0;
    double errorRate = 0.0;
    bool healthOutage = false;
    bool queueGrowth = false;
    // Both set: serve HTTPS with this PEM certificate (chain) and private key.
    std::string tlsCertFile;
    std::string tlsKeyFile;

    bool tls() const { return !tlsCertFile.empty(); }
};
