#include "exportimport.h"

#include "parsemetrics.h"
#include "storereader.h"
#include "timeseriesstore.h"

#include <QIODevice>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <set>

namespace store {
namespace {

void appendNumber(std::string& out, double value)
{
    if (std::isnan(value)) {
        out += "NaN";
    } else if (std::isinf(value)) {
        out += value > 0 ? "+Inf" : "-Inf";
    } else {
        char buffer[32];
        const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
        out.append(buffer, result.ptr);
    }
}

// Milliseconds as OpenMetrics seconds, e.g. 1700000000123 -> 1700000000.123.
void appendSeconds(std::string& out, std::int64_t ms)
{
    if (ms < 0)
        out += '-';
    const std::uint64_t magnitude = ms < 0 ? 0 - std::uint64_t(ms) : std::uint64_t(ms);
    out += std::to_string(magnitude / 1000);
    const std::uint64_t fraction = magnitude % 1000;
    if (fraction != 0) {
        char buffer[8];
        std::snprintf(buffer, sizeof buffer, ".%03u", unsigned(fraction));
        out += buffer;
    }
}

// {a="b",c="d"} without the metric name; empty when there are no labels.
std::string labelBlock(const metricmath::LabelSet& labels)
{
    const std::string text = labels.withoutMetricName().toString();
    return text == "{}" ? std::string() : text;
}

template<typename WriteSeries>
bool forEachSeries(StoreReader& reader, const RangeQuery& query, QString* error, WriteSeries writeSeries)
{
    std::vector<StoreReader::SeriesInfo> series;
    if (!reader.selectSeries(query, &series, error))
        return false;
    std::vector<metricmath::Point> points;
    for (const StoreReader::SeriesInfo& info : series) {
        if (!reader.rawPoints(info.id, query.startMs, query.endMs, &points, error))
            return false;
        if (!points.empty() && !writeSeries(info, points))
            return false;
    }
    return true;
}

bool writeOut(QIODevice* out, const std::string& text, QString* error)
{
    if (out->write(text.data(), qint64(text.size())) == qint64(text.size()))
        return true;
    *error = QStringLiteral("cannot write the export: %1").arg(out->errorString());
    return false;
}

std::string csvQuoted(const std::string& field)
{
    std::string out = "\"";
    for (const char c : field) {
        if (c == '"')
            out += '"';
        out += c;
    }
    return out + '"';
}

} // namespace

bool exportCsv(StoreReader& reader, const RangeQuery& query, QIODevice* out, QString* error)
{
    if (!writeOut(out, "metric,labels,timestamp_ms,value\n", error))
        return false;
    return forEachSeries(reader, query, error, [&](const StoreReader::SeriesInfo& info, const auto& points) {
        const std::string prefix =
            csvQuoted(std::string(info.labels.metricName())) + ',' + csvQuoted(labelBlock(info.labels)) + ',';
        std::string text;
        for (const metricmath::Point& p : points) {
            text += prefix;
            text += std::to_string(p.timestampMs);
            text += ',';
            appendNumber(text, p.value);
            text += '\n';
        }
        return writeOut(out, text, error);
    });
}

bool exportOpenMetrics(StoreReader& reader, const RangeQuery& query, QIODevice* out, QString* error)
{
    std::string currentMetric;
    const bool ok =
        forEachSeries(reader, query, error, [&](const StoreReader::SeriesInfo& info, const auto& points) {
            std::string text;
            const std::string metric(info.labels.metricName());
            if (metric != currentMetric) {
                // Series come ordered by key, so each metric's series are contiguous (one family).
                text += "# TYPE " + metric + " unknown\n";
                currentMetric = metric;
            }
            const std::string prefix = metric + labelBlock(info.labels) + ' ';
            for (const metricmath::Point& p : points) {
                text += prefix;
                appendNumber(text, p.value);
                text += ' ';
                appendSeconds(text, p.timestampMs);
                text += '\n';
            }
            return writeOut(out, text, error);
        });
    return ok && writeOut(out, "# EOF\n", error);
}

bool importOpenMetrics(TimeSeriesStore& store, const QByteArray& text, std::int64_t defaultTimestampMs,
                       ImportStats* stats, QString* error)
{
    const Prometheus::ParseResult parsed =
        Prometheus::parseMetrics(std::string_view(text.constData(), std::size_t(text.size())),
                                 Prometheus::ExpositionFormat::OpenMetrics);
    if (!parsed.ok()) {
        *error = QStringLiteral("the OpenMetrics text does not parse: %1")
                     .arg(QString::fromStdString(parsed.error->toString()));
        return false;
    }
    std::vector<Sample> samples;
    std::set<std::int64_t> seen;
    for (const Prometheus::MetricFamily& family : parsed.metrics.families()) {
        for (const Prometheus::Sample& sample : parsed.metrics.samples(family)) {
            std::vector<metricmath::LabelSet::Label> labels;
            for (const Prometheus::Label& label : parsed.metrics.sortedLabels(sample))
                labels.emplace_back(std::string(label.name), std::string(label.value));
            const SeriesRef ref =
                store.series(parsed.metrics.name(sample), metricmath::LabelSet(std::move(labels)));
            seen.insert(ref.id);
            samples.push_back(
                {ref, sample.hasTimestamp ? sample.timestampMs : defaultTimestampMs, sample.value});
        }
    }
    if (!store.append(samples)) {
        *error = QStringLiteral("the store does not accept samples: %1").arg(store.lastError());
        return false;
    }
    if (stats) {
        stats->samples += std::int64_t(samples.size());
        stats->series += std::int64_t(seen.size());
    }
    return true;
}

} // namespace store
