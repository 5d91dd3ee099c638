// Alert rules: JSON round trip, errors with field paths, validation, summaries, and the shipped rules
// with the seeds' numbers.
#include "alertrule.h"
#include "defaultrules.h"

#include <QJsonDocument>
#include <QTest>

namespace {

alerts::AlertRule everyField()
{
    alerts::AlertRule rule;
    rule.name = QStringLiteral("CheckoutP99");
    rule.kind = alerts::RuleKind::LatencyQuantile;
    rule.metric = "checkout_duration_seconds";
    rule.quantile = 0.99;
    rule.matchers = {{"job", "shop"}, {"path", "/api/checkout"}};
    rule.by = metricmath::LabelNames{"job", "path"};
    rule.rangeMs = 300'000;
    rule.comparison = alerts::Comparison::GreaterOrEqual;
    rule.threshold = 1.25;
    rule.forMs = 120'000;
    rule.keepFiringForMs = 30'000;
    rule.noDataAfterMs = 600'000;
    rule.severity = alerts::Severity::Critical;
    rule.summary = QStringLiteral("{{ $labels.path }} P99 {{ $value }} s");
    rule.labels = {{QStringLiteral("team"), QStringLiteral("shop")}};
    rule.annotations = {{QStringLiteral("runbook"), QStringLiteral("https://wiki/checkout")}};
    return rule;
}

QJsonObject parse(const char* json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

} // namespace

class TestAlertRule : public QObject
{
    Q_OBJECT
private slots:
    void jsonRoundTrip()
    {
        const QList<alerts::AlertRule> rules = alerts::defaultRules() << everyField();
        QList<alerts::AlertRule> back;
        QString error;
        QVERIFY2(alerts::rulesFromJson(alerts::rulesToJson(rules), &back, &error), qPrintable(error));
        QCOMPARE(back.size(), rules.size());
        for (qsizetype i = 0; i < rules.size(); ++i)
            QVERIFY2(back.at(i) == rules.at(i), qPrintable(rules.at(i).name));
    }

    void minimalRuleTakesDefaults()
    {
        alerts::AlertRule rule;
        QString error;
        QVERIFY2(alerts::AlertRule::fromJson(
                     parse(R"({"name":"up","kind":"gauge","metric":"up","comparison":"==","threshold":0})"),
                     {}, &rule, &error),
                 qPrintable(error));
        QCOMPARE(rule.kind, alerts::RuleKind::Gauge);
        QCOMPARE(rule.comparison, alerts::Comparison::Equal);
        QCOMPARE(rule.forMs, std::int64_t(0));
        QCOMPARE(rule.noDataAfterMs, std::int64_t(300'000));
        QCOMPARE(rule.severity, alerts::Severity::Warning);
        QVERIFY(!rule.by);
    }

    void errorsNameTheField_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("error");
        const char* base = R"("name":"r","kind":"queueLength","comparison":">","threshold":50)";
        auto with = [&](const char* extra) {
            return QStringLiteral("{%1,%2}").arg(QLatin1String(base), QLatin1String(extra));
        };
        QTest::newRow("kind") << R"({"name":"r","kind":"latency","comparison":">","threshold":1})"
                              << "alerts[3].kind: expected one of latencyQuantile, errorRatio, queueLength, "
                                 "poolUsage, redisHitRate, probeDown, taskDuration, gauge";
        QTest::newRow("comparison")
            << R"({"name":"r","kind":"gauge","metric":"m","comparison":"=>","threshold":1})"
            << "alerts[3].comparison: expected one of >, >=, <, <=, ==, !=";
        QTest::newRow("no threshold") << R"({"name":"r","kind":"gauge","metric":"m","comparison":">"})"
                                      << "alerts[3].threshold: missing";
        QTest::newRow("threshold type") << with(R"("forMs":"5m")") << "alerts[3].forMs: expected a number";
        QTest::newRow("negative for")
            << with(R"("forMs":-1)") << "alerts[3].forMs: must be a whole number of at least 0";
        QTest::newRow("severity") << with(R"("severity":"page")")
                                  << "alerts[3].severity: expected one of warning, critical";
        QTest::newRow("matcher") << with(R"("matchers":{"queue":5})")
                                 << "alerts[3].matchers.queue: expected a string";
        QTest::newRow("label") << with(R"("labels":{"team":1})")
                               << "alerts[3].labels.team: expected a string";
        QTest::newRow("gauge without metric")
            << R"({"name":"r","kind":"gauge","comparison":">","threshold":1})"
            << "alerts[3].metric: a gauge rule needs the metric it compares";
        QTest::newRow("quantile")
            << R"({"name":"r","kind":"latencyQuantile","quantile":95,"comparison":">","threshold":1})"
            << "alerts[3].quantile: must be from 0 to 1";
        QTest::newRow("range") << with(R"("rangeMs":10)") << "alerts[3].rangeMs: must be at least 1000";
        QTest::newRow("no name") << R"({"kind":"gauge","metric":"m","comparison":">","threshold":1})"
                                 << "alerts[3].name: missing or empty";
    }

    void errorsNameTheField()
    {
        QFETCH(QString, json);
        QFETCH(QString, error);
        alerts::AlertRule rule;
        rule.name = QStringLiteral("untouched");
        QString message;
        QVERIFY(!alerts::AlertRule::fromJson(QJsonDocument::fromJson(json.toUtf8()).object(),
                                             QStringLiteral("alerts[3]"), &rule, &message));
        QCOMPARE(message, error);
        QCOMPARE(rule.name, QStringLiteral("untouched"));
    }

    void listErrors()
    {
        QList<alerts::AlertRule> rules;
        QString error;
        QVERIFY(!alerts::rulesFromJson("{", &rules, &error));
        QVERIFY2(error.startsWith(QStringLiteral("not JSON at offset")), qPrintable(error));
        QVERIFY(!alerts::rulesFromJson(R"({"alerts":{}})", &rules, &error));
        QCOMPARE(error, QStringLiteral("alerts: expected an array of rules"));
        QList<alerts::AlertRule> twice{alerts::defaultRules().first(), alerts::defaultRules().first()};
        QVERIFY(!alerts::rulesFromJson(alerts::rulesToJson(twice), &rules, &error));
        QCOMPARE(error, QStringLiteral("alerts[1].name: \"CoreLatencyP95\" is used twice"));
    }

    void validateListsEveryProblem()
    {
        alerts::AlertRule rule;
        rule.kind = alerts::RuleKind::Gauge;
        rule.threshold = std::numeric_limits<double>::infinity();
        rule.forMs = -5;
        QCOMPARE(rule.validate(),
                 (QStringList{QStringLiteral("name: missing or empty"),
                              QStringLiteral("metric: a gauge rule needs the metric it compares"),
                              QStringLiteral("threshold: must be a finite number"),
                              QStringLiteral("forMs: must not be negative")}));
        QVERIFY(everyField().validate().isEmpty());
    }

    void conditions_data()
    {
        QTest::addColumn<int>("comparison");
        QTest::addColumn<double>("value");
        QTest::addColumn<bool>("holds");
        using C = alerts::Comparison;
        QTest::newRow("> above") << int(C::Greater) << 51.0 << true;
        QTest::newRow("> equal") << int(C::Greater) << 50.0 << false;
        QTest::newRow(">= equal") << int(C::GreaterOrEqual) << 50.0 << true;
        QTest::newRow("< below") << int(C::Less) << 49.0 << true;
        QTest::newRow("<= equal") << int(C::LessOrEqual) << 50.0 << true;
        QTest::newRow("== equal") << int(C::Equal) << 50.0 << true;
        QTest::newRow("!= equal") << int(C::NotEqual) << 50.0 << false;
        QTest::newRow("!= NaN") << int(C::NotEqual) << std::nan("") << false;
    }

    void conditions()
    {
        QFETCH(int, comparison);
        QFETCH(double, value);
        QFETCH(bool, holds);
        QCOMPARE(alerts::conditionHolds(alerts::Comparison(comparison), 50, value), holds);
    }

    void summaryTemplate()
    {
        alerts::AlertRule rule;
        rule.summary = QStringLiteral("{{ $labels.queue }} holds {{$value}} ({{ $value | humanize }}), "
                                      "{{ $labels.missing }}|{{ .Unknown }}");
        QCOMPARE(rule.renderSummary(61.123456, {{"queue", "import"}}),
                 QStringLiteral("import holds 61.123456 (61.12), |{{ .Unknown }}"));
    }

    void defaultRulesCarryTheSeedNumbers_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("comparison");
        QTest::addColumn<double>("threshold");
        QTest::addColumn<qint64>("forMs");
        QTest::addColumn<QString>("severity");
        using K = alerts::RuleKind;
        QTest::newRow("P95") << "CoreLatencyP95" << int(K::LatencyQuantile) << ">" << 0.5 << 60'000LL
                             << "warning";
        QTest::newRow("5xx") << "Http5xxErrors" << int(K::ErrorRatio) << ">" << 0.0 << 60'000LL << "critical";
        QTest::newRow("queue") << "CeleryQueueBacklog" << int(K::QueueLength) << ">" << 50.0 << 300'000LL
                               << "warning";
        QTest::newRow("pool") << "DatabaseConnectionExhausted" << int(K::PoolUsage) << ">" << 0.7 << 60'000LL
                              << "critical";
        QTest::newRow("task") << "TaskExecutionSlow" << int(K::TaskDuration) << ">" << 120.0 << 180'000LL
                              << "warning";
        QTest::newRow("redis") << "RedisHitRateLow" << int(K::RedisHitRate) << "<" << 0.5 << 300'000LL
                               << "warning";
        QTest::newRow("probe") << "ProbeDown" << int(K::ProbeDown) << "==" << 0.0 << 30'000LL << "critical";
    }

    void defaultRulesCarryTheSeedNumbers()
    {
        QFETCH(QString, name);
        QFETCH(int, kind);
        QFETCH(QString, comparison);
        QFETCH(double, threshold);
        QFETCH(qint64, forMs);
        QFETCH(QString, severity);
        const QList<alerts::AlertRule> rules = alerts::defaultRules();
        QCOMPARE(rules.size(), 7);
        const auto it =
            std::find_if(rules.begin(), rules.end(), [&](const auto& r) { return r.name == name; });
        QVERIFY(it != rules.end());
        QCOMPARE(int(it->kind), kind);
        QCOMPARE(alerts::comparisonText(it->comparison), comparison);
        QCOMPARE(it->threshold, threshold);
        QCOMPARE(it->forMs, forMs);
        QCOMPARE(alerts::severityName(it->severity), severity);
        QVERIFY(it->validate().isEmpty());
        QVERIFY(!it->summary.isEmpty());
        if (it->kind == alerts::RuleKind::LatencyQuantile)
            QCOMPARE(it->quantile, 0.95);
    }
};

QTEST_GUILESS_MAIN(TestAlertRule)
#include "tst_alertrule.moc"
