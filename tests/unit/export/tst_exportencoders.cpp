// The encoders: OpenMetrics and Prometheus text read back by Python's prometheus_client (the
// project's exposition-format checker), remote-write bytes decoded by the generated protobuf
// parser after a snappy round trip, and the Pushgateway's grouping-key URLs.
#include "prometheuspush.h"
#include "remote.pb.h"
#include "remotewriteencoder.h"
#include "textexposition.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using exporting::ExportFamily;

namespace {
// Parses `text` with prometheus_client and returns every sample as
// {"family", "type", "unit", "name", "labels", "value", "timestamp"}; empty with a failure message.
const char* parserScript = R"py(
import json, sys
from prometheus_client.openmetrics.parser import text_string_to_metric_families as om
from prometheus_client.parser import text_string_to_metric_families as prom
text = sys.stdin.read()
out = []
for f in (om if sys.argv[1] == "om" else prom)(text):
    for s in f.samples:
        out.append({"family": f.name, "type": f.type, "unit": getattr(f, "unit", ""), "name": s.name,
                    "labels": s.labels, "value": s.value,
                    "timestamp": None if s.timestamp is None else float(s.timestamp)})
print(json.dumps(out))
)py";

// Debian's interpreter first: the one python3-prometheus-client installs into.
QString python()
{
    const QString system = QStringLiteral("/usr/bin/python3");
    return QFileInfo::exists(system) ? system : QStringLiteral("python3");
}

QJsonArray parsed(const QByteArray& text, const char* format, QString* error)
{
    QProcess python;
    python.start(::python(),
                 {QStringLiteral("-c"), QString::fromUtf8(parserScript), QString::fromLatin1(format)});
    python.write(text);
    python.closeWriteChannel();
    if (!python.waitForFinished(30000) || python.exitCode() != 0) {
        *error = QString::fromUtf8(python.readAllStandardError());
        return {};
    }
    return QJsonDocument::fromJson(python.readAllStandardOutput()).array();
}

QJsonObject sampleNamed(const QJsonArray& samples, const QString& name, const QString& label = {},
                        const QString& value = {})
{
    for (const QJsonValue& s : samples) {
        const QJsonObject o = s.toObject();
        if (o.value(QStringLiteral("name")).toString() == name &&
            (label.isEmpty() ||
             o.value(QStringLiteral("labels")).toObject().value(label).toString() == value))
            return o;
    }
    return {};
}

std::vector<ExportFamily> families()
{
    ExportFamily requests{QStringLiteral("perfdash_load_requests"),
                          ExportFamily::Type::Counter,
                          {},
                          QStringLiteral("Requests \\ of the run\nanswered or failed."),
                          {{{{QStringLiteral("run"), QStringLiteral("3")},
                             {QStringLiteral("target"), QStringLiteral("http://h/\"x\"\n\\y")}},
                            {{1234, 1'700'000'000'500}},
                            {}}}};
    ExportFamily latency{QStringLiteral("perfdash_load_latency_seconds"),
                         ExportFamily::Type::Summary,
                         QStringLiteral("seconds"),
                         QStringLiteral("Latency."),
                         {}};
    latency.series.push_back(
        {{{QStringLiteral("quantile"), QStringLiteral("0.95")}}, {{0.123456789, {}}}, {}});
    latency.series.push_back({{}, {{12.5, {}}}, QStringLiteral("_sum")});
    latency.series.push_back({{}, {{100, {}}}, QStringLiteral("_count")});
    ExportFamily users{QStringLiteral("perfdash_load_active_users"),
                       ExportFamily::Type::Gauge,
                       {},
                       {},
                       {{{}, {{4, 1'700'000'001'000}, {8, 1'700'000'002'000}}, {}}}};
    return {requests, latency, users};
}
} // namespace

class TestExportEncoders : public QObject
{
    Q_OBJECT

private slots:
    void openMetricsParsesBackToTheSameSamples()
    {
        auto fs = families();
        fs.pop_back(); // a series over time is for remote write; a text exposition holds one point
        const QByteArray text = exporting::TextExposition::openMetrics(fs, true);
        QVERIFY(text.endsWith("# EOF\n"));
        QString error;
        const QJsonArray samples = parsed(text, "om", &error);
        QVERIFY2(!samples.isEmpty(), qPrintable(error + QString::fromUtf8(text)));
        const QJsonObject requests = sampleNamed(samples, QStringLiteral("perfdash_load_requests_total"));
        QCOMPARE(requests.value(QStringLiteral("type")).toString(), QStringLiteral("counter"));
        QCOMPARE(requests.value(QStringLiteral("value")).toDouble(), 1234.0);
        QCOMPARE(requests.value(QStringLiteral("timestamp")).toDouble(), 1700000000.5);
        QCOMPARE(
            requests.value(QStringLiteral("labels")).toObject().value(QStringLiteral("target")).toString(),
            QStringLiteral("http://h/\"x\"\n\\y"));
        const QJsonObject p95 = sampleNamed(samples, QStringLiteral("perfdash_load_latency_seconds"));
        QCOMPARE(p95.value(QStringLiteral("unit")).toString(), QStringLiteral("seconds"));
        QCOMPARE(p95.value(QStringLiteral("type")).toString(), QStringLiteral("summary"));
        QCOMPARE(p95.value(QStringLiteral("value")).toDouble(), 0.123456789);
        QCOMPARE(sampleNamed(samples, QStringLiteral("perfdash_load_latency_seconds_count"))
                     .value(QStringLiteral("value"))
                     .toDouble(),
                 100.0);
        QCOMPARE(samples.size(), 4);
    }

    void prometheusTextHasNoTimestamps()
    {
        const QByteArray text = exporting::TextExposition::prometheusText(families());
        QVERIFY(!text.contains("1700000000"));
        QVERIFY(text.contains("# TYPE perfdash_load_requests_total counter\n"));
        QString error;
        const QJsonArray samples = parsed(text, "prom", &error);
        QVERIFY2(!samples.isEmpty(), qPrintable(error + QString::fromUtf8(text)));
        QCOMPARE(sampleNamed(samples, QStringLiteral("perfdash_load_requests_total"))
                     .value(QStringLiteral("value"))
                     .toDouble(),
                 1234.0);
        QCOMPARE(sampleNamed(samples, QStringLiteral("perfdash_load_latency_seconds_sum"))
                     .value(QStringLiteral("value"))
                     .toDouble(),
                 12.5);
    }

    void remoteWriteDecodesToSortedSeries()
    {
        const QByteArray raw = exporting::RemoteWriteEncoder::writeRequest(families(), 1'700'000'009'000);
        QByteArray back;
        QVERIFY(
            exporting::RemoteWriteEncoder::uncompress(exporting::RemoteWriteEncoder::compress(raw), &back));
        QCOMPARE(back, raw);
        prometheus::WriteRequest request;
        QVERIFY(request.ParseFromArray(back.constData(), int(back.size())));
        QCOMPARE(request.timeseries_size(), 5);
        for (const prometheus::TimeSeries& series : request.timeseries()) {
            QCOMPARE(series.labels(0).name(), std::string("__name__"));
            for (int i = 1; i < series.labels_size(); ++i)
                QVERIFY(series.labels(i - 1).name() < series.labels(i).name());
            for (int i = 1; i < series.samples_size(); ++i)
                QVERIFY(series.samples(i - 1).timestamp() < series.samples(i).timestamp());
        }
        const prometheus::TimeSeries& requests = request.timeseries(0);
        QCOMPARE(requests.labels(0).value(), std::string("perfdash_load_requests_total"));
        QCOMPARE(requests.labels(2).value(), std::string("http://h/\"x\"\n\\y"));
        QCOMPARE(requests.samples(0).value(), 1234.0);
        QCOMPARE(requests.samples(0).timestamp(), 1'700'000'000'500);
        const prometheus::TimeSeries& p95 = request.timeseries(1);
        QCOMPARE(p95.labels(1).name(), std::string("quantile"));
        QCOMPARE(p95.samples(0).timestamp(), 1'700'000'009'000); // no timestamp of its own: "now"
        QCOMPARE(request.timeseries(3).labels(0).value(), std::string("perfdash_load_latency_seconds_count"));
        QCOMPARE(request.timeseries(4).samples_size(), 2);
        QCOMPARE(request.metadata_size(), 3);
        QCOMPARE(request.metadata(1).type(), prometheus::MetricMetadata::SUMMARY);
        QCOMPARE(request.metadata(1).unit(), std::string("seconds"));
    }

    void snappyRefusesWhatIsNotSnappy()
    {
        QByteArray out;
        QVERIFY(!exporting::RemoteWriteEncoder::uncompress(
            QByteArrayLiteral("\xff\xff\xff\xff\xff not snappy"), &out));
        const QByteArray big(100000, 'a');
        const QByteArray compressed = exporting::RemoteWriteEncoder::compress(big);
        QVERIFY(compressed.size() < big.size() / 10);
        QVERIFY(exporting::RemoteWriteEncoder::uncompress(compressed, &out));
        QCOMPARE(out, big);
    }

    void pushgatewayUrlsCarryTheGroupingKey()
    {
        using exporting::PrometheusPush::pushgatewayUrl;
        QCOMPARE(pushgatewayUrl(QUrl(QStringLiteral("http://127.0.0.1:9091")),
                                {{QStringLiteral("job"), QStringLiteral("perfdash")},
                                 {QStringLiteral("run"), QStringLiteral("12")}})
                     .toString(),
                 QStringLiteral("http://127.0.0.1:9091/metrics/job/perfdash/run/12"));
        // A value with a slash, or an empty one, takes the Pushgateway's base64 form.
        QCOMPARE(pushgatewayUrl(
                     QUrl(QStringLiteral("https://gw.example/base/")),
                     {{QStringLiteral("job"), QStringLiteral("a/b")}, {QStringLiteral("plan"), QString()}})
                     .toString(),
                 QStringLiteral("https://gw.example/base/metrics/job@base64/YS9i/plan@base64/="));
        QCOMPARE(pushgatewayUrl(QUrl(QStringLiteral("http://gw:9091")),
                                {{QStringLiteral("instance"), QStringLiteral("my host")}})
                     .toString(QUrl::FullyEncoded),
                 QStringLiteral("http://gw:9091/metrics/instance/my%20host"));
    }
};

QTEST_GUILESS_MAIN(TestExportEncoders)
#include "tst_exportencoders.moc"
