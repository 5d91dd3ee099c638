#include "standardqueries.h"

namespace promapi {
namespace {
// A PromQL string literal: backslash and double quote escaped.
QString quoted(const QString& value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

void addStandard(const PrometheusService& service, const QString& window, std::vector<SourceQuery>* out)
{
    Labels extra;
    if (!service.instance.isEmpty())
        extra.append({QStringLiteral("instance"), service.instance});
    const QString buckets =
        QStringLiteral("sum by (le, job, path) (rate(http_request_duration_seconds_bucket%1[%2]))")
            .arg(serviceMatchers(service), window);
    for (const char* q : {"0.5", "0.95", "0.99"}) {
        Labels labels = extra;
        labels.append({QStringLiteral("quantile"), QString::fromLatin1(q)});
        out->push_back({QString::fromLatin1(quantileMetric),
                        QStringLiteral("histogram_quantile(%1, %2)").arg(QString::fromLatin1(q), buckets),
                        labels});
    }
    const QString all = QStringLiteral("sum by (job, path) (rate(http_requests_total%1[%2]))")
                            .arg(serviceMatchers(service), window);
    const QString errors = QStringLiteral("sum by (job, path) (rate(http_requests_total%1[%2]))")
                               .arg(serviceMatchers(service, QStringLiteral("status=~\"5..\"")), window);
    out->push_back({QString::fromLatin1(requestRateMetric), all, extra});
    // "or 0 *": paths without a 5xx get a ratio of 0, not no answer.
    out->push_back({QString::fromLatin1(errorRatioMetric),
                    QStringLiteral("(%1 or 0 * %2) / %2").arg(errors, all), extra});
}
} // namespace

QString promDuration(int ms)
{
    return ms % 1000 == 0 ? QStringLiteral("%1s").arg(ms / 1000) : QStringLiteral("%1ms").arg(ms);
}

QString serviceMatchers(const PrometheusService& service, const QString& extra)
{
    QStringList matchers;
    if (!service.job.isEmpty())
        matchers.append(QStringLiteral("job=") + quoted(service.job));
    if (!service.instance.isEmpty())
        matchers.append(QStringLiteral("instance=") + quoted(service.instance));
    if (!extra.isEmpty())
        matchers.append(extra);
    return matchers.isEmpty() ? QString()
                              : QLatin1Char('{') + matchers.join(QLatin1Char(',')) + QLatin1Char('}');
}

std::vector<SourceQuery> sourceQueries(const PrometheusServer& server)
{
    std::vector<SourceQuery> queries;
    const QString window = promDuration(server.rateWindowMs);
    const QList<PrometheusService> services =
        server.services.isEmpty() ? QList<PrometheusService>{PrometheusService{}} : server.services;
    for (const PrometheusService& service : services)
        addStandard(service, window, &queries);
    for (const PrometheusQuery& query : server.queries)
        queries.push_back({query.name, query.promql, {}});
    return queries;
}

} // namespace promapi
