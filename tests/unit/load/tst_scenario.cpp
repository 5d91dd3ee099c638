// Scenario JSON: a full scenario read and compiled into a LoadPlan, the field path in every
// validation error, environment variables in headers, and the round trip through toJson().
#include "scenario.h"

#include <QJsonDocument>
#include <QTest>

namespace {
// (No \" in raw strings: moc reads them as escapes and loses the class.)
const char* fullScenario =
    R"({)"
    R"(  "name": "shop",)"
    R"(  "description": "checkout under load",)"
    R"(  "target": "http://127.0.0.1:9000",)"
    R"(  "model": {"type": "closed", "users": 20, "rampUp": "2s", "thinkTime": "100ms", "duration": "1m"},)"
    R"(  "bounds": {"duration": "30s", "maxRequests": 5000, "requestTimeout": "2s"},)"
    R"(  "requests": [)"
    R"(    {"name": "customers", "url": "/api/v1/crm/customers?page={{random_int 1 5}}", "weight": 3,)"
    R"(     "expectStatus": 200, "expectBodyContains": "items"},)"
    R"(    {"name": "order", "method": "post", "url": "/orders/{{seq}}", "body": "id={{uuid}}",)"
    R"(     "headers": {"Authorization": "Bearer ${env:PERFDASH_TEST_TOKEN}", "X-Static": "1"}})"
    R"(  ],)"
    R"(  "thresholds": {)"
    R"(    "http_req_duration": ["p(95)<500", {"threshold": "max<2000", "abortOnFail": true, "delayAbortEval": "5s"}],)"
    R"(    "http_req_duration{endpoint:order}": ["p(99)<800"],)"
    R"(    "errors": ["rate==0"])"
    R"(  })"
    R"(})";

bool read(const QByteArray& json, load::Scenario* scenario, QStringList* errors)
{
    return load::Scenario::fromJsonText(json, scenario, errors);
}

QStringList errorsOf(const QByteArray& json)
{
    load::Scenario scenario;
    QStringList errors;
    if (read(json, &scenario, &errors))
        qWarning("unexpectedly valid: %s", json.constData());
    return errors;
}
} // namespace

class TestScenario : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { qputenv("PERFDASH_TEST_TOKEN", "s3cret"); }

    void readsEveryField()
    {
        load::Scenario scenario;
        QStringList errors;
        QVERIFY2(read(fullScenario, &scenario, &errors), qPrintable(errors.join(QLatin1Char('\n'))));
        QCOMPARE(scenario.name, QStringLiteral("shop"));
        QCOMPARE(scenario.model, load::LoadModel::Closed);
        QCOMPARE(scenario.users, 20);
        QCOMPARE(scenario.rampUpMs, 2000);
        QCOMPARE(scenario.thinkTimeMs, 100);
        QCOMPARE(scenario.durationMs, 30'000); // bounds.duration caps model.duration
        QCOMPARE(scenario.maxRequests, 5000);
        QCOMPARE(scenario.requestTimeoutMs, 2000);
        QCOMPARE(scenario.requests.size(), std::size_t(2));
        QCOMPARE(scenario.requests[0].weight, 3);
        QCOMPARE(scenario.requests[1].method, QStringLiteral("POST"));
        QCOMPARE(scenario.requests[1].weight, 1);
        QCOMPARE(scenario.thresholds.size(), std::size_t(4));
        const auto order = std::find_if(scenario.thresholds.begin(), scenario.thresholds.end(),
                                        [](const load::Threshold& t) { return !t.endpoint.isEmpty(); });
        QCOMPARE(order->endpointIndex, 1);
        const auto aborting = std::find_if(scenario.thresholds.begin(), scenario.thresholds.end(),
                                           [](const load::Threshold& t) { return t.abortOnFail; });
        QVERIFY(aborting != scenario.thresholds.end());
        QCOMPARE(aborting->delayAbortEvalMs, 5000);
    }

    void compilesIntoALoadPlan()
    {
        load::Scenario scenario;
        QStringList errors;
        QVERIFY(read(fullScenario, &scenario, &errors));
        load::LoadPlan plan;
        QVERIFY2(scenario.compile(QStringLiteral("http://127.0.0.1:8088/"), &plan, &errors),
                 qPrintable(errors.join(QLatin1Char('\n'))));
        QCOMPARE(plan.users, 20);
        QCOMPARE(plan.durationMs, 30'000);
        QCOMPARE(plan.maxRequests, 5000);
        QCOMPARE(plan.requests.size(), std::size_t(2));
        QCOMPARE(plan.requests[0].name, QStringLiteral("customers"));
        QCOMPARE(plan.requests[0].weight, 3);
        QCOMPARE(plan.requests[0].expectStatus, 200);
        QCOMPARE(plan.requests[0].expectBodyContains, std::string("items"));
        QCOMPARE(plan.requests[1].method, QByteArray("POST"));
        QCOMPARE(plan.requests[1].headers.front(),
                 std::make_pair(std::string("Authorization"), std::string("Bearer s3cret")));
        QVERIFY(plan.requests[1].render);
        std::string url;
        std::string body;
        std::uint64_t random = 1;
        plan.requests[1].render(41, random, url, body);
        QCOMPARE(url, std::string("http://127.0.0.1:8088/orders/41"));
        QVERIFY2(body.size() == 3 + 36 && body.rfind("id=", 0) == 0, body.c_str());
        plan.requests[0].render(0, random, url, body);
        QVERIFY2(
            QByteArray::fromStdString(url).startsWith("http://127.0.0.1:8088/api/v1/crm/customers?page="),
            url.c_str());
        QVERIFY(body.empty());
        QVERIFY(plan.abortWhen); // max<2000 has abortOnFail
    }

    void abortWhenFollowsTheAbortingThresholdAfterItsDelay()
    {
        load::Scenario scenario;
        QStringList errors;
        QVERIFY(read(fullScenario, &scenario, &errors));
        load::LoadPlan plan;
        QVERIFY(scenario.compile(QStringLiteral("http://127.0.0.1:8088"), &plan, &errors));
        load::LoadSecond totals;
        totals.endpoints.resize(2);
        totals.total.requests = 10;
        totals.total.latency.recordN(3'000'000, 10); // 3 s: max<2000 fails
        // Asked once a second: the first four seconds are inside delayAbortEval (5 s).
        for (int second = 1; second < 5; ++second)
            QVERIFY2(!plan.abortWhen(totals), qPrintable(QString::number(second)));
        QVERIFY(plan.abortWhen(totals));
        totals.total.latency.reset();
        totals.total.latency.recordN(100'000, 10);
        QVERIFY(!plan.abortWhen(totals));
    }

    void unsetEnvironmentVariableIsACompileError()
    {
        load::Scenario scenario;
        QStringList errors;
        QVERIFY(read(R"({"name":"x","model":{"duration":"1s"},"requests":[{"url":"/a",
                        "headers":{"Authorization":"${env:PERFDASH_SURELY_UNSET_VAR}"}}]})",
                     &scenario, &errors));
        load::LoadPlan plan;
        QVERIFY(!scenario.compile(QStringLiteral("http://127.0.0.1:1"), &plan, &errors));
        QCOMPARE(errors.value(0), QStringLiteral("requests[0].headers.Authorization: environment variable "
                                                 "PERFDASH_SURELY_UNSET_VAR is not set"));
    }

    void toJsonKeepsSecretsOut()
    {
        load::Scenario scenario;
        QStringList errors;
        QVERIFY(read(fullScenario, &scenario, &errors));
        const QByteArray written = QJsonDocument(scenario.toJson()).toJson();
        QVERIFY(written.contains("${env:PERFDASH_TEST_TOKEN}"));
        QVERIFY(!written.contains("s3cret"));
        load::Scenario back;
        QVERIFY2(read(written, &back, &errors), qPrintable(errors.join(QLatin1Char('\n'))));
        QCOMPARE(back.toJson(), scenario.toJson());
        QVERIFY(back.requests == scenario.requests);
    }

    void openModel()
    {
        load::Scenario scenario;
        QStringList errors;
        QVERIFY2(read(R"({"name":"o","model":{"type":"open","rate":50,"rampToRate":200,"connections":30,
                        "duration":"10s"},"requests":[{"url":"http://127.0.0.1:1/x"}]})",
                      &scenario, &errors),
                 qPrintable(errors.join(QLatin1Char('\n'))));
        load::LoadPlan plan;
        QVERIFY(scenario.compile(QStringLiteral("http://ignored:1"), &plan, &errors));
        QCOMPARE(plan.model, load::LoadModel::Open);
        QCOMPARE(plan.ratePerSecond, 50.0);
        QCOMPARE(plan.rampToRatePerSecond, 200.0);
        QCOMPARE(plan.users, 30);
        QCOMPARE(plan.requests[0].url, std::string("http://127.0.0.1:1/x")); // absolute URLs stay
        QVERIFY(!plan.requests[0].render);
        QVERIFY(!plan.abortWhen);
    }

    void iterationsBoundTheRequestCount()
    {
        load::Scenario scenario;
        QStringList errors;
        QVERIFY(read(R"({"name":"i","model":{"users":3,"iterations":250},"requests":[{"url":"/a"}]})",
                     &scenario, &errors));
        load::LoadPlan plan;
        QVERIFY(scenario.compile(QStringLiteral("http://127.0.0.1:1"), &plan, &errors));
        QCOMPARE(plan.maxRequests, 250);
        QCOMPARE(plan.durationMs, 600'000); // still bounded in time
    }

    void overridesShortenARun()
    {
        load::Scenario scenario;
        QStringList errors;
        QVERIFY(read(fullScenario, &scenario, &errors));
        scenario.apply({3000, 5, 0, 100});
        QCOMPARE(scenario.durationMs, 3000);
        QCOMPARE(scenario.users, 5);
        QCOMPARE(scenario.maxRequests, 100);
        QCOMPARE(scenario.rampUpMs, 1000); // the ramp-up fits the shorter run
    }

    void errorsNameTheirField_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        const auto row = [](const char* tag, const char* json, const char* error) {
            QTest::newRow(tag) << QByteArray(json) << QString::fromUtf8(error);
        };
        row("weight",
            R"({"name":"x","model":{"duration":"1s"},"requests":[{"url":"/a"},{"url":"/b","weight":0}]})",
            "requests[1].weight: expected a positive integer");
        row("weight type", R"({"name":"x","model":{"duration":"1s"},"requests":[{"url":"/a","weight":"3"}]})",
            "requests[0].weight: expected a positive integer");
        row("url missing", R"({"name":"x","model":{"duration":"1s"},"requests":[{"method":"GET"}]})",
            "requests[0].url: missing or empty");
        row("url relative", R"({"name":"x","model":{"duration":"1s"},"requests":[{"url":"api/x"}]})",
            "requests[0].url: expected a path starting with / or an http:// or https:// URL");
        row("unknown template",
            R"({"name":"x","model":{"duration":"1s"},"requests":[{"url":"/a/{{user}}"}]})",
            "requests[0].url: unknown template {{user}}");
        row("body template",
            R"({"name":"x","model":{"duration":"1s"},"requests":[{"url":"/a","body":"{{random_int 2}}"}]})",
            "requests[0].body: {{random_int a b}} needs two integers");
        row("method", R"({"name":"x","model":{"duration":"1s"},"requests":[{"url":"/a","method":"FETCH"}]})",
            "requests[0].method: expected one of GET");
        row("status",
            R"({"name":"x","model":{"duration":"1s"},"requests":[{"url":"/a","expectStatus":700}]})",
            "requests[0].expectStatus: expected an integer from 100 to 599");
        row("header template",
            R"({"name":"x","model":{"duration":"1s"},"requests":[{"url":"/a","headers":{"X-Id":"{{seq}}"}}]})",
            "requests[0].headers.X-Id: templates are not supported in headers");
        row("typo", R"({"name":"x","model":{"duration":"1s"},"requests":[{"url":"/a","wieght":2}]})",
            "requests[0].wieght: unknown field");
        row("duplicate name",
            R"({"name":"x","model":{"duration":"1s"},"requests":[{"url":"/a","name":"n"},{"url":"/b","name":"n"}]})",
            "requests[1].name: \"n\" is already the name of another request");
        row("name", R"({"model":{"duration":"1s"},"requests":[{"url":"/a"}]})", "name: missing or empty");
        row("model type",
            R"({"name":"x","model":{"type":"steady","duration":"1s"},"requests":[{"url":"/a"}]})",
            "model.type: expected \"closed\" or \"open\"");
        row("users", R"({"name":"x","model":{"users":0,"duration":"1s"},"requests":[{"url":"/a"}]})",
            "model.users: expected an integer from 1 to 100000");
        row("duration", R"({"name":"x","model":{"duration":"5 minutes"},"requests":[{"url":"/a"}]})",
            "model.duration: expected a duration such as \"500ms\", \"30s\" or \"5m\"");
        row("no duration", R"({"name":"x","requests":[{"url":"/a"}]})",
            "model.duration: a load run needs a duration");
        row("open rate", R"({"name":"x","model":{"type":"open","duration":"1s"},"requests":[{"url":"/a"}]})",
            "model.rate: an open model needs a rate above 0");
        row("max requests",
            R"({"name":"x","model":{"duration":"1s"},"bounds":{"maxRequests":0},"requests":[{"url":"/a"}]})",
            "bounds.maxRequests: expected a positive integer");
        row("threshold metric",
            R"({"name":"x","model":{"duration":"1s"},"requests":[{"url":"/a"}],"thresholds":{"latency":["p(95)<1"]}})",
            "thresholds.latency: unknown metric \"latency\"");
        row("threshold endpoint",
            R"({"name":"x","model":{"duration":"1s"},"requests":[{"url":"/a"}],"thresholds":{"http_req_duration{endpoint:nope}":["p(95)<1"]}})",
            "thresholds.http_req_duration{endpoint:nope}: no request is named \"nope\"");
        row("threshold expression",
            R"({"name":"x","model":{"duration":"1s"},"requests":[{"url":"/a"}],"thresholds":{"http_req_duration":["p(95)<1","p95 < 1"]}})",
            "thresholds.http_req_duration[1]: cannot parse \"p95 < 1\"");
        row("threshold aggregation",
            R"({"name":"x","model":{"duration":"1s"},"requests":[{"url":"/a"}],"thresholds":{"errors":["p(95)<1"]}})",
            "thresholds.errors[0]: errors takes rate or count, not p(95)");
        row("threshold object",
            R"({"name":"x","model":{"duration":"1s"},"requests":[{"url":"/a"}],"thresholds":{"errors":[{"threshold":"rate==0","abortOnFail":"yes"}]}})",
            "thresholds.errors[0].abortOnFail: expected true or false");
        row("cache url", R"({"name":"x","acceptance":{"cacheSecondAccess":{"url":"/customers/1"}}})",
            "acceptance.cacheSecondAccess.url: must contain {key}");
        row("batch rows",
            R"({"name":"x","acceptance":{"batch":[{"name":"b","url":"/i","row":"{}","rows":-1}]}})",
            "acceptance.batch[0].rows: expected an integer from 1 to 100000");
        row("batch prefix",
            R"({"name":"x","acceptance":{"batch":[{"name":"b","url":"/i","row":"{}","prefix":7}]}})",
            "acceptance.batch[0].prefix: expected a string");
        row("batch row template",
            R"({"name":"x","acceptance":{"batch":[{"name":"b","url":"/i","row":"{{nope}}"}]}})",
            "acceptance.batch[0].row: unknown template {{nope}}");
        row("empty", R"({"name":"x"})", "requests: a scenario needs requests or acceptance steps");
        row("not json", "{\"name\":", "(file): not JSON");
    }

    void errorsNameTheirField()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        const QStringList errors = errorsOf(json);
        const bool found =
            std::any_of(errors.begin(), errors.end(), [&](const QString& e) { return e.startsWith(error); });
        QVERIFY2(
            found,
            qPrintable(QStringLiteral("wanted \"%1\", got:\n%2").arg(error, errors.join(QLatin1Char('\n')))));
    }

    void reportsEveryErrorAtOnce()
    {
        const QStringList errors = errorsOf(
            R"({"name":"x","model":{"users":-1,"duration":"1s"},"requests":[{"url":"/a","weight":0},{"url":""}]})");
        QCOMPARE(errors.size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestScenario)
#include "tst_scenario.moc"
