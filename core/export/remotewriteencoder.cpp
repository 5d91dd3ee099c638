#include "remotewriteencoder.h"

#include "remote.pb.h"

#include <snappy.h>

namespace exporting {
namespace {

prometheus::MetricMetadata::MetricType metadataType(ExportFamily::Type type)
{
    switch (type) {
    case ExportFamily::Type::Counter:
        return prometheus::MetricMetadata::COUNTER;
    case ExportFamily::Type::Summary:
        return prometheus::MetricMetadata::SUMMARY;
    case ExportFamily::Type::Gauge:
        break;
    }
    return prometheus::MetricMetadata::GAUGE;
}

void addSeries(prometheus::WriteRequest* request, const FlatSeries& flat, std::int64_t defaultTimestampMs)
{
    prometheus::TimeSeries* series = request->add_timeseries();
    for (const auto& [name, value] : flat.labels) { // std::map: sorted by name
        prometheus::Label* label = series->add_labels();
        label->set_name(name.toStdString());
        label->set_value(value.toStdString());
    }
    for (const ExportSample& sample : flat.samples) {
        prometheus::Sample* out = series->add_samples();
        out->set_value(sample.value);
        out->set_timestamp(sample.timestampMs.value_or(defaultTimestampMs));
    }
}

void addMetadata(prometheus::WriteRequest* request, const ExportFamily& family)
{
    prometheus::MetricMetadata* metadata = request->add_metadata();
    metadata->set_type(metadataType(family.type));
    metadata->set_metric_family_name(family.name.toStdString());
    metadata->set_help(family.help.toStdString());
    metadata->set_unit(family.unit.toStdString());
}

} // namespace

namespace RemoteWriteEncoder {

QByteArray writeRequest(const std::vector<ExportFamily>& families, std::int64_t defaultTimestampMs)
{
    prometheus::WriteRequest request;
    for (const FlatSeries& flat : flatten(families))
        addSeries(&request, flat, defaultTimestampMs);
    for (const ExportFamily& family : families)
        addMetadata(&request, family);
    const std::string bytes = request.SerializeAsString();
    return QByteArray(bytes.data(), qsizetype(bytes.size()));
}

QByteArray compress(const QByteArray& raw)
{
    std::string out;
    snappy::Compress(raw.constData(), std::size_t(raw.size()), &out);
    return QByteArray(out.data(), qsizetype(out.size()));
}

bool uncompress(const QByteArray& compressed, QByteArray* raw)
{
    std::string out;
    if (!snappy::Uncompress(compressed.constData(), std::size_t(compressed.size()), &out))
        return false;
    *raw = QByteArray(out.data(), qsizetype(out.size()));
    return true;
}

} // namespace RemoteWriteEncoder
} // namespace exporting
