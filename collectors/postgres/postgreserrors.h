#pragma once

#include <QByteArray>
#include <QString>

namespace PostgresErrors {
// libpq's multi-line message (PQerrorMessage, PQresultErrorMessage) as one clear line:
//   'connection to server at "127.0.0.1", port 5999 failed: Connection refused\n\tIs the server ...'
//     -> "connection refused at 127.0.0.1:5999"
//   'ERROR:  canceling statement due to statement timeout\n' -> "canceling statement due to statement
//   timeout"
// Severity prefixes, hints and details are dropped; several messages are joined with "; ".
QString describe(const QByteArray& libpqMessage);
} // namespace PostgresErrors
