#pragma once

#include "exportendpoint.h"

#include <QByteArray>
#include <QList>

namespace exporting {

// Sends one body to an endpoint and waits for the answer (for the headless command and a worker
// thread; never the GUI thread). Retries what may pass later (no connection, timeout, 5xx, 429)
// with a doubling delay up to endpoint.maxAttempts; a 4xx is final. The error names the host,
// the status and the server's own message, never the credential.
namespace ExportSender {
bool send(const ExportEndpoint& endpoint, const QByteArray& method, const QList<QByteArray>& headers,
          const QByteArray& body, QString* error, int* attempts = nullptr);
}

} // namespace exporting
