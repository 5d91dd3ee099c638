#include "exportfamily.h"

namespace exporting {

QString ExportFamily::sampleName(const ExportSeries& series) const
{
    if (type == Type::Counter)
        return name + QStringLiteral("_total");
    return name + series.suffix;
}

std::vector<FlatSeries> flatten(const std::vector<ExportFamily>& families)
{
    std::vector<FlatSeries> flat;
    for (const ExportFamily& family : families) {
        for (const ExportSeries& series : family.series) {
            FlatSeries out{series.labels, series.samples};
            out.labels[QStringLiteral("__name__")] = family.sampleName(series);
            flat.push_back(std::move(out));
        }
    }
    return flat;
}

void addLabels(std::vector<ExportFamily>* families, const Labels& labels)
{
    for (ExportFamily& family : *families) {
        for (ExportSeries& series : family.series) {
            for (const auto& [name, value] : labels) {
                if (!value.isEmpty())                    // Prometheus reads an empty label as no label
                    series.labels.insert({name, value}); // a series' own label is kept
            }
        }
    }
}

} // namespace exporting
