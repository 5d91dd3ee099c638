#include "scrapeevaluation.h"

#include "expositionformat.h"
#include "parsemetrics.h"

#include <algorithm>

bool ScrapeEvaluation::buildRequest(const ScrapeTarget& target, HttpRequest* request, QString* errorMessage)
{
    HttpRequest built;
    built.url = target.url;
    built.timeoutMs = std::min(target.timeoutMs, target.intervalMs);
    built.maxBodyBytes = target.maxBodyBytes;
    built.caFile = target.caFile;
    built.insecureSkipVerify = target.insecureSkipVerify;
    const std::string_view accept = Prometheus::acceptHeader();
    built.headers.append(QByteArrayLiteral("Accept: ") + QByteArray(accept.data(), qsizetype(accept.size())));
    built.headers.append(QByteArrayLiteral("X-Prometheus-Scrape-Timeout-Seconds: ") +
                         QByteArray::number(built.timeoutMs / 1000.0));
    if (target.auth != ScrapeTarget::Auth::None) {
        QString secret;
        QString why;
        if (!target.secret.read(&secret, &why)) {
            *errorMessage = QStringLiteral("%1: credentials unavailable: %2").arg(target.name, why);
            return false;
        }
        built.auth.kind =
            target.auth == ScrapeTarget::Auth::Basic ? HttpAuth::Kind::Basic : HttpAuth::Kind::Bearer;
        built.auth.username = target.username;
        built.auth.secret = secret;
    }
    *request = built;
    return true;
}

ScrapeResult ScrapeEvaluation::evaluate(const ScrapeTarget& target, qint64 startedAtMs, HttpResult result)
{
    ScrapeResult scrape;
    scrape.target = target.name;
    scrape.timestampMs = startedAtMs;
    scrape.durationSeconds = result.totalSeconds;
    scrape.httpStatus = result.status;
    if (!result.transportOk()) {
        scrape.error = result.errorMessage;
        return scrape;
    }
    if (result.status < 200 || result.status > 299) {
        scrape.error = QStringLiteral("server returned HTTP status %1").arg(result.status);
        return scrape;
    }
    const std::string_view contentType(result.contentType.constData(), size_t(result.contentType.size()));
    const auto format = Prometheus::formatForContentType(contentType);
    if (!format) {
        scrape.error =
            QStringLiteral("unsupported Content-Type \"%1\"").arg(QString::fromUtf8(result.contentType));
        return scrape;
    }
    auto parsed = Prometheus::parseMetrics(result.body.toStdString(), *format);
    if (!parsed.ok()) {
        scrape.error = QString::fromStdString(parsed.error->toString());
        return scrape;
    }
    scrape.metrics = std::make_shared<const Prometheus::MetricSet>(std::move(parsed.metrics));
    scrape.up = true;
    return scrape;
}
