// The "prometheusServers" section of workspace.json: read, written back unchanged, and refused with
// the field path of the first problem; secrets never accepted inline.
#include "workspaceconfig.h"

#include <QTest>

// URLs in the JSON below are written http:\/\/ (valid JSON): moc reads "//" in a raw string as a comment.
namespace {
QByteArray workspaceWith(const QByteArray& server)
{
    return R"({"formatVersion":1,"name":"fleet","prometheusServers":[)" + server + "]}";
}
} // namespace

class TestPrometheusServerConfig : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip()
    {
        const QByteArray json = workspaceWith(R"json({"name":"fleet","url":"https:\/\/prom.example:9090",
            "intervalMs":30000,"timeoutMs":5000,"rateWindowMs":120000,"backfillMs":0,"caFile":"/etc/ca.pem",
            "auth":{"type":"basic","username":"viewer","secretEnv":"PROM_PASSWORD"},
            "services":[{"job":"erp","instance":"10.0.0.5:8080"},{"job":"wms"}],
            "queries":[{"name":"queue_depth","promql":"sum(ef_celery_queue_length)"}]})json");
        WorkspaceConfig config;
        QString error;
        QVERIFY2(WorkspaceConfig::fromJson(json, &config, &error), qPrintable(error));
        QCOMPARE(config.prometheusServers.size(), 1);
        const PrometheusServer& s = config.prometheusServers.first();
        QCOMPARE(s.url, QUrl(QStringLiteral("https://prom.example:9090")));
        QCOMPARE(s.intervalMs, 30000);
        QCOMPARE(s.timeoutMs, 5000);
        QCOMPARE(s.rateWindowMs, 120000);
        QCOMPARE(s.backfillMs, 0);
        QCOMPARE(int(s.auth), int(HttpAuth::Kind::Basic));
        QCOMPARE(s.secret.environmentVariable, QStringLiteral("PROM_PASSWORD"));
        QVERIFY(!s.insecureSkipVerify);
        QCOMPARE(s.services.size(), 2);
        QCOMPARE(s.services.at(1).job, QStringLiteral("wms"));
        QVERIFY(s.services.at(1).instance.isEmpty());
        QCOMPARE(s.queries.first().promql, QStringLiteral("sum(ef_celery_queue_length)"));
        QCOMPARE(s.sourceLabel(), QStringLiteral("prom:fleet"));

        WorkspaceConfig again;
        QVERIFY2(WorkspaceConfig::fromJson(config.toJson(), &again, &error), qPrintable(error));
        QCOMPARE(again, config);
        QVERIFY(config.validationErrors().isEmpty());
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("server");
        QTest::addColumn<QString>("error");
        QTest::newRow("no url") << QByteArray(R"({"name":"a"})")
                                << QStringLiteral("prometheusServers[0].url: ");
        QTest::newRow("inline password")
            << QByteArray(
                   R"({"name":"a","url":"http:\/\/p:9090","auth":{"type":"basic","username":"u","password":"x"}})")
            << QStringLiteral(
                   "prometheusServers[0].auth.password: secrets are never stored in the workspace");
        QTest::newRow("bad auth type")
            << QByteArray(R"({"name":"a","url":"http:\/\/p:9090","auth":{"type":"digest","secretEnv":"T"}})")
            << QStringLiteral("prometheusServers[0].auth.type: expected \"basic\" or \"bearer\"");
        QTest::newRow("timeout over interval")
            << QByteArray(R"({"name":"a","url":"http:\/\/p:9090","intervalMs":2000,"timeoutMs":3000})")
            << QStringLiteral("prometheusServers[0].timeoutMs: must not exceed intervalMs (2000)");
        QTest::newRow("service without job")
            << QByteArray(R"({"name":"a","url":"http:\/\/p:9090","services":[{"instance":"h:1"}]})")
            << QStringLiteral("prometheusServers[0].services[0].job: ");
        QTest::newRow("query name not a metric")
            << QByteArray(
                   R"({"name":"a","url":"http:\/\/p:9090","queries":[{"name":"queue depth","promql":"up"}]})")
            << QStringLiteral("prometheusServers[0].queries[0].name: \"queue depth\" is not a metric name");
        QTest::newRow("query named like a standard figure")
            << QByteArray(
                   R"({"name":"a","url":"http:\/\/p:9090","queries":[{"name":"path:x","promql":"up"}]})")
            << QStringLiteral("prometheusServers[0].queries[0].name: names starting with \"path:\"");
        QTest::newRow("query name twice")
            << QByteArray(R"({"name":"a","url":"http:\/\/p:9090","queries":[
            {"name":"q","promql":"up"},{"name":"q","promql":"up"}]})")
            << QStringLiteral("prometheusServers[0].queries[1].name: \"q\" is used twice");
        QTest::newRow("query without promql")
            << QByteArray(R"({"name":"a","url":"http:\/\/p:9090","queries":[{"name":"q"}]})")
            << QStringLiteral("prometheusServers[0].queries[0].promql: ");
    }
    void refused()
    {
        QFETCH(QByteArray, server);
        QFETCH(QString, error);
        WorkspaceConfig config;
        config.name = QStringLiteral("kept");
        QString message;
        QVERIFY(!WorkspaceConfig::fromJson(workspaceWith(server), &config, &message));
        QVERIFY2(message.startsWith(error), qPrintable(message));
        QCOMPARE(config.name, QStringLiteral("kept")); // nothing half-read
    }

    void nameUsedTwice()
    {
        WorkspaceConfig config;
        QString error;
        QVERIFY(!WorkspaceConfig::fromJson(
            workspaceWith(R"({"name":"a","url":"http:\/\/p:9090"},{"name":"a","url":"http:\/\/q:9090"})"),
            &config, &error));
        QCOMPARE(error, QStringLiteral("prometheusServers[1].name: \"a\" is used twice"));
    }

    void secretNeverWritten()
    {
        WorkspaceConfig config;
        PrometheusServer s;
        s.name = QStringLiteral("fleet");
        s.url = QUrl(QStringLiteral("http://p:9090"));
        s.auth = HttpAuth::Kind::Bearer;
        s.secret.file = QStringLiteral("/run/secrets/prom-token");
        config.prometheusServers.append(s);
        const QByteArray json = config.toJson();
        QVERIFY(json.contains("\"secretFile\": \"/run/secrets/prom-token\""));
        QVERIFY(!json.contains("\"token\""));
        QVERIFY(config.validationErrors().isEmpty());
        config.prometheusServers.first().url = QUrl(QStringLiteral("ftp://p"));
        QCOMPARE(config.validationErrors().size(), 1);
        QVERIFY(config.validationErrors().first().startsWith(QStringLiteral("prometheusServers[0].url: ")));
    }
};

QTEST_GUILESS_MAIN(TestPrometheusServerConfig)
#include "tst_prometheusserverconfig.moc"
