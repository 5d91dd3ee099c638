#include "scrapeprinter.h"

#include "instantquantiles.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <cmath>

namespace {
QString fromView(std::string_view view)
{
    return QString::fromUtf8(view.data(), qsizetype(view.size()));
}

QString number(double value)
{
    if (std::isnan(value))
        return QStringLiteral("NaN");
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("+Inf") : QStringLiteral("-Inf");
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

// NaN and infinities are not JSON numbers; they travel as the exposition spells them.
QJsonValue jsonNumber(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue(number(value));
}

QString escapeLabelValue(std::string_view value)
{
    QString escaped = fromView(value);
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('"'), QStringLiteral("\\\""));
    escaped.replace(QLatin1Char('\n'), QStringLiteral("\\n"));
    return escaped;
}

QString quantileSource(InstantQuantiles::Source source)
{
    return source == InstantQuantiles::Source::Histogram ? QStringLiteral("histogram")
                                                         : QStringLiteral("summary");
}

QString header(const ScrapeResult& result)
{
    const QString when =
        QDateTime::fromMSecsSinceEpoch(result.timestampMs, Qt::UTC).toString(Qt::ISODateWithMs);
    if (!result.up)
        return QStringLiteral("# %1 at %2: DOWN (%3)\n").arg(result.target, when, result.error);
    return QStringLiteral("# %1 at %2: up, HTTP %3, %4 s, %5 samples\n")
        .arg(result.target, when)
        .arg(result.httpStatus)
        .arg(result.durationSeconds, 0, 'f', 3)
        .arg(result.samplesScraped());
}
} // namespace

QString ScrapePrinter::text(const ScrapeResult& result)
{
    QString out = header(result);
    if (!result.metrics)
        return out;
    const Prometheus::MetricSet& set = *result.metrics;
    for (const Prometheus::MetricFamily& family : set.families()) {
        for (const Prometheus::Sample& sample : set.samples(family)) {
            out += fromView(set.name(sample));
            const auto labels = set.labels(sample);
            if (!labels.empty()) {
                QStringList parts;
                for (const Prometheus::Label& label : labels)
                    parts.append(fromView(label.name) + QStringLiteral("=\"") +
                                 escapeLabelValue(label.value) + QLatin1Char('"'));
                out += QLatin1Char('{') + parts.join(QLatin1Char(',')) + QLatin1Char('}');
            }
            out += QLatin1Char(' ') + number(sample.value);
            if (sample.hasTimestamp)
                out += QLatin1Char(' ') + QString::number(sample.timestampMs);
            out += QLatin1Char('\n');
        }
    }
    const auto quantiles = instantQuantiles(set);
    if (!quantiles.empty())
        out += QStringLiteral(
            "# quantiles: histogram_quantile over the instant bucket counts; summaries as reported\n");
    for (const InstantQuantiles& row : quantiles) {
        out += QStringLiteral("# %1%2 p50=%3 p95=%4 p99=%5 (%6)\n")
                   .arg(QString::fromStdString(row.family), QString::fromStdString(row.labels.toString()),
                        number(row.p50), number(row.p95), number(row.p99), quantileSource(row.source));
    }
    return out;
}

QString ScrapePrinter::json(const ScrapeResult& result)
{
    QJsonObject root{
        {QStringLiteral("target"), result.target},
        {QStringLiteral("timestampMs"), double(result.timestampMs)},
        {QStringLiteral("up"), result.up},
        {QStringLiteral("httpStatus"), int(result.httpStatus)},
        {QStringLiteral("durationSeconds"), result.durationSeconds},
        {QStringLiteral("samplesScraped"), int(result.samplesScraped())},
    };
    if (!result.up)
        root.insert(QStringLiteral("error"), result.error);
    if (result.metrics) {
        const Prometheus::MetricSet& set = *result.metrics;
        QJsonArray samples;
        for (const Prometheus::MetricFamily& family : set.families()) {
            for (const Prometheus::Sample& sample : set.samples(family)) {
                QJsonObject labels;
                for (const Prometheus::Label& label : set.labels(sample))
                    labels.insert(fromView(label.name), fromView(label.value));
                QJsonObject entry{{QStringLiteral("name"), fromView(set.name(sample))},
                                  {QStringLiteral("type"), fromView(Prometheus::metricTypeName(family.type))},
                                  {QStringLiteral("labels"), labels},
                                  {QStringLiteral("value"), jsonNumber(sample.value)}};
                if (sample.hasTimestamp)
                    entry.insert(QStringLiteral("timestampMs"), double(sample.timestampMs));
                samples.append(entry);
            }
        }
        root.insert(QStringLiteral("samples"), samples);
        QJsonArray quantiles;
        for (const InstantQuantiles& row : instantQuantiles(set)) {
            QJsonObject labels;
            for (const auto& [name, value] : row.labels.labels())
                labels.insert(QString::fromStdString(name), QString::fromStdString(value));
            quantiles.append(QJsonObject{{QStringLiteral("family"), QString::fromStdString(row.family)},
                                         {QStringLiteral("labels"), labels},
                                         {QStringLiteral("source"), quantileSource(row.source)},
                                         {QStringLiteral("p50"), jsonNumber(row.p50)},
                                         {QStringLiteral("p95"), jsonNumber(row.p95)},
                                         {QStringLiteral("p99"), jsonNumber(row.p99)}});
        }
        root.insert(QStringLiteral("quantiles"), quantiles);
    }
    return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Compact)) + QLatin1Char('\n');
}
