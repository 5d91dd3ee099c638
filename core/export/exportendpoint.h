#pragma once

#include "secretsource.h"

#include <QUrl>

namespace exporting {

// Where results are sent and how: the credential is a reference (environment variable or file),
// read when sending, never stored; TLS is verified unless told otherwise.
struct ExportEndpoint
{
    QUrl url;
    int timeoutMs = 10000;
    QString caFile;
    bool insecureSkipVerify = false;
    QString username;            // with a secret: basic auth; without: the secret is a bearer token
    SecretSource secret;         // empty: no authentication
    int maxAttempts = 4;         // a 5xx, 429 or an unreachable server is retried, a 4xx never
    int firstRetryDelayMs = 500; // doubling between attempts
};

} // namespace exporting
