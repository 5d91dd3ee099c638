#include "textexposition.h"

#include <charconv>
#include <cmath>

namespace exporting {
namespace {

// The shortest text that reads back as the same double.
QByteArray numberText(double value)
{
    if (std::isnan(value))
        return QByteArrayLiteral("NaN");
    if (std::isinf(value))
        return value > 0 ? QByteArrayLiteral("+Inf") : QByteArrayLiteral("-Inf");
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return QByteArray(buffer, int(result.ptr - buffer));
}

QByteArray secondsText(std::int64_t ms)
{
    const std::lldiv_t parts = std::lldiv(ms, 1000);
    if (parts.rem == 0)
        return QByteArray::number(qint64(parts.quot));
    return numberText(double(ms) / 1000.0);
}

QByteArray escaped(const QString& text, bool quotes)
{
    QByteArray out;
    for (const char c : text.toUtf8()) {
        if (c == '\\')
            out += "\\\\";
        else if (c == '\n')
            out += "\\n";
        else if (c == '"' && quotes)
            out += "\\\"";
        else
            out += c;
    }
    return out;
}

QByteArray labelBlock(const Labels& labels)
{
    if (labels.empty())
        return {};
    QByteArray out = "{";
    for (const auto& [name, value] : labels) {
        if (out.size() > 1)
            out += ',';
        out += name.toUtf8() + "=\"" + escaped(value, true) + '"';
    }
    return out + '}';
}

QByteArray typeName(ExportFamily::Type type)
{
    switch (type) {
    case ExportFamily::Type::Counter:
        return QByteArrayLiteral("counter");
    case ExportFamily::Type::Summary:
        return QByteArrayLiteral("summary");
    case ExportFamily::Type::Gauge:
        break;
    }
    return QByteArrayLiteral("gauge");
}

void appendSamples(QByteArray* out, const ExportFamily& family, bool timestamps)
{
    for (const ExportSeries& series : family.series) {
        const QByteArray prefix = family.sampleName(series).toUtf8() + labelBlock(series.labels) + ' ';
        for (const ExportSample& sample : series.samples) {
            *out += prefix + numberText(sample.value);
            if (timestamps && sample.timestampMs)
                *out += ' ' + secondsText(*sample.timestampMs);
            *out += '\n';
        }
    }
}

} // namespace

namespace TextExposition {

QByteArray openMetrics(const std::vector<ExportFamily>& families, bool timestamps)
{
    QByteArray out;
    for (const ExportFamily& family : families) {
        const QByteArray name = family.name.toUtf8();
        out += "# TYPE " + name + ' ' + typeName(family.type) + '\n';
        if (!family.unit.isEmpty())
            out += "# UNIT " + name + ' ' + family.unit.toUtf8() + '\n';
        if (!family.help.isEmpty())
            out += "# HELP " + name + ' ' + escaped(family.help, true) + '\n';
        appendSamples(&out, family, timestamps);
    }
    return out + "# EOF\n";
}

QByteArray prometheusText(const std::vector<ExportFamily>& families)
{
    QByteArray out;
    for (const ExportFamily& family : families) {
        // The 0.0.4 format names a counter family by its samples' name, _total included.
        const QByteArray name =
            (family.type == ExportFamily::Type::Counter ? family.name + QStringLiteral("_total")
                                                        : family.name)
                .toUtf8();
        if (!family.help.isEmpty())
            out += "# HELP " + name + ' ' + escaped(family.help, false) + '\n';
        out += "# TYPE " + name + ' ' + typeName(family.type) + '\n';
        appendSamples(&out, family, false);
    }
    return out;
}

} // namespace TextExposition
} // namespace exporting
