#include "defaultrules.h"
#include "prometheusruleimport.h"
#include "ruleexpression.h"

#include <QTest>

using namespace alerts;

class TestRuleExpression : public QObject
{
    Q_OBJECT
private slots:
    void shippedRulesReadAsPromql_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("expression");
        QTest::newRow("latency") << QStringLiteral("CoreLatencyP95")
                                 << QStringLiteral("histogram_quantile(0.95, sum by (le, job) "
                                                   "(rate(http_request_duration_seconds_bucket[1m]))) > 0.5");
        QTest::newRow("errors") << QStringLiteral("Http5xxErrors")
                                << QStringLiteral(
                                       "sum by (job) (rate(http_requests_total{status=~\"5..\"}[1m])) / "
                                       "sum by (job) (rate(http_requests_total[1m])) > 0");
        QTest::newRow("queue")
            << QStringLiteral("CeleryQueueBacklog")
            << QStringLiteral("sum by (job, source, queue) (celery_queue_length or redis_queue_length) > 50");
        QTest::newRow("probe") << QStringLiteral("ProbeDown")
                               << QStringLiteral("min by (probe) (probe_up) == 0");
        QTest::newRow("task") << QStringLiteral("TaskExecutionSlow")
                              << QStringLiteral(
                                     "max by (job, queue) (task_duration_seconds{quantile=\"0.99\"}) > 120");
    }

    void shippedRulesReadAsPromql()
    {
        QFETCH(QString, rule);
        QFETCH(QString, expression);
        const QList<AlertRule> rules = defaultRules();
        const auto it =
            std::find_if(rules.begin(), rules.end(), [&](const AlertRule& r) { return r.name == rule; });
        QVERIFY(it != rules.end());
        QCOMPARE(ruleExpression(*it), expression);
    }

    // What perfdash imports from a Prometheus rule file reads back as the file's expression.
    void importedExpressionsReadBack_data()
    {
        QTest::addColumn<QString>("expr");
        QTest::newRow("gauge") << QStringLiteral("ef_celery_queue_length{queue=\"import\"} > 50");
        QTest::newRow("two matchers")
            << QStringLiteral("ef_db_pool_in_use{pool=\"erp\", service=\"mm\"} >= 70");
        QTest::newRow("histogram") << QStringLiteral(
            "histogram_quantile(0.99, sum by (le, service) (rate(http_request_duration_seconds_bucket"
            "{service=\"crm\"}[5m]))) > 0.8");
    }

    void importedExpressionsReadBack()
    {
        QFETCH(QString, expr);
        const QByteArray yaml =
            "groups:\n- name: g\n  rules:\n  - alert: A\n    expr: '" + expr.toUtf8() + "'\n    for: 5m\n";
        const RuleImport imported = importPrometheusRules(yaml);
        QVERIFY2(imported.ok(), qPrintable(imported.error));
        QVERIFY2(imported.unmapped.empty(),
                 imported.unmapped.empty() ? "" : qPrintable(imported.unmapped[0].reason));
        QCOMPARE(imported.rules.size(), 1);
        QCOMPARE(ruleExpression(imported.rules.first()), expr);
    }

    void durationsAsPrometheusWritesThem_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << qint64(0) << QStringLiteral("0s");
        QTest::newRow("ms") << qint64(250) << QStringLiteral("250ms");
        QTest::newRow("s") << qint64(30'000) << QStringLiteral("30s");
        QTest::newRow("m s") << qint64(90'000) << QStringLiteral("1m30s");
        QTest::newRow("h") << qint64(3'600'000) << QStringLiteral("1h");
        QTest::newRow("d h m") << qint64(93'720'000) << QStringLiteral("1d2h2m");
        QTest::newRow("w") << qint64(14LL * 24 * 3'600'000) << QStringLiteral("2w");
    }

    void durationsAsPrometheusWritesThem()
    {
        QFETCH(qint64, ms);
        QFETCH(QString, text);
        QCOMPARE(formatPrometheusDuration(ms), text);
        QCOMPARE(parsePrometheusDuration(text).value_or(-1), ms);
    }
};

QTEST_GUILESS_MAIN(TestRuleExpression)
#include "tst_ruleexpression.moc"
