#include "prometheuspush.h"

#include "exportsender.h"
#include "remotewriteencoder.h"
#include "textexposition.h"

namespace exporting {
namespace {

QString pathSegment(const QString& name, const QString& value)
{
    if (!value.isEmpty() && !value.contains(QLatin1Char('/')))
        return name + QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(value));
    // The Pushgateway's form for values a path cannot hold; "=" stands for the empty value.
    const QByteArray encoded =
        value.isEmpty()
            ? QByteArrayLiteral("=")
            : value.toUtf8().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    return name + QStringLiteral("@base64/") + QString::fromLatin1(encoded);
}

QString withoutTrailingSlash(QString path)
{
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    return path;
}

// The Pushgateway attaches the grouping key's labels itself; pushed series must not carry them.
std::vector<ExportFamily> withoutKeyLabels(std::vector<ExportFamily> families, const GroupingKey& key)
{
    for (ExportFamily& family : families) {
        for (ExportSeries& series : family.series) {
            for (const auto& [name, value] : key)
                series.labels.erase(name);
        }
    }
    return families;
}

} // namespace

namespace PrometheusPush {

QUrl pushgatewayUrl(const QUrl& base, const GroupingKey& key)
{
    QString path = withoutTrailingSlash(base.path(QUrl::FullyEncoded)) + QStringLiteral("/metrics");
    for (const auto& [name, value] : key)
        path += QLatin1Char('/') + pathSegment(name, value);
    QUrl url = base;
    url.setPath(path, QUrl::StrictMode);
    return url;
}

bool toPushgateway(const ExportEndpoint& endpoint, const GroupingKey& key,
                   const std::vector<ExportFamily>& families, QString* error)
{
    ExportEndpoint target = endpoint;
    target.url = pushgatewayUrl(endpoint.url, key);
    return ExportSender::send(target, QByteArrayLiteral("PUT"),
                              {QByteArrayLiteral("Content-Type: text/plain; version=0.0.4; charset=utf-8")},
                              TextExposition::prometheusText(withoutKeyLabels(families, key)), error);
}

bool remoteWrite(const ExportEndpoint& endpoint, const std::vector<ExportFamily>& families,
                 std::int64_t nowMs, QString* error)
{
    const QByteArray body = RemoteWriteEncoder::compress(RemoteWriteEncoder::writeRequest(families, nowMs));
    return ExportSender::send(endpoint, QByteArrayLiteral("POST"),
                              {QByteArrayLiteral("Content-Type: application/x-protobuf"),
                               QByteArrayLiteral("Content-Encoding: snappy"),
                               QByteArrayLiteral("X-Prometheus-Remote-Write-Version: 0.1.0"),
                               QByteArrayLiteral("User-Agent: perfdash")},
                              body, error);
}

} // namespace PrometheusPush
} // namespace exporting
