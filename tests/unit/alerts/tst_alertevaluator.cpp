// AlertEvaluator against a real store filled with synthetic samples at controlled times: the seeds'
// rules go pending, firing and resolved at the evaluations they should; history round trip and a
// restart that neither re-fires nor forgets.
#include "alertevaluator.h"
#include "defaultrules.h"
#include "recordstore.h"
#include "storereader.h"
#include "timeseriesstore.h"

#include <QTemporaryDir>
#include <QTest>

namespace {
constexpr std::int64_t t0 = 1'700'000'000'000;
constexpr int seconds = 600;

void series(store::TimeSeriesStore& s, const std::string& name, const metricmath::LabelSet& labels,
            double (*value)(int second), int from = 0, int to = seconds)
{
    const store::SeriesRef ref = s.series(name, labels);
    std::vector<store::Sample> samples;
    for (int i = from; i <= to; ++i)
        samples.push_back({ref, t0 + i * 1000, value(i)});
    s.append(samples);
}

alerts::AlertRule byName(const QString& name)
{
    for (const alerts::AlertRule& rule : alerts::defaultRules()) {
        if (rule.name == name)
            return rule;
    }
    return {};
}

QList<alerts::AlertRule> rules()
{
    alerts::AlertRule probe = byName(QStringLiteral("ProbeDown"));
    probe.noDataAfterMs = 60'000;
    alerts::AlertRule redis = byName(QStringLiteral("RedisHitRateLow"));
    redis.noDataAfterMs = 120'000;
    return {byName(QStringLiteral("CoreLatencyP95")), byName(QStringLiteral("Http5xxErrors")),
            byName(QStringLiteral("CeleryQueueBacklog")), probe, redis};
}

QString text(const alerts::AlertTransition& t)
{
    return QStringLiteral("%1 %2 %3 %4>%5")
        .arg((t.timeMs - t0) / 1000)
        .arg(t.rule, QString::fromStdString(t.labels.toString()), alerts::stateName(t.from),
             alerts::stateName(t.to));
}

QStringList evaluate(alerts::AlertEvaluator& evaluator, store::StoreReader& reader, int from, int to,
                     std::vector<alerts::AlertTransition>* all = nullptr)
{
    QStringList out;
    for (int s = from; s <= to; s += 15) {
        for (const alerts::AlertTransition& t : evaluator.evaluate(reader, t0 + s * 1000)) {
            out.append(text(t));
            if (all)
                all->push_back(t);
        }
        if (!evaluator.errors().isEmpty())
            qWarning() << evaluator.errors();
    }
    return out;
}

const QStringList expected{
    QStringLiteral(R"(15 CoreLatencyP95 {job="api"} inactive>pending)"),
    QStringLiteral(R"(15 CeleryQueueBacklog {job="api",queue="import"} inactive>pending)"),
    QStringLiteral(R"(75 CoreLatencyP95 {job="api"} pending>firing)"),
    QStringLiteral(R"(105 ProbeDown {probe="web"} inactive>pending)"),
    QStringLiteral(R"(135 ProbeDown {probe="web"} pending>firing)"),
    QStringLiteral(R"(135 RedisHitRateLow {} inactive>nodata)"),
    QStringLiteral(R"(210 RedisHitRateLow {} nodata>inactive)"),
    QStringLiteral(R"(210 RedisHitRateLow {source="cache"} inactive>pending)"),
    QStringLiteral(R"(270 CoreLatencyP95 {job="api"} firing>resolved)"),
    QStringLiteral(R"(315 Http5xxErrors {job="api"} inactive>pending)"),
    QStringLiteral(R"(315 CeleryQueueBacklog {job="api",queue="import"} pending>firing)"),
    QStringLiteral(R"(375 Http5xxErrors {job="api"} pending>firing)"),
    QStringLiteral(R"(375 ProbeDown {probe="web"} firing>nodata)"),
    QStringLiteral(R"(405 CeleryQueueBacklog {job="api",queue="import"} firing>resolved)"),
    QStringLiteral(R"(480 Http5xxErrors {job="api"} firing>resolved)"),
    QStringLiteral(R"(510 RedisHitRateLow {source="cache"} pending>firing)"),
};

} // namespace

class TestAlertEvaluator : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("alerts.sqlite"));
        store::StoreOptions options;
        options.maintenanceIntervalMs = 0;
        options.retentionMs = 0;
        QString error;
        QVERIFY2(m_store.open(m_path, options, &error), qPrintable(error));
        // 10 requests a second, slower than 0.5 s until second 200 (P95 0.975 s), then faster (0.475 s).
        series(m_store, "http_request_duration_seconds_bucket", {{"job", "api"}, {"le", "0.5"}},
               [](int i) { return i < 200 ? 0.0 : 10.0 * (i - 200); });
        series(m_store, "http_request_duration_seconds_bucket", {{"job", "api"}, {"le", "1"}},
               [](int i) { return 10.0 * i; });
        series(m_store, "http_request_duration_seconds_bucket", {{"job", "api"}, {"le", "+Inf"}},
               [](int i) { return 10.0 * i; });
        // One 5xx a second from second 300 to 420.
        series(m_store, "http_requests_total", {{"job", "api"}, {"status", "200"}},
               [](int i) { return 10.0 * i; });
        series(m_store, "http_requests_total", {{"job", "api"}, {"status", "500"}},
               [](int i) { return double(std::clamp(i - 300, 0, 120)); });
        // 60 waiting tasks until second 400, then 10.
        series(m_store, "celery_queue_length", {{"job", "api"}, {"queue", "import"}},
               [](int i) { return i < 400 ? 60.0 : 10.0; });
        // The probe is up, down from second 100, and silent after 299.
        series(
            m_store, "probe_up", {{"probe", "web"}}, [](int i) { return i < 100 ? 1.0 : 0.0; }, 0, 299);
        // Redis is watched from second 200 on: one hit for three misses (25 %).
        series(
            m_store, "redis_keyspace_hits_total", {{"source", "cache"}}, [](int i) { return 1.0 * i; }, 200);
        series(
            m_store, "redis_keyspace_misses_total", {{"source", "cache"}}, [](int i) { return 3.0 * i; },
            200);
        QVERIFY(m_store.flush());
        QVERIFY2(m_reader.open(m_path, &error), qPrintable(error));
    }

    void sequenceAndTiming()
    {
        alerts::AlertEvaluator evaluator(rules());
        std::vector<alerts::AlertTransition> all;
        QCOMPARE(evaluate(evaluator, m_reader, 15, 600, &all), expected);
        QCOMPARE(all.front().value, std::optional<double>(0.975));
        QCOMPARE(all.front().summary, QStringLiteral("P95 latency of api is 0.975 s, over 500 ms"));
        QCOMPARE(all.front().severity, alerts::Severity::Warning);
        QCOMPARE(all[5].value, std::nullopt); // no-data carries no value
        const auto instances = evaluator.instances();
        QCOMPARE(instances.size(), std::size_t(5)); // the Redis stand-in {} gave way to source="cache"
        QCOMPARE(instances[3].state, alerts::State::NoData);
        QCOMPARE(instances[4].labels, (metricmath::LabelSet{{"source", "cache"}}));
        QCOMPARE(instances[4].value, std::optional<double>(0.25));
        QCOMPARE(evaluator.distinctQuantities(), std::size_t(5));
        alerts::AlertRule twin = byName(QStringLiteral("CeleryQueueBacklog"));
        twin.name = QStringLiteral("CeleryQueueBacklogCritical");
        twin.threshold = 100;
        QCOMPARE(alerts::AlertEvaluator(rules() << twin).distinctQuantities(), std::size_t(5));
    }

    void evaluatingTwiceAtOneTimeChangesNothing()
    {
        alerts::AlertEvaluator evaluator(rules());
        QCOMPARE(evaluator.evaluate(m_reader, t0 + 15'000).size(), std::size_t(2));
        QCOMPARE(evaluator.evaluate(m_reader, t0 + 15'000).size(), std::size_t(0));
    }

    void matchersNarrowAndGroupingSplits()
    {
        alerts::AlertRule rule = byName(QStringLiteral("CeleryQueueBacklog"));
        rule.forMs = 0;
        rule.matchers = {{"queue", "other"}};
        alerts::AlertRule gauge;
        gauge.name = QStringLiteral("ProbeSilent");
        gauge.kind = alerts::RuleKind::Gauge;
        gauge.metric = "probe_up";
        gauge.comparison = alerts::Comparison::Equal;
        gauge.threshold = 0;
        alerts::AlertEvaluator evaluator({rule, gauge});
        const auto transitions = evaluator.evaluate(m_reader, t0 + 120'000);
        QCOMPARE(transitions.size(), std::size_t(1)); // no queue "other": nothing but the probe
        QCOMPARE(text(transitions[0]), QStringLiteral(R"(120 ProbeSilent {probe="web"} inactive>firing)"));
    }

    void unknownMetricIsNoDataNotAnError()
    {
        alerts::AlertRule rule;
        rule.name = QStringLiteral("Nothing");
        rule.metric = "no_such_metric";
        rule.threshold = 1;
        rule.noDataAfterMs = 30'000;
        alerts::AlertEvaluator evaluator({rule});
        QVERIFY(evaluator.evaluate(m_reader, t0).empty());
        QVERIFY(evaluator.errors().isEmpty());
        const auto later = evaluator.evaluate(m_reader, t0 + 30'000);
        QCOMPARE(later.size(), std::size_t(1));
        QCOMPARE(later[0].to, alerts::State::NoData);
    }

    void historyRoundTripAndRestart()
    {
        // First run until second 285, its transitions stored; a restart at 300 restores from them.
        store::RecordStore records(&m_store);
        std::vector<alerts::AlertTransition> first;
        {
            alerts::AlertEvaluator evaluator(rules());
            evaluate(evaluator, m_reader, 15, 285, &first);
            std::vector<store::AlertEvent> events;
            for (const alerts::AlertTransition& t : first)
                events.push_back(alerts::toEvent(t));
            QString error;
            QVERIFY2(records.addAlertEvents(events, &error), qPrintable(error));
        }
        const auto stored = records.alertEvents(t0, t0 + 300'000);
        QCOMPARE(stored.size(), first.size());
        for (std::size_t i = 0; i < stored.size(); ++i) {
            const store::AlertEvent want = alerts::toEvent(first[i]);
            QCOMPARE(stored[i].rule, want.rule);
            QCOMPARE(stored[i].fromState, want.fromState);
            QCOMPARE(stored[i].toState, want.toState);
            QCOMPARE(stored[i].timeMs, want.timeMs);
            QCOMPARE(stored[i].value, want.value);
            QCOMPARE(stored[i].labelsJson, want.labelsJson);
            QCOMPARE(stored[i].severity, want.severity);
            QCOMPARE(stored[i].summary, want.summary);
            QCOMPARE(alerts::labelsFromJson(stored[i].labelsJson), first[i].labels);
        }

        alerts::AlertEvaluator restarted(rules());
        restarted.restore(records.latestAlertEvents(), t0 + 300'000);
        QStringList tail;
        for (const QString& line : expected) {
            if (line.section(QLatin1Char(' '), 0, 0).toInt() >= 300)
                tail.append(line);
        }
        QCOMPARE(evaluate(restarted, m_reader, 300, 600), tail); // nothing fires twice
        QVERIFY(records.addAlertEvents({}));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    store::TimeSeriesStore m_store;
    store::StoreReader m_reader;
};

QTEST_GUILESS_MAIN(TestAlertEvaluator)
#include "tst_alertevaluator.moc"
