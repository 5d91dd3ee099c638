// Prometheus rule files imported as alert rules: the subset that maps, every other rule listed with
// its reason, and a file that is not YAML or not a rule file refused with a clear error.
#include "prometheusruleimport.h"

#include <QTest>

class TestPrometheusRuleImport : public QObject
{
    Q_OBJECT
private slots:
    void seedRules()
    {
        // Seed 002's three rules, verbatim: two map, the pool sum does not.
        const QByteArray yaml = R"(groups:
- name: ef
  rules:
  - alert: CeleryQueueBacklog
    expr: ef_celery_queue_length > 50
    for: 5m
    labels:
      severity: warning

  - alert: DatabaseConnectionExhausted
    expr: ef_db_pool_size + ef_db_pool_overflow > 70
    for: 1m
    labels:
      severity: critical

  - alert: TaskExecutionSlow
    expr: ef_celery_task_duration_seconds > 120
    for: 3m
    labels:
      severity: warning
)";
        const alerts::RuleImport result = alerts::importPrometheusRules(yaml);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.rules.size(), 2);
        const alerts::AlertRule& queue = result.rules[0];
        QCOMPARE(queue.name, QStringLiteral("CeleryQueueBacklog"));
        QCOMPARE(queue.kind, alerts::RuleKind::Gauge);
        QCOMPARE(queue.metric, std::string("ef_celery_queue_length"));
        QCOMPARE(queue.comparison, alerts::Comparison::Greater);
        QCOMPARE(queue.threshold, 50.0);
        QCOMPARE(queue.forMs, std::int64_t(300'000));
        QCOMPARE(queue.severity, alerts::Severity::Warning);
        QCOMPARE(queue.labels.value(QStringLiteral("severity")), QStringLiteral("warning"));
        QCOMPARE(result.rules[1].forMs, std::int64_t(180'000));
        QCOMPARE(result.unmapped.size(), std::size_t(1));
        const alerts::UnmappedRule& pool = result.unmapped[0];
        QCOMPARE(pool.name, QStringLiteral("DatabaseConnectionExhausted"));
        QCOMPARE(pool.group, QStringLiteral("ef"));
        QCOMPARE(pool.expr, QStringLiteral("ef_db_pool_size + ef_db_pool_overflow > 70"));
        QCOMPARE(pool.reason, QStringLiteral("arithmetic ('+') on the series is not supported"));
        QCOMPARE(pool.line, 10);
    }

    void everyField()
    {
        const QByteArray yaml = R"(groups:
  - name: api
    rules:
      - alert: SlowCheckout
        expr: 'histogram_quantile(0.99, sum by (le, job) (rate(http_request_duration_seconds_bucket{path="/checkout"}[5m]))) >= 1.5'
        for: 1h30m
        keep_firing_for: 10m
        labels: {severity: critical, team: shop}
        annotations:
          summary: "{{ $labels.job }} P99 {{ $value }}"
          runbook: https://wiki/checkout
      - alert: Down
        expr: up{job="api", instance="a:1"} == 0
      - alert: OldForm
        expr: histogram_quantile(0.5, sum(rate(x_bucket[30s])) by (le)) < -2
)";
        const alerts::RuleImport result = alerts::importPrometheusRules(yaml);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.unmapped.size(), std::size_t(0));
        QCOMPARE(result.rules.size(), 3);
        const alerts::AlertRule& slow = result.rules[0];
        QCOMPARE(slow.kind, alerts::RuleKind::LatencyQuantile);
        QCOMPARE(slow.metric, std::string("http_request_duration_seconds"));
        QCOMPARE(slow.quantile, 0.99);
        QCOMPARE(slow.by, std::optional<metricmath::LabelNames>({"job"}));
        QCOMPARE(slow.matchers, (std::map<std::string, std::string>{{"path", "/checkout"}}));
        QCOMPARE(slow.rangeMs, std::int64_t(300'000));
        QCOMPARE(slow.comparison, alerts::Comparison::GreaterOrEqual);
        QCOMPARE(slow.threshold, 1.5);
        QCOMPARE(slow.forMs, std::int64_t(5'400'000));
        QCOMPARE(slow.keepFiringForMs, std::int64_t(600'000));
        QCOMPARE(slow.severity, alerts::Severity::Critical);
        QCOMPARE(slow.summary, QStringLiteral("{{ $labels.job }} P99 {{ $value }}"));
        QCOMPARE(slow.annotations.value(QStringLiteral("runbook")), QStringLiteral("https://wiki/checkout"));
        QCOMPARE(slow.labels.value(QStringLiteral("team")), QStringLiteral("shop"));
        const alerts::AlertRule& down = result.rules[1];
        QCOMPARE(down.matchers, (std::map<std::string, std::string>{{"instance", "a:1"}, {"job", "api"}}));
        QCOMPARE(down.comparison, alerts::Comparison::Equal);
        QCOMPARE(down.forMs, std::int64_t(0));
        QCOMPARE(result.rules[2].quantile, 0.5);
        QCOMPARE(result.rules[2].by, std::optional<metricmath::LabelNames>(metricmath::LabelNames{}));
        QCOMPARE(result.rules[2].threshold, -2.0);
        QCOMPARE(result.rules[2].rangeMs, std::int64_t(30'000));
    }

    void unmappedWithReason_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("reason");
        QTest::newRow("absent") << "alert: A\n    expr: absent(up{job=\"api\"})"
                                << "expression uses 'absent', not supported";
        QTest::newRow("rate") << "alert: A\n    expr: rate(errors_total[5m]) > 1"
                              << "expression uses 'rate', not supported";
        QTest::newRow("regex") << "alert: A\n    expr: http_requests_total{status=~\"5..\"} > 1"
                               << "label matcher '=~' is not supported (only =)";
        QTest::newRow("no comparison") << "alert: A\n    expr: up"
                                       << "no comparison with a number (the alert would fire on any value)";
        QTest::newRow("series on the right") << "alert: A\n    expr: a > b"
                                             << "the comparison is not with a number ('b')";
        QTest::newRow("number first") << "alert: A\n    expr: 1 < up"
                                      << "a number on the left of the comparison is not supported";
        QTest::newRow("and") << "alert: A\n    expr: up and other"
                             << "set operator 'and' is not supported";
        QTest::newRow("bool") << "alert: A\n    expr: up == bool 0"
                              << "the 'bool' modifier is not supported";
        QTest::newRow("trailing") << "alert: A\n    expr: up > 1 and x"
                                  << "more after the comparison ('and') is not supported";
        QTest::newRow("bad for") << "alert: A\n    expr: up == 0\n    for: 5 minutes"
                                 << "for: '5 minutes' is not a duration";
        QTest::newRow("recording") << "record: job:up:sum\n    expr: sum(up)"
                                   << "a recording rule, not an alert";
        QTest::newRow("no expr") << "alert: A"
                                 << "no expr";
        QTest::newRow("labels") << "alert: A\n    expr: up == 0\n    labels: [a, b]"
                                << "labels: expected a mapping of strings";
        QTest::newRow("quantile of max")
            << "alert: A\n    expr: histogram_quantile(0.9, max by (le) (rate(x_bucket[1m]))) > 1"
            << "histogram_quantile over 'max' is not supported (only sum by (le) of rate)";
        QTest::newRow("quantile without le")
            << "alert: A\n    expr: histogram_quantile(0.9, sum by (job) (rate(x_bucket[1m]))) > 1"
            << "histogram_quantile needs the sum by (le)";
    }

    void unmappedWithReason()
    {
        QFETCH(QString, rule);
        QFETCH(QString, reason);
        const QByteArray yaml = "groups:\n- name: g\n  rules:\n  - " + rule.toUtf8() + "\n";
        const alerts::RuleImport result = alerts::importPrometheusRules(yaml);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.rules.size(), 0);
        QCOMPARE(result.unmapped.size(), std::size_t(1));
        QCOMPARE(result.unmapped[0].reason, reason);
        QCOMPARE(result.unmapped[0].line, 4);
    }

    void duplicateNamesStayApart()
    {
        const alerts::RuleImport result = alerts::importPrometheusRules(
            "groups:\n- name: g\n  rules:\n  - alert: A\n    expr: x > 1\n  - alert: A\n    expr: x > 2\n");
        QCOMPARE(result.rules.size(), 2);
        QCOMPARE(result.rules[1].name, QStringLiteral("A #2"));
    }

    void fileErrors_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("error");
        QTest::newRow("malformed")
            << QByteArray("groups:\n  - name: g\n    rules: [\n")
            << "not YAML: line 4, column 1: did not find expected node content (while parsing a flow node)";
        QTest::newRow("tab indentation") << QByteArray("groups:\n\t- name: g\n")
                                         << "not YAML: line 2, column 1: found character that cannot start "
                                            "any token (while scanning for the next token)";
        QTest::newRow("empty") << QByteArray()
                               << "groups: expected a list of rule groups (is this a Prometheus rule file?)";
        QTest::newRow("not a rule file")
            << QByteArray("scrape_configs: []\n")
            << "groups: expected a list of rule groups (is this a Prometheus rule file?)";
        QTest::newRow("rules not a list") << QByteArray("groups:\n- name: g\n  rules: 5\n")
                                          << "groups[0].rules: expected a list of rules (line 2)";
    }

    void fileErrors()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, error);
        const alerts::RuleImport result = alerts::importPrometheusRules(yaml);
        QCOMPARE(result.error, error);
        QVERIFY(result.rules.isEmpty());
    }

    void durations_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("ms");
        QTest::newRow("s") << "30s" << 30'000LL;
        QTest::newRow("m") << "5m" << 300'000LL;
        QTest::newRow("h m") << "1h30m" << 5'400'000LL;
        QTest::newRow("ms") << "500ms" << 500LL;
        QTest::newRow("d") << "1d" << 86'400'000LL;
        QTest::newRow("w") << "1w" << 604'800'000LL;
        QTest::newRow("zero") << "0" << 0LL;
        QTest::newRow("0s") << "0s" << 0LL;
        QTest::newRow("bad order") << "5m1h" << -1LL;
        QTest::newRow("no unit") << "300" << -1LL;
        QTest::newRow("fraction") << "1.5m" << -1LL;
        QTest::newRow("empty") << "" << -1LL;
    }

    void durations()
    {
        QFETCH(QString, text);
        QFETCH(qint64, ms);
        const std::optional<std::int64_t> parsed = alerts::parsePrometheusDuration(text);
        QCOMPARE(parsed.value_or(-1), ms);
    }
};

QTEST_GUILESS_MAIN(TestPrometheusRuleImport)
#include "tst_prometheusruleimport.moc"
