// ProbeEvaluation::check and ProbeState: what makes a health check fail, and when a probe goes down.
#include "probeevaluation.h"

#include <QTest>

namespace {
HttpResult response(long status, const QByteArray& body)
{
    HttpResult result;
    result.status = status;
    result.body = body;
    result.contentType = QByteArrayLiteral("application/json");
    return result;
}

HttpResult transportFailure(HttpResult::Error error, const QString& message)
{
    HttpResult result;
    result.error = error;
    result.errorMessage = message;
    return result;
}
} // namespace

class TestProbeEvaluation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void check_data();
    void check();
    void nonJsonBodyNamesOffset();
    void hysteresis_data();
    void hysteresis();
    void defaultIsThreeFailures();
};

void TestProbeEvaluation::check_data()
{
    QTest::addColumn<int>("expectedStatus");
    QTest::addColumn<QString>("jsonField");
    QTest::addColumn<QString>("expectedValue");
    QTest::addColumn<HttpResult>("result");
    QTest::addColumn<QString>("error"); // empty: the check passes

    const QString status = QStringLiteral("status");
    const QString ok = QStringLiteral("ok");
    const QString nested = QStringLiteral("components.database.status");

    QTest::newRow("connection refused passes through")
        << 200 << status << ok
        << transportFailure(HttpResult::Error::Connect,
                            QStringLiteral("cannot connect to 127.0.0.1: Connection refused"))
        << QStringLiteral("cannot connect to 127.0.0.1: Connection refused");
    QTest::newRow("timeout passes through")
        << 200 << QString() << QString()
        << transportFailure(HttpResult::Error::Timeout, QStringLiteral("127.0.0.1: timed out after 3000 ms"))
        << QStringLiteral("127.0.0.1: timed out after 3000 ms");
    QTest::newRow("status only, matches") << 200 << QString() << QString() << response(200, {}) << QString();
    QTest::newRow("status only, 204 expected")
        << 204 << QString() << QString() << response(204, {}) << QString();
    // The status is judged before the body, so a 503 with a readable body still names the status.
    QTest::newRow("wrong status") << 200 << status << ok << response(503, R"({"status":"down"})")
                                  << QStringLiteral("HTTP status 503, expected 200");
    QTest::newRow("200 when 204 expected") << 204 << QString() << QString() << response(200, {})
                                           << QStringLiteral("HTTP status 200, expected 204");
    QTest::newRow("field ok") << 200 << status << ok << response(200, R"({"status":"ok","uptime":12})")
                              << QString();
    QTest::newRow("field wrong value")
        << 200 << status << ok << response(200, R"({"status":"degraded"})")
        << QStringLiteral("JSON field status is \"degraded\", expected \"ok\"");
    QTest::newRow("field missing") << 200 << status << ok << response(200, R"({"state":"ok"})")
                                   << QStringLiteral("JSON field status is missing");
    QTest::newRow("field in an array body is missing")
        << 200 << status << ok << response(200, R"([{"status":"ok"}])")
        << QStringLiteral("JSON field status is missing");
    QTest::newRow("nested path ok") << 200 << nested << QStringLiteral("up")
                                    << response(200, R"({"components":{"database":{"status":"up"}}})")
                                    << QString();
    QTest::newRow("nested path wrong value")
        << 200 << nested << QStringLiteral("up")
        << response(200, R"({"components":{"database":{"status":"down"},"cache":{"status":"up"}}})")
        << QStringLiteral("JSON field components.database.status is \"down\", expected \"up\"");
    QTest::newRow("nested path through a string")
        << 200 << nested << QStringLiteral("up") << response(200, R"({"components":{"database":"up"}})")
        << QStringLiteral("JSON field components.database.status is missing");
    QTest::newRow("nested path missing leaf")
        << 200 << nested << QStringLiteral("up") << response(200, R"({"components":{"database":{}}})")
        << QStringLiteral("JSON field components.database.status is missing");
    QTest::newRow("integer rendered as text") << 200 << QStringLiteral("checks") << QStringLiteral("3")
                                              << response(200, R"({"checks":3})") << QString();
    QTest::newRow("integer is not 3.0")
        << 200 << QStringLiteral("checks") << QStringLiteral("3.0") << response(200, R"({"checks":3})")
        << QStringLiteral("JSON field checks is \"3\", expected \"3.0\"");
    QTest::newRow("fraction rendered as text") << 200 << QStringLiteral("load") << QStringLiteral("0.25")
                                               << response(200, R"({"load":0.25})") << QString();
    QTest::newRow("true rendered as text") << 200 << QStringLiteral("ready") << QStringLiteral("true")
                                           << response(200, R"({"ready":true})") << QString();
    QTest::newRow("false is not true")
        << 200 << QStringLiteral("ready") << QStringLiteral("true") << response(200, R"({"ready":false})")
        << QStringLiteral("JSON field ready is \"false\", expected \"true\"");
    QTest::newRow("null rendered as text")
        << 200 << status << ok << response(200, R"({"status":null})")
        << QStringLiteral("JSON field status is \"null\", expected \"ok\"");
    QTest::newRow("string \"1\" matches 1") << 200 << QStringLiteral("replicas") << QStringLiteral("1")
                                            << response(200, R"({"replicas":"1"})") << QString();
}

void TestProbeEvaluation::check()
{
    QFETCH(int, expectedStatus);
    QFETCH(QString, jsonField);
    QFETCH(QString, expectedValue);
    QFETCH(HttpResult, result);
    QFETCH(QString, error);

    HealthProbe probe;
    probe.name = QStringLiteral("erp");
    probe.url = QUrl(QStringLiteral("http://127.0.0.1:8088/health"));
    probe.expectedStatus = expectedStatus;
    probe.jsonField = jsonField;
    probe.expectedValue = expectedValue;

    QCOMPARE(ProbeEvaluation::check(probe, result), error);
}

void TestProbeEvaluation::nonJsonBodyNamesOffset()
{
    HealthProbe probe;
    probe.jsonField = QStringLiteral("status");
    probe.expectedValue = QStringLiteral("ok");

    const QString error = ProbeEvaluation::check(probe, response(200, "<html>OK</html>"));
    QVERIFY2(error.startsWith(QLatin1String("body is not JSON (offset ")), qPrintable(error));
    // Without a field to check, the body is never parsed.
    probe.jsonField.clear();
    QCOMPARE(ProbeEvaluation::check(probe, response(200, "<html>OK</html>")), QString());
}

void TestProbeEvaluation::hysteresis_data()
{
    QTest::addColumn<int>("failuresBeforeDown");
    QTest::addColumn<QString>("checks");      // f: failed check, s: successful check
    QTest::addColumn<QString>("states");      // u / d after each check
    QTest::addColumn<QList<int>>("failures"); // consecutive failures after each check

    QTest::newRow("down on the third failure")
        << 3 << QStringLiteral("fffs") << QStringLiteral("uudu") << QList<int>{1, 2, 3, 0};
    QTest::newRow("interrupted failures stay up")
        << 3 << QStringLiteral("ffsffs") << QStringLiteral("uuuuuu") << QList<int>{1, 2, 0, 1, 2, 0};
    QTest::newRow("stays down while failing, one success brings it up")
        << 2 << QStringLiteral("ffffsf") << QStringLiteral("uddduu") << QList<int>{1, 2, 3, 4, 0, 1};
    QTest::newRow("one failure is enough with 1")
        << 1 << QStringLiteral("fsf") << QStringLiteral("dud") << QList<int>{1, 0, 1};
    QTest::newRow("0 treated as 1") << 0 << QStringLiteral("fs") << QStringLiteral("du") << QList<int>{1, 0};
    QTest::newRow("negative treated as 1")
        << -5 << QStringLiteral("sf") << QStringLiteral("ud") << QList<int>{0, 1};
}

void TestProbeEvaluation::hysteresis()
{
    QFETCH(int, failuresBeforeDown);
    QFETCH(QString, checks);
    QFETCH(QString, states);
    QFETCH(QList<int>, failures);
    QCOMPARE(states.size(), checks.size());
    QCOMPARE(failures.size(), checks.size());

    ProbeState state(failuresBeforeDown);
    QVERIFY(state.isUp()); // a new probe is up until proven otherwise
    QCOMPARE(state.consecutiveFailures(), 0);
    for (qsizetype i = 0; i < checks.size(); ++i) {
        state.record(checks.at(i) == QLatin1Char('s'));
        const QByteArray where = "after check " + QByteArray::number(i + 1);
        QVERIFY2(state.isUp() == (states.at(i) == QLatin1Char('u')), where.constData());
        QVERIFY2(state.consecutiveFailures() == failures.at(i), where.constData());
    }
}

void TestProbeEvaluation::defaultIsThreeFailures()
{
    ProbeState state;
    state.record(false);
    state.record(false);
    QVERIFY(state.isUp());
    state.record(false);
    QVERIFY(!state.isUp());
    QCOMPARE(HealthProbe().failuresBeforeDown, 3);
}

QTEST_GUILESS_MAIN(TestProbeEvaluation)
#include "tst_probeevaluation.moc"
