#pragma once

#include "exportfamily.h"

#include <QByteArray>

namespace exporting {

// Metric families as a Prometheus remote write 1.0 body: a prometheus.WriteRequest (protobuf)
// with one TimeSeries per series (labels sorted by name, __name__ first among them, samples in
// time order) and the families' metadata, compressed with snappy's block format.
namespace RemoteWriteEncoder {
QByteArray writeRequest(const std::vector<ExportFamily>& families, std::int64_t defaultTimestampMs);
QByteArray compress(const QByteArray& raw);
// False when `compressed` is not a valid snappy block.
bool uncompress(const QByteArray& compressed, QByteArray* raw);
} // namespace RemoteWriteEncoder

} // namespace exporting
