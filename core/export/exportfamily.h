#pragma once

#include <QString>
#include <cstdint>
#include <map>
#include <optional>
#include <vector>

namespace exporting {

using Labels = std::map<QString, QString>; // sorted by name, as remote write requires

// One sample: a value, and for series over time the millisecond it belongs to.
struct ExportSample
{
    double value = 0;
    std::optional<std::int64_t> timestampMs;
};

// One labelled series of a family. Summaries carry their quantiles as
// {"quantile": q} series and their sum and count beside them.
struct ExportSeries
{
    Labels labels;
    std::vector<ExportSample> samples; // in time order
    QString suffix;                    // "" or, in a summary, "_sum" / "_count"
};

// A metric family in Prometheus' sense: the name without a type suffix ("perfdash_load_requests"
// for the counter whose samples are perfdash_load_requests_total), its unit in base units.
struct ExportFamily
{
    enum class Type
    {
        Gauge,
        Counter,
        Summary,
    };
    QString name;
    Type type = Type::Gauge;
    QString unit; // "seconds", "ratio" or empty; the name ends with it
    QString help;
    std::vector<ExportSeries> series;

    // The sample name of a series as written on the wire: the counter's _total, the summary's
    // _sum/_count.
    QString sampleName(const ExportSeries& series) const;
};

// A flat series as remote write sends it: __name__ among the sorted labels.
struct FlatSeries
{
    Labels labels;
    std::vector<ExportSample> samples;
};
std::vector<FlatSeries> flatten(const std::vector<ExportFamily>& families);

// Adds `labels` to every series of every family (a series' own label of the same name wins).
void addLabels(std::vector<ExportFamily>* families, const Labels& labels);

} // namespace exporting
