// JsonSampleExtractor: JSON paths with '*' wildcards mapped to labelled samples.
#include "jsonsampleextractor.h"

#include <QTest>

namespace {
using Labels = QList<QPair<QString, QString>>;

// The example response from seed 003's /api/performance/metrics, as documented there.
const QByteArray seed003Body = R"({
  "timestamp": "2025-11-14T10:30:45.123Z",
  "performance_metrics": {
    "manager.connect": {
      "min": 0.005,
      "max": 0.124,
      "avg": 0.023,
      "count": 523,
      "total": 12.029
    },
    "manager.broadcast_to_file": {
      "min": 0.002,
      "max": 0.089,
      "avg": 0.015,
      "count": 12456,
      "total": 186.84
    }
  },
  "websocket_metrics": {
    "active_connections": 45,
    "total_connections": 523,
    "messages_sent": 12456,
    "bytes_sent": 3456789
  }
})";

// "metric{a=x,b=y} value" per sample, sorted, so a row states the whole expected output.
QStringList describe(const std::vector<JsonSample>& samples)
{
    QStringList out;
    for (const JsonSample& sample : samples) {
        QStringList labels;
        for (const auto& [name, value] : sample.labels)
            labels.append(name + QLatin1Char('=') + value);
        out.append(sample.metric + QLatin1Char('{') + labels.join(QLatin1Char(',')) + QStringLiteral("} ") +
                   QString::number(sample.value, 'g', 15));
    }
    out.sort();
    return out;
}

JsonMapping mapping(const char* path, const char* metric, const QStringList& labels = {})
{
    return {QString::fromUtf8(path), QString::fromUtf8(metric), labels};
}
} // namespace

Q_DECLARE_METATYPE(JsonMapping)

class TestJsonSampleExtractor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seed003PerformanceMetrics();
    void extracts_data();
    void extracts();
    void rejects_data();
    void rejects();
};

void TestJsonSampleExtractor::seed003PerformanceMetrics()
{
    std::vector<JsonSample> samples;
    QString error;
    QVERIFY2(JsonSampleExtractor::extract(seed003Body, JsonEndpoint::performanceMetricsMappings(), &samples,
                                          &error),
             qPrintable(error));
    // Five figures for each of the two operations; websocket_metrics and timestamp are not mapped.
    QCOMPARE(samples.size(), size_t(10));
    QCOMPARE(describe(samples),
             (QStringList{
                 QStringLiteral("app_operation_avg_seconds{operation=manager.broadcast_to_file} 0.015"),
                 QStringLiteral("app_operation_avg_seconds{operation=manager.connect} 0.023"),
                 QStringLiteral("app_operation_count{operation=manager.broadcast_to_file} 12456"),
                 QStringLiteral("app_operation_count{operation=manager.connect} 523"),
                 QStringLiteral("app_operation_max_seconds{operation=manager.broadcast_to_file} 0.089"),
                 QStringLiteral("app_operation_max_seconds{operation=manager.connect} 0.124"),
                 QStringLiteral("app_operation_min_seconds{operation=manager.broadcast_to_file} 0.002"),
                 QStringLiteral("app_operation_min_seconds{operation=manager.connect} 0.005"),
                 QStringLiteral("app_operation_total_seconds{operation=manager.broadcast_to_file} 186.84"),
                 QStringLiteral("app_operation_total_seconds{operation=manager.connect} 12.029"),
             }));
    // The label is a (name, value) pair, and the dotted operation name stays one value.
    for (const JsonSample& sample : samples) {
        QCOMPARE(sample.labels.size(), qsizetype(1));
        QCOMPARE(sample.labels.first().first, QStringLiteral("operation"));
    }
}

void TestJsonSampleExtractor::extracts_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QList<JsonMapping>>("mappings");
    QTest::addColumn<QStringList>("expected");

    const QStringList serviceEndpoint{QStringLiteral("service"), QStringLiteral("endpoint")};
    QTest::newRow("two wildcard levels")
        << QByteArray(R"({"services":{
               "erp":{"endpoints":{"materials":{"p95":0.12},"orders":{"p95":0.3}}},
               "crm":{"endpoints":{"customers":{"p95":0.05}}},
               "version":"2.1"}})")
        << QList<JsonMapping>{mapping("services.*.endpoints.*.p95", "service_p95_seconds", serviceEndpoint)}
        << QStringList{QStringLiteral("service_p95_seconds{service=crm,endpoint=customers} 0.05"),
                       QStringLiteral("service_p95_seconds{service=erp,endpoint=materials} 0.12"),
                       QStringLiteral("service_p95_seconds{service=erp,endpoint=orders} 0.3")};
    QTest::newRow("wildcard as the last step")
        << QByteArray(R"({"queues":{"orders":17,"mail":0}})")
        << QList<JsonMapping>{mapping("queues.*", "queue_depth", {QStringLiteral("queue")})}
        << QStringList{QStringLiteral("queue_depth{queue=mail} 0"),
                       QStringLiteral("queue_depth{queue=orders} 17")};
    QTest::newRow("booleans as 1 and 0")
        << QByteArray(R"({"flags":{"cache":true,"maintenance":false}})")
        << QList<JsonMapping>{mapping("flags.*", "feature_enabled", {QStringLiteral("flag")})}
        << QStringList{QStringLiteral("feature_enabled{flag=cache} 1"),
                       QStringLiteral("feature_enabled{flag=maintenance} 0")};
    QTest::newRow("strings, null and arrays ignored")
        << QByteArray(R"({"status":"ok","uptime":12.5,"owner":null,"nodes":[1,2],"count":"7"})")
        << QList<JsonMapping>{mapping("status", "status_value"), mapping("uptime", "uptime_seconds"),
                              mapping("owner", "owner_value"), mapping("nodes", "nodes_value"),
                              mapping("count", "count_value")}
        << QStringList{QStringLiteral("uptime_seconds{} 12.5")};
    QTest::newRow("missing path yields nothing")
        << QByteArray(R"({"a":{"b":1}})")
        << QList<JsonMapping>{mapping("a.c", "absent"),
                              mapping("x.*.y", "absent_wildcard", {QStringLiteral("k")}),
                              mapping("a.b.c", "through_a_number")}
        << QStringList{};
    QTest::newRow("wildcard skips entries without the field")
        << QByteArray(R"({"ops":{"get":{"avg":0.2},"put":{"max":1},"note":"x"}})")
        << QList<JsonMapping>{mapping("ops.*.avg", "op_avg", {QStringLiteral("op")})}
        << QStringList{QStringLiteral("op_avg{op=get} 0.2")};
    QTest::newRow("extra labels are allowed")
        << QByteArray(R"({"a":{"x":1}})")
        << QList<JsonMapping>{mapping("a.*", "m", {QStringLiteral("key"), QStringLiteral("unused")})}
        << QStringList{QStringLiteral("m{key=x} 1")};
    QTest::newRow("empty object") << QByteArray("{}") << JsonEndpoint::performanceMetricsMappings()
                                  << QStringList{};
}

void TestJsonSampleExtractor::extracts()
{
    QFETCH(QByteArray, body);
    QFETCH(QList<JsonMapping>, mappings);
    QFETCH(QStringList, expected);

    std::vector<JsonSample> samples;
    QString error;
    QVERIFY2(JsonSampleExtractor::extract(body, mappings, &samples, &error), qPrintable(error));
    QCOMPARE(describe(samples), expected);
}

void TestJsonSampleExtractor::rejects_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QList<JsonMapping>>("mappings");
    QTest::addColumn<QString>("error");

    // Qt's offset points just past the byte that broke the parse: '1' at index 5 where ':' belongs,
    // '<' at index 0 where a document must open.
    QTest::newRow("missing colon") << QByteArray(R"({"a" 1})") << JsonEndpoint::performanceMetricsMappings()
                                   << QStringLiteral("body is not JSON (offset 6: ");
    QTest::newRow("html error page") << QByteArray("<html>502 Bad Gateway</html>")
                                     << JsonEndpoint::performanceMetricsMappings()
                                     << QStringLiteral("body is not JSON (offset 1: ");
    QTest::newRow("one wildcard, no label")
        << QByteArray(R"({"a":{"x":1}})") << QList<JsonMapping>{mapping("a.*", "m")}
        << QStringLiteral("mapping a.*: 1 wildcards but 0 labels");
    QTest::newRow("two wildcards, one label")
        << QByteArray(R"({"a":{"x":{"y":1}}})")
        << QList<JsonMapping>{mapping("a.*.*", "m", {QStringLiteral("first")})}
        << QStringLiteral("mapping a.*.*: 2 wildcards but 1 labels");
    // A bad mapping is reported even when an earlier one matched, and even if nothing would match it.
    QTest::newRow("bad second mapping")
        << QByteArray(R"({"a":1})") << QList<JsonMapping>{mapping("a", "ok"), mapping("missing.*", "bad")}
        << QStringLiteral("mapping missing.*: 1 wildcards but 0 labels");
}

void TestJsonSampleExtractor::rejects()
{
    QFETCH(QByteArray, body);
    QFETCH(QList<JsonMapping>, mappings);
    QFETCH(QString, error);

    std::vector<JsonSample> samples;
    QString message;
    QVERIFY(!JsonSampleExtractor::extract(body, mappings, &samples, &message));
    QVERIFY2(message.startsWith(error), qPrintable(message));
}

QTEST_GUILESS_MAIN(TestJsonSampleExtractor)
#include "tst_jsonsampleextractor.moc"
