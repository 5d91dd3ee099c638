#pragma once

#include "exportendpoint.h"
#include "exportfamily.h"

#include <utility>
#include <vector>

namespace exporting {

using GroupingKey = std::vector<std::pair<QString, QString>>; // job first, as the Pushgateway wants

// Pushing results to Prometheus' receivers.
namespace PrometheusPush {
// The Pushgateway URL of a group: BASE/metrics/job/J/instance/I/...; values with a '/' (or empty)
// are sent base64url-encoded as the Pushgateway's `label@base64` form.
QUrl pushgatewayUrl(const QUrl& base, const GroupingKey& key);
// PUT (replacing the group's metrics) as Prometheus text.
bool toPushgateway(const ExportEndpoint& endpoint, const GroupingKey& key,
                   const std::vector<ExportFamily>& families, QString* error);
// POST as remote write 1.0 (snappy-compressed protobuf); samples without a timestamp get `nowMs`.
bool remoteWrite(const ExportEndpoint& endpoint, const std::vector<ExportFamily>& families,
                 std::int64_t nowMs, QString* error);
} // namespace PrometheusPush

} // namespace exporting
