#pragma once

#include <QString>

// Addresses of the real servers that tests/run-all.sh starts on loopback.
// Outside CI a test may skip when they are absent; with CI=true it must fail.
namespace TestServers {
// "host=127.0.0.1 port=N user=postgres dbname=postgres" or empty.
QString postgresConninfo();
// "127.0.0.1:N" or empty.
QString redisAddress();
bool runningInCi();
} // namespace TestServers

// Use at the top of a test function that needs a server.
#define PERFDASH_REQUIRE_SERVER(value, what)                                                                 \
    do {                                                                                                     \
        if ((value).isEmpty()) {                                                                             \
            if (TestServers::runningInCi())                                                                  \
                QFAIL(what " is not configured; tests/run-all.sh starts it (CI=true: no skipping)");         \
            QSKIP(what " is not configured; run the suite through tests/run-all.sh");                        \
        }                                                                                                    \
    } while (false)
