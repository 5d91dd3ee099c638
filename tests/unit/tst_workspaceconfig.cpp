#include "workspaceconfig.h"

#include <QTest>

namespace {
// moc 6.4 takes "//" inside a raw string for a comment and then misses the test class,
// so the JSON below writes "@" for "http://" (and "ftp:@@" for "ftp://").
QByteArray config(const char* json)
{
    return QByteArray(json).replace("ftp:@@", "ftp://").replace("@", "http://");
}
} // namespace

class TestWorkspaceConfig : public QObject
{
    Q_OBJECT
private slots:
    void roundTripsThroughJson()
    {
        WorkspaceConfig config =
            WorkspaceConfig::demoWorkspace(QUrl(QStringLiteral("http://127.0.0.1:18080")));
        ScrapeTarget erp;
        erp.name = QStringLiteral("erp");
        erp.url = QUrl(QStringLiteral("https://erp.example.test:8443/internal/metrics"));
        erp.intervalMs = 15000;
        erp.timeoutMs = 10000;
        erp.caFile = QStringLiteral("/etc/ssl/erp-ca.pem");
        erp.auth = ScrapeTarget::Auth::Bearer;
        erp.secret.environmentVariable = QStringLiteral("ERP_TOKEN");
        config.targets.append(erp);

        WorkspaceConfig parsed;
        QString error;
        QVERIFY2(WorkspaceConfig::fromJson(config.toJson(), &parsed, &error), qPrintable(error));
        QCOMPARE(parsed, config);
        QCOMPARE(parsed.targets.size(), 2);
        QCOMPARE(parsed.targets.at(1).secret.environmentVariable, QStringLiteral("ERP_TOKEN"));
        QCOMPARE(parsed.jsonEndpoints.first().mappings, JsonEndpoint::performanceMetricsMappings());
    }

    void databaseSourcesAndStorageRoundTrip()
    {
        WorkspaceConfig config;
        PostgresSource pg;
        pg.name = QStringLiteral("erp-db");
        pg.conninfo = QStringLiteral("host=db.example port=5433 user=monitor dbname=erp");
        pg.intervalMs = 10000;
        pg.topN = 20;
        config.postgres.append(pg);
        RedisSource redis;
        redis.name = QStringLiteral("celery");
        redis.host = QStringLiteral("cache.example");
        redis.port = 6380;
        redis.db = 2;
        redis.username = QStringLiteral("monitor");
        redis.password.environmentVariable = QStringLiteral("REDIS_PASSWORD");
        redis.queueKeys = {QStringLiteral("celery"), QStringLiteral("imports")};
        redis.queueDiscoveryPattern = QStringLiteral("queue:*");
        redis.discoveryMaxKeys = 50;
        config.redis.append(redis);
        config.storage.retentionDays = 14;
        config.storage.maxFileMiB = 2048;

        WorkspaceConfig parsed;
        QString error;
        QVERIFY2(WorkspaceConfig::fromJson(config.toJson(), &parsed, &error), qPrintable(error));
        QCOMPARE(parsed, config);
        QCOMPARE(pg.displayTarget(), QStringLiteral("postgresql://monitor@db.example:5433/erp"));
    }

    void storageDefaultsWhenAbsent()
    {
        WorkspaceConfig parsed;
        QString error;
        QVERIFY2(WorkspaceConfig::fromJson(R"({"formatVersion": 1})", &parsed, &error), qPrintable(error));
        QCOMPARE(parsed.storage.retentionDays, 30);
        QCOMPARE(parsed.storage.maxFileMiB, 0);
        QVERIFY(parsed.postgres.isEmpty());
        QVERIFY(parsed.redis.isEmpty());
    }

    void alertRulesDefaultWhenAbsentAndRoundTrip()
    {
        WorkspaceConfig parsed;
        QString error;
        QVERIFY2(WorkspaceConfig::fromJson(R"({"formatVersion": 1})", &parsed, &error), qPrintable(error));
        QCOMPARE(parsed.alertRules, alerts::defaultRules());
        QCOMPARE(parsed.alerting.evaluationIntervalMs, 5000);
        QVERIFY(parsed.alerting.webhook.url.isEmpty());

        // An empty list is kept: the user removed every rule.
        QVERIFY2(WorkspaceConfig::fromJson(R"({"formatVersion": 1, "alerts": []})", &parsed, &error),
                 qPrintable(error));
        QVERIFY(parsed.alertRules.isEmpty());

        WorkspaceConfig config;
        config.alertRules.removeAt(2);
        config.alertRules[0].threshold = 0.8;
        config.alertRules[0].keepFiringForMs = 120'000;
        config.alerting.evaluationIntervalMs = 15000;
        config.alerting.webhook.url = QUrl(QStringLiteral("https://hooks.example.test/alertmanager"));
        config.alerting.webhook.timeoutMs = 2000;
        config.alerting.webhook.bearerToken.environmentVariable = QStringLiteral("HOOK_TOKEN");
        QVERIFY2(WorkspaceConfig::fromJson(config.toJson(), &parsed, &error), qPrintable(error));
        QCOMPARE(parsed, config);
        QVERIFY(!config.toJson().contains("hunter2"));
        QVERIFY(config.validationErrors().isEmpty());
    }

    void alertRuleProblemsNameTheirPath()
    {
        WorkspaceConfig config;
        config.alertRules[1].forMs = -5;
        config.alertRules[3].name = config.alertRules[0].name;
        config.alerting.evaluationIntervalMs = 10;
        const QStringList errors = config.validationErrors();
        QVERIFY2(errors.filter(QStringLiteral("alerts[1].for")).size() == 1, qPrintable(errors.join(u'\n')));
        QVERIFY2(errors.filter(QStringLiteral("alerts[3].name")).size() == 1, qPrintable(errors.join(u'\n')));
        QVERIFY2(errors.filter(QStringLiteral("alerting.evaluationIntervalMs")).size() == 1,
                 qPrintable(errors.join(u'\n')));
    }

    void demoWorkspaceWatchesTheDemoTarget()
    {
        const WorkspaceConfig demo =
            WorkspaceConfig::demoWorkspace(QUrl(QStringLiteral("http://127.0.0.1:9/")));
        QVERIFY(demo.demo);
        QCOMPARE(demo.targets.first().url, QUrl(QStringLiteral("http://127.0.0.1:9/metrics")));
        QCOMPARE(demo.probes.first().url, QUrl(QStringLiteral("http://127.0.0.1:9/health")));
        QCOMPARE(demo.probes.first().jsonField, QStringLiteral("status"));
        QCOMPARE(demo.jsonEndpoints.first().url,
                 QUrl(QStringLiteral("http://127.0.0.1:9/api/performance/metrics")));
    }

    void presetsExpand()
    {
        const QByteArray json = config(R"({"formatVersion": 1, "jsonEndpoints": [
            {"name": "perf", "url": "@127.0.0.1:1/api/performance/metrics", "preset": "performance-metrics"}]})");
        WorkspaceConfig parsed;
        QString error;
        QVERIFY2(WorkspaceConfig::fromJson(json, &parsed, &error), qPrintable(error));
        QCOMPARE(parsed.jsonEndpoints.first().mappings, JsonEndpoint::performanceMetricsMappings());
    }

    void noSecretIsWrittenOut()
    {
        WorkspaceConfig config;
        ScrapeTarget t;
        t.name = QStringLiteral("t");
        t.url = QUrl(QStringLiteral("http://127.0.0.1:1/metrics"));
        t.auth = ScrapeTarget::Auth::Basic;
        t.username = QStringLiteral("monitor");
        t.secret.file = QStringLiteral("/run/secrets/t");
        config.targets.append(t);
        const QByteArray json = config.toJson();
        QVERIFY(json.contains("\"secretFile\": \"/run/secrets/t\""));
        QVERIFY(!json.contains("password"));
    }

    void validationErrorsListEveryBrokenEntry()
    {
        WorkspaceConfig config = WorkspaceConfig::demoWorkspace(QUrl(QStringLiteral("http://127.0.0.1:1")));
        QCOMPARE(config.validationErrors(), QStringList());

        ScrapeTarget badUrl = config.targets.first();
        badUrl.name = QStringLiteral("second");
        badUrl.url = QUrl(QStringLiteral("ftp.example/metrics"));
        config.targets.append(badUrl);
        ScrapeTarget slow = config.targets.first();
        slow.name = QStringLiteral("third");
        slow.timeoutMs = slow.intervalMs + 1;
        config.targets.append(slow);
        config.probes.append(config.probes.first()); // same name twice
        RedisSource redis;
        redis.name = QStringLiteral("cache");
        redis.username = QStringLiteral("monitor"); // an ACL user without a password source
        config.redis.append(redis);
        config.storage.maxFileMiB = 3;

        const QStringList errors = config.validationErrors();
        QCOMPARE(errors,
                 QStringList({QStringLiteral("targets[1].url: expected an http:// or https:// URL, got "
                                             "\"ftp.example/metrics\""),
                              QStringLiteral("targets[2].timeoutMs: must not exceed intervalMs (5000)"),
                              QStringLiteral("probes[1].name: \"demo-target health\" is used twice"),
                              QStringLiteral("redis[0].auth.secretEnv: set secretEnv or secretFile"),
                              QStringLiteral("storage.maxFileMiB: must be 0 (no limit) or at least 16")}));
        // The same rules as reading the file back: fromJson() refuses it with the first of them.
        WorkspaceConfig parsed;
        QString error;
        QVERIFY(!WorkspaceConfig::fromJson(config.toJson(), &parsed, &error));
        QCOMPARE(error, errors.first());
    }

    void validationErrorsOfEntriesAnEditorHolds()
    {
        // Entries as a settings editor holds them in memory, before any file exists.
        WorkspaceConfig config;
        ScrapeTarget basic;
        basic.name = QStringLiteral("t");
        basic.url = QUrl(QStringLiteral("http://x.example/metrics"));
        basic.auth = ScrapeTarget::Auth::Basic;
        basic.secret.environmentVariable = QStringLiteral("T_PASSWORD");
        config.targets.append(basic);
        JsonEndpoint unmapped;
        unmapped.name = QStringLiteral("j");
        unmapped.url = QUrl(QStringLiteral("http://x.example/stats"));
        config.jsonEndpoints.append(unmapped);
        PostgresSource inlinePassword;
        inlinePassword.name = QStringLiteral("p");
        inlinePassword.conninfo = QStringLiteral("host=x password=hunter2");
        config.postgres.append(inlinePassword);
        config.postgres.append(PostgresSource{});

        const QStringList errors = config.validationErrors();
        QCOMPARE(errors.size(), 4);
        QCOMPARE(errors.at(0), QStringLiteral("targets[0].auth.username: missing or empty"));
        QCOMPARE(errors.at(1),
                 QStringLiteral("jsonEndpoints[0].mappings: give at least one mapping or a preset"));
        QVERIFY2(errors.at(2).startsWith(QStringLiteral("postgres[0].conninfo: ")), qPrintable(errors.at(2)));
        QVERIFY2(!errors.at(2).contains(QStringLiteral("hunter2")), "a secret leaked into an error message");
        QCOMPARE(errors.at(3), QStringLiteral("postgres[1].name: missing or empty"));
    }

    void rejectsBadInputNamingTheField_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expectedInError");
        QTest::newRow("not json") << QByteArray("{\"name\": ") << QStringLiteral("not valid JSON at offset");
        QTest::newRow("array at top") << QByteArray("[]") << QStringLiteral("JSON object");
        QTest::newRow("no version") << QByteArray("{\"name\":\"x\"}") << QStringLiteral("formatVersion: 0");
        QTest::newRow("future version")
            << QByteArray("{\"formatVersion\":99}") << QStringLiteral("formatVersion: 99");
        QTest::newRow("targets not a list")
            << config(R"({"formatVersion":1,"targets":{}})") << QStringLiteral("targets: expected an array");
        QTest::newRow("target without name")
            << config(R"({"formatVersion":1,"targets":[{"url":"@127.0.0.1/metrics"}]})")
            << QStringLiteral("targets[0].name: missing or empty");
        QTest::newRow("ftp url") << config(
                                        R"({"formatVersion":1,"targets":[{"name":"a","url":"ftp:@@h/m"}]})")
                                 << QStringLiteral("targets[0].url: expected an http:// or https:// URL");
        QTest::newRow("interval too short")
            << config(R"({"formatVersion":1,"targets":[{"name":"a","url":"@h/m"},)"
                      R"({"name":"b","url":"@h/m","intervalMs":10}]})")
            << QStringLiteral("targets[1].intervalMs: must be a whole number from 100");
        QTest::newRow("timeout over interval")
            << config(
                   R"({"formatVersion":1,"targets":[{"name":"a","url":"@h/m","intervalMs":1000,"timeoutMs":2000}]})")
            << QStringLiteral("targets[0].timeoutMs: must not exceed intervalMs");
        QTest::newRow("interval not a number")
            << config(R"({"formatVersion":1,"targets":[{"name":"a","url":"@h/m","intervalMs":"5s"}]})")
            << QStringLiteral("targets[0].intervalMs: expected a number");
        QTest::newRow("duplicate names")
            << config(
                   R"({"formatVersion":1,"targets":[{"name":"a","url":"@h/m"},{"name":"a","url":"@h/n"}]})")
            << QStringLiteral("targets[1].name: \"a\" is used twice");
        QTest::newRow("inline password refused")
            << config(R"({"formatVersion":1,"targets":[{"name":"a","url":"@h/m",)"
                      R"("auth":{"type":"basic","username":"u","password":"hunter2"}}]})")
            << QStringLiteral("targets[0].auth.password: secrets are never stored in the workspace");
        QTest::newRow("auth without secret source")
            << config(R"({"formatVersion":1,"targets":[{"name":"a","url":"@h/m","auth":{"type":"bearer"}}]})")
            << QStringLiteral("targets[0].auth.secretEnv: set secretEnv or secretFile");
        QTest::newRow("unknown auth type")
            << config(
                   R"({"formatVersion":1,"targets":[{"name":"a","url":"@h/m","auth":{"type":"digest","secretEnv":"X"}}]})")
            << QStringLiteral("targets[0].auth.type: expected \"basic\" or \"bearer\"");
        QTest::newRow("probe field without value")
            << config(R"({"formatVersion":1,"probes":[{"name":"h","url":"@h/health","jsonField":"status"}]})")
            << QStringLiteral("probes[0].expectedValue: missing or empty");
        QTest::newRow("probe bad status")
            << config(R"({"formatVersion":1,"probes":[{"name":"h","url":"@h/health","expectedStatus":700}]})")
            << QStringLiteral("probes[0].expectedStatus: must be a whole number from 100 to 599");
        QTest::newRow("json endpoint without mappings")
            << config(R"({"formatVersion":1,"jsonEndpoints":[{"name":"j","url":"@h/j"}]})")
            << QStringLiteral("jsonEndpoints[0].mappings: give at least one mapping or a preset");
        QTest::newRow("mapping wildcard without label")
            << config(R"({"formatVersion":1,"jsonEndpoints":[{"name":"j","url":"@h/j",)"
                      R"("mappings":[{"path":"a.*.b","metric":"m"}]}]})")
            << QStringLiteral("jsonEndpoints[0].mappings[0].labels: needs one label name per '*'");
        QTest::newRow("unknown preset")
            << config(R"({"formatVersion":1,"jsonEndpoints":[{"name":"j","url":"@h/j","preset":"x"}]})")
            << QStringLiteral("jsonEndpoints[0].preset: unknown preset \"x\"");
        QTest::newRow("postgres password in conninfo")
            << QByteArray(
                   R"({"formatVersion":1,"postgres":[{"name":"p","conninfo":"host=h password=hunter2"}]})")
            << QStringLiteral("postgres[0].conninfo: PostgreSQL source \"p\": conninfo contains a password");
        QTest::newRow("postgres password field")
            << QByteArray(
                   R"({"formatVersion":1,"postgres":[{"name":"p","conninfo":"host=h","password":"hunter2"}]})")
            << QStringLiteral("postgres[0].password: secrets are never stored");
        QTest::newRow("postgres conninfo that does not parse")
            << QByteArray(R"({"formatVersion":1,"postgres":[{"name":"p","conninfo":"host"}]})")
            << QStringLiteral("postgres[0].conninfo: PostgreSQL source \"p\": conninfo does not parse");
        QTest::newRow("postgres duplicate names")
            << QByteArray(R"({"formatVersion":1,"postgres":[{"name":"p"},{"name":"p"}]})")
            << QStringLiteral("postgres[1].name: \"p\" is used twice");
        QTest::newRow("redis port out of range")
            << QByteArray(R"({"formatVersion":1,"redis":[{"name":"r","port":70000}]})")
            << QStringLiteral("redis[0].port: must be a whole number from 1 to 65535");
        QTest::newRow("redis inline password")
            << QByteArray(R"({"formatVersion":1,"redis":[{"name":"r","auth":{"password":"hunter2"}}]})")
            << QStringLiteral("redis[0].auth.password: secrets are never stored");
        QTest::newRow("redis queue key not a string")
            << QByteArray(R"({"formatVersion":1,"redis":[{"name":"r","queueKeys":["a",3]}]})")
            << QStringLiteral("redis[0].queueKeys[1]: expected a key name");
        QTest::newRow("redis username without password")
            << QByteArray(R"({"formatVersion":1,"redis":[{"name":"r","auth":{"username":"u"}}]})")
            << QStringLiteral("redis[0].auth.secretEnv: set secretEnv or secretFile");
        QTest::newRow("secret pasted as an environment variable name")
            << QByteArray(R"({"formatVersion":1,"redis":[{"name":"r","auth":{"secretEnv":"hunter2!"}}]})")
            << QStringLiteral("redis[0].auth.secretEnv: expected the name of an environment variable");
        QTest::newRow("storage size too small")
            << QByteArray(R"({"formatVersion":1,"storage":{"maxFileMiB":3}})")
            << QStringLiteral("storage.maxFileMiB: must be 0 (no limit) or at least 16");
        QTest::newRow("alerts not a list") << QByteArray(R"({"formatVersion":1,"alerts":{}})")
                                           << QStringLiteral("alerts: expected an array");
        QTest::newRow("alert rule comparison")
            << QByteArray(R"({"formatVersion":1,"alerts":[{"name":"a","kind":"gauge","metric":"up",)"
                          R"("comparison":"~","threshold":1}]})")
            << QStringLiteral("alerts[0].comparison");
        QTest::newRow("alert rule used twice")
            << QByteArray(R"({"formatVersion":1,"alerts":[{"name":"a","kind":"gauge","metric":"up",)"
                          R"("comparison":"<","threshold":1},{"name":"a","kind":"gauge","metric":"up",)"
                          R"("comparison":"<","threshold":1}]})")
            << QStringLiteral("alerts[1].name: \"a\" is used twice");
        QTest::newRow("webhook url")
            << QByteArray(R"({"formatVersion":1,"alerting":{"webhook":{"url":"hooks"}}})")
            << QStringLiteral("alerting.webhook.url: expected an http:// or https:// URL");
        QTest::newRow("webhook inline token")
            << config(R"({"formatVersion":1,"alerting":{"webhook":{"url":"@h.test/x",)"
                      R"("auth":{"token":"hunter2"}}}})")
            << QStringLiteral("alerting.webhook.auth.password: secrets are never stored");
        QTest::newRow("evaluation interval")
            << QByteArray(R"({"formatVersion":1,"alerting":{"evaluationIntervalMs":50}})")
            << QStringLiteral("alerting.evaluationIntervalMs: must be a whole number from 1000");
        QTest::newRow("storage retention negative")
            << QByteArray(R"({"formatVersion":1,"storage":{"retentionDays":-1}})")
            << QStringLiteral("storage.retentionDays: must be a whole number from 0 to");
    }

    void rejectsBadInputNamingTheField()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expectedInError);
        WorkspaceConfig untouched =
            WorkspaceConfig::demoWorkspace(QUrl(QStringLiteral("http://127.0.0.1:1")));
        const WorkspaceConfig before = untouched;
        QString error;
        QVERIFY(!WorkspaceConfig::fromJson(json, &untouched, &error));
        QVERIFY2(error.contains(expectedInError), qPrintable(error));
        QVERIFY2(!error.contains(QStringLiteral("hunter2")), "a secret leaked into an error message");
        QCOMPARE(untouched, before); // a failed parse leaves the caller's config as it was
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceConfig)
#include "tst_workspaceconfig.moc"
