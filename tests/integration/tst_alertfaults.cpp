// The shipped alert rules against the real demo target's faults (issue 7): latency multiplier, errors,
// queue growth and a /health outage, each collected for real (burst, scrape, probe) into a real store
// on a test clock, so that the whole `for` window passes in a few seconds of real time. Asserted: the
// exact state sequence and the step of every transition (pending at the first step the condition holds,
// firing at activeAt + for, resolved when the recovered data leaves the rule's window, keep_firing_for
// respected), plausible values, no-data when the target goes away, and evaluators restarted from the
// stored history carrying on where the last one was.
#include "alertfaultrig.h"
#include "defaultrules.h"
#include "recordstore.h"

#include <QTest>
#include <cmath>

namespace {
using alerts::AlertRule;
using alerts::AlertTransition;
using alerts::State;
constexpr std::int64_t stepMs = AlertFaultRig::stepMs;

QString line(int step, const QString& rule, const std::string& labels, State from, State to)
{
    return QStringLiteral("%1 %2 %3 %4>%5")
        .arg(step)
        .arg(rule, QString::fromStdString(labels), alerts::stateName(from), alerts::stateName(to));
}

QString line(const AlertTransition& t)
{
    return line(AlertFaultRig::stepAt(t.timeMs), t.rule, t.labels.toString(), t.from, t.to);
}

// What the steps of a test produced, as "<step> <rule> <labels> <from>><to>" lines.
struct History
{
    QStringList lines;
    std::vector<AlertTransition> transitions;
    QStringList errors;

    void add(const AlertFaultRig::Step& step)
    {
        for (const AlertTransition& t : step.transitions) {
            lines.append(line(t));
            transitions.push_back(t);
        }
        if (!step.error.isEmpty())
            errors.append(
                QStringLiteral("step %1: %2").arg(AlertFaultRig::stepAt(step.timeMs)).arg(step.error));
    }
    const AlertTransition* find(State to) const
    {
        for (const AlertTransition& t : transitions) {
            if (t.to == to)
                return &t;
        }
        return nullptr;
    }
};

// A rate over (T - range, T] holds the scrapes of range / step steps, so the increases of the bursts
// of the last range / step - 1 steps: the first step whose window no longer holds step `last`'s burst.
int firstStepWithout(int last, const AlertRule& rule)
{
    return last + int(rule.rangeMs / stepMs) - 1;
}

// The first step at or after `from` plus `durationMs` on the step grid.
int stepsLater(int from, std::int64_t durationMs)
{
    return from + int((durationMs + stepMs - 1) / stepMs);
}

const alerts::AlertEvaluator::Instance* instanceOf(const std::vector<alerts::AlertEvaluator::Instance>& all,
                                                   const QString& rule)
{
    for (const auto& instance : all) {
        if (instance.rule == rule && !instance.labels.empty())
            return &instance;
    }
    return nullptr;
}

const std::string demoJob = R"({job="demo"})";
const std::string demoProbe = R"({probe="demo health"})";
} // namespace

class TestAlertFaults : public QObject
{
    Q_OBJECT
private slots:
    void healthyTargetGivesEveryShippedRuleAValue()
    {
        AlertFaultRig rig;
        QString error;
        QVERIFY2(rig.start(&error), qPrintable(error));
        // The task-duration summary has quantiles once a simulated task finished.
        QTRY_VERIFY(!std::isnan(rig.peek("task_duration_seconds", "queue", "default").value_or(NAN)));
        const QList<AlertRule> rules = alerts::defaultRules();
        alerts::AlertEvaluator evaluator(rules);
        History history;
        for (int i = 0; i < 4; ++i)
            history.add(rig.step(evaluator, 8));
        QCOMPARE(history.errors, QStringList());
        QCOMPARE(history.lines, QStringList());
        // Every rule finds its quantity in what the demo target really exposes (but Redis, which it
        // has not), and none of them holds on a healthy target.
        const auto instances = evaluator.instances();
        for (const AlertRule& rule : rules) {
            QStringList found;
            for (const auto& instance : instances) {
                if (instance.rule != rule.name || instance.labels.empty())
                    continue;
                found.append(QString::fromStdString(instance.labels.toString()));
                QVERIFY2(instance.value && !rule.holds(*instance.value),
                         qPrintable(QStringLiteral("%1 %2 = %3")
                                        .arg(rule.name, found.last())
                                        .arg(instance.value.value_or(NAN))));
                QCOMPARE(instance.state, State::Inactive);
            }
            if (rule.kind == alerts::RuleKind::RedisHitRate)
                QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char(' '))));
            else
                QVERIFY2(!found.isEmpty(), qPrintable(rule.name));
        }
    }

    void latencyMultiplierFiresCoreLatencyP95()
    {
        AlertFaultRig rig;
        QString error;
        QVERIFY2(rig.start(&error), qPrintable(error));
        const AlertRule rule = AlertFaultRig::shippedRule(QStringLiteral("CoreLatencyP95"));
        QCOMPARE(rule.threshold, 0.5);
        alerts::AlertEvaluator evaluator({rule});
        History history;
        constexpr int burst = 8; // at once: a slow step takes one request's time
        const auto step = [&] {
            const AlertFaultRig::Step s = rig.step(evaluator, burst);
            history.add(s);
            return s;
        };

        // Three steps of 40 ms requests: inactive, with a P95 well under the threshold.
        for (int i = 0; i < 3; ++i)
            QCOMPARE(step().requests, burst);
        QCOMPARE(history.lines, QStringList());
        const auto* before = instanceOf(evaluator.instances(), rule.name);
        QVERIFY(before && before->value);
        QCOMPARE(before->state, State::Inactive);
        QVERIFY2(*before->value < rule.threshold, qPrintable(QString::number(*before->value)));

        // 40 ms x 15 = 600 ms: every request of a burst lands in the (0.5 s, 1 s] bucket, and the
        // burst is a quarter of the window's requests (the scrapes and probes are fast), well over 5 %.
        QVERIFY(rig.setFaults(R"({"latencyMultiplier": 15})"));
        const int faultStep = AlertFaultRig::stepAt(rig.now());
        const int firingStep = stepsLater(faultStep, rule.forMs);
        while (AlertFaultRig::stepAt(rig.now()) <= firingStep) {
            const AlertFaultRig::Step s = step();
            QCOMPARE(s.requests, burst);
            QVERIFY2(s.slowestSeconds > 0.6, qPrintable(QString::number(s.slowestSeconds)));
        }
        QVERIFY(rig.setFaults(R"({"latencyMultiplier": 1})"));
        const int resolvedStep = firstStepWithout(firingStep, rule);
        while (AlertFaultRig::stepAt(rig.now()) <= resolvedStep + 1)
            step();

        QCOMPARE(history.errors, QStringList());
        QCOMPARE(history.lines,
                 (QStringList{line(faultStep, rule.name, demoJob, State::Inactive, State::Pending),
                              line(firingStep, rule.name, demoJob, State::Pending, State::Firing),
                              line(resolvedStep, rule.name, demoJob, State::Firing, State::Resolved)}));
        const AlertTransition& pending = history.transitions[0];
        const AlertTransition& firing = history.transitions[1];
        const AlertTransition& resolved = history.transitions[2];
        QCOMPARE(firing.timeMs, pending.timeMs + rule.forMs);
        QVERIFY2(*pending.value > 0.5 && *pending.value <= 2.5, qPrintable(QString::number(*pending.value)));
        QVERIFY2(*firing.value > 0.5 && *firing.value <= 2.5, qPrintable(QString::number(*firing.value)));
        QVERIFY2(*resolved.value < 0.5, qPrintable(QString::number(*resolved.value)));
        QVERIFY2(firing.summary.startsWith(QStringLiteral("P95 latency of demo is ")) &&
                     firing.summary.endsWith(QStringLiteral(" s, over 500 ms")),
                 qPrintable(firing.summary));
        QCOMPARE(instanceOf(evaluator.instances(), rule.name)->state, State::Resolved);
    }

    void errorRateFiresHttp5xxErrors()
    {
        AlertFaultRig rig;
        QString error;
        QVERIFY2(rig.start(&error), qPrintable(error));
        const AlertRule rule = AlertFaultRig::shippedRule(QStringLiteral("Http5xxErrors"));
        alerts::AlertEvaluator evaluator({rule});
        History history;
        constexpr int burst = 20; // with half failing, a step without a 5xx has odds of 1 in a million
        std::vector<int> failures;
        const auto step = [&] {
            const AlertFaultRig::Step s = rig.step(evaluator, burst);
            history.add(s);
            failures.push_back(s.failures);
            return s;
        };

        for (int i = 0; i < 3; ++i)
            step();
        QCOMPARE(history.lines, QStringList());
        const auto* before = instanceOf(evaluator.instances(), rule.name);
        QVERIFY(before && before->value);
        QCOMPARE(*before->value, 0.0);

        QVERIFY(rig.setFaults(R"({"errorRate": 0.5})"));
        const int faultStep = AlertFaultRig::stepAt(rig.now());
        // The 5xx series is born in the fault's first burst; a counter's first sample has no rate
        // (as in Prometheus), so the ratio first moves a step later.
        const int pendingStep = faultStep + 1;
        const int firingStep = stepsLater(pendingStep, rule.forMs);
        while (AlertFaultRig::stepAt(rig.now()) <= firingStep)
            QVERIFY(step().failures > 0);
        QVERIFY(rig.setFaults(R"({"errorRate": 0})"));
        const int resolvedStep = firstStepWithout(firingStep, rule);
        while (AlertFaultRig::stepAt(rig.now()) <= resolvedStep + 1)
            QCOMPARE(step().failures, 0);

        QCOMPARE(history.errors, QStringList());
        QCOMPARE(history.lines,
                 (QStringList{line(pendingStep, rule.name, demoJob, State::Inactive, State::Pending),
                              line(firingStep, rule.name, demoJob, State::Pending, State::Firing),
                              line(resolvedStep, rule.name, demoJob, State::Firing, State::Resolved)}));
        const AlertTransition& pending = history.transitions[0];
        const AlertTransition& firing = history.transitions[1];
        QCOMPARE(firing.timeMs, pending.timeMs + rule.forMs);
        QCOMPARE(firing.severity, alerts::Severity::Critical);
        QVERIFY2(*pending.value > 0 && *pending.value < 1, qPrintable(QString::number(*pending.value)));
        // Half of the API requests fail; the scrapes and probes (a tenth of the requests) never do.
        QVERIFY2(*firing.value > 0.15 && *firing.value < 0.85, qPrintable(QString::number(*firing.value)));
        QCOMPARE(*history.transitions[2].value, 0.0);
    }

    void queueGrowthFiresCeleryQueueBacklog()
    {
        AlertFaultRig rig;
        QString error;
        QVERIFY2(rig.start(&error), qPrintable(error));
        const AlertRule rule = AlertFaultRig::shippedRule(QStringLiteral("CeleryQueueBacklog"));
        QCOMPARE(rule.threshold, 50.0);
        alerts::AlertEvaluator evaluator({rule});
        History history;
        const auto step = [&] {
            const AlertFaultRig::Step s = rig.step(evaluator);
            history.add(s);
            return s;
        };
        const auto defaultQueue = [&rig] { return rig.peek("celery_queue_length", "queue", "default"); };

        for (int i = 0; i < 2; ++i)
            step();
        QCOMPARE(history.lines, QStringList());
        QVERIFY(defaultQueue().value_or(1e9) < rule.threshold);

        // Producers four times faster than the workers: the real backlog passes 50 in a few seconds
        // (waited for with a margin, so that no worker's tick brings it back under before the scrape).
        constexpr double margin = 10;
        QVERIFY(rig.setFaults(R"({"queueGrowth": true})"));
        QTRY_VERIFY_WITH_TIMEOUT(defaultQueue().value_or(0) > rule.threshold + margin, 20'000);
        const int pendingStep = AlertFaultRig::stepAt(rig.now());
        const int firingStep = stepsLater(pendingStep, rule.forMs);
        while (AlertFaultRig::stepAt(rig.now()) <= firingStep)
            step();
        // Workers twenty times faster drain the backlog in well under a second.
        QVERIFY(rig.setFaults(R"({"queueGrowth": false, "latencyMultiplier": 0.05})"));
        QTRY_VERIFY_WITH_TIMEOUT(defaultQueue().value_or(1e9) < rule.threshold - margin, 20'000);
        // A gauge's value is its last sample: the first step after the drain resolves.
        const int resolvedStep = AlertFaultRig::stepAt(rig.now());
        step();
        step();

        const std::string instance = R"({job="demo",queue="default"})";
        QCOMPARE(history.errors, QStringList());
        QCOMPARE(history.lines,
                 (QStringList{line(pendingStep, rule.name, instance, State::Inactive, State::Pending),
                              line(firingStep, rule.name, instance, State::Pending, State::Firing),
                              line(resolvedStep, rule.name, instance, State::Firing, State::Resolved)}));
        QCOMPARE(history.transitions[1].timeMs, history.transitions[0].timeMs + rule.forMs);
        QVERIFY(*history.transitions[0].value > 50);
        QVERIFY(*history.transitions[1].value >= *history.transitions[0].value); // it kept growing
        QVERIFY(*history.transitions[2].value < 50);
        const QString summary = history.transitions[1].summary;
        QVERIFY2(summary.startsWith(QStringLiteral("queue default holds ")) &&
                     summary.endsWith(QStringLiteral(" tasks, over 50")),
                 qPrintable(summary));
    }

    void healthOutageFiresProbeDownAndRestartsCarryOn()
    {
        AlertFaultRig rig;
        QString error;
        QVERIFY2(rig.start(&error), qPrintable(error));
        const AlertRule shipped = AlertFaultRig::shippedRule(QStringLiteral("ProbeDown"));
        QCOMPARE(shipped.forMs, 30'000);
        // The same rule held for 45 s after the probe recovers.
        AlertRule kept = shipped;
        kept.name = QStringLiteral("ProbeDownKeepFiring");
        kept.keepFiringForMs = 45'000;
        const QList<AlertRule> rules{shipped, kept};
        auto evaluator = std::make_unique<alerts::AlertEvaluator>(rules);
        History history;
        std::vector<bool> probeUp;
        const auto step = [&] {
            const AlertFaultRig::Step s = rig.step(*evaluator);
            history.add(s);
            return s;
        };
        // A restart: a new evaluator over the same store, restored from its alert history.
        const auto restart = [&] {
            QString why;
            const std::vector<store::AlertEvent> events =
                store::RecordStore(&rig.store()).latestAlertEvents(&why);
            QVERIFY2(why.isEmpty(), qPrintable(why));
            evaluator = std::make_unique<alerts::AlertEvaluator>(rules);
            evaluator->restore(events, rig.now());
        };

        for (int i = 0; i < 2; ++i)
            QVERIFY(step().probe.success);
        QCOMPARE(history.lines, QStringList());
        QCOMPARE(instanceOf(evaluator->instances(), shipped.name)->value, std::optional<double>(1));

        QVERIFY(rig.setFaults(R"({"healthOutage": true})"));
        const int faultStep = AlertFaultRig::stepAt(rig.now());
        // The probe counts as down at its failuresBeforeDown-th failure in a row: pending then.
        int pendingStep = -1;
        while (pendingStep < 0 && AlertFaultRig::stepAt(rig.now()) < faultStep + 10) {
            const AlertFaultRig::Step s = step();
            QVERIFY(!s.probe.success);
            QCOMPARE(s.probe.httpStatus, 503L);
            if (!s.probe.up)
                pendingStep = AlertFaultRig::stepAt(s.timeMs);
        }
        QCOMPARE(pendingStep, faultStep + rig.probe().failuresBeforeDown - 1);
        // Restarted while pending: the `for` keeps counting from the first evaluator's activeAt.
        restart();
        const int firingStep = stepsLater(pendingStep, shipped.forMs);
        while (AlertFaultRig::stepAt(rig.now()) <= firingStep)
            step();
        // Restarted while firing: nothing fires again.
        restart();
        step();
        QVERIFY(rig.setFaults(R"({"healthOutage": false})"));
        const int recoveredStep = AlertFaultRig::stepAt(rig.now());
        const int keptUntilStep = stepsLater(recoveredStep, kept.keepFiringForMs);
        while (AlertFaultRig::stepAt(rig.now()) <= keptUntilStep + 1)
            QVERIFY(step().probe.up);

        QCOMPARE(history.errors, QStringList());
        QCOMPARE(history.lines,
                 (QStringList{line(pendingStep, shipped.name, demoProbe, State::Inactive, State::Pending),
                              line(pendingStep, kept.name, demoProbe, State::Inactive, State::Pending),
                              line(firingStep, shipped.name, demoProbe, State::Pending, State::Firing),
                              line(firingStep, kept.name, demoProbe, State::Pending, State::Firing),
                              // A gauge's value is its last sample: resolved at the first probe that passes.
                              line(recoveredStep, shipped.name, demoProbe, State::Firing, State::Resolved),
                              line(keptUntilStep, kept.name, demoProbe, State::Firing, State::Resolved)}));
        QCOMPARE(history.transitions[2].timeMs, history.transitions[0].timeMs + shipped.forMs);
        QCOMPARE(history.transitions[0].value, std::optional<double>(0));
        QCOMPARE(history.transitions[4].value, std::optional<double>(1));
        QCOMPARE(history.transitions[2].summary, QStringLiteral("health check demo health is down"));
        QCOMPARE(instanceOf(evaluator->instances(), kept.name)->state, State::Resolved);
    }

    void targetGoneIsNoDataNotResolved()
    {
        AlertFaultRig rig;
        QString error;
        QVERIFY2(rig.start(&error), qPrintable(error));
        const AlertRule rule = AlertFaultRig::shippedRule(QStringLiteral("Http5xxErrors"));
        QCOMPARE(rule.noDataAfterMs, 300'000);
        alerts::AlertEvaluator evaluator({rule});
        History history;
        const auto step = [&](int requests) {
            const AlertFaultRig::Step s = rig.step(evaluator, requests);
            history.add(s);
            return s;
        };

        step(20);
        QVERIFY(rig.setFaults(R"({"errorRate": 1})"));
        const int pendingStep =
            AlertFaultRig::stepAt(rig.now()) + 1; // a new counter: rated from its second sample
        const int firingStep = stepsLater(pendingStep, rule.forMs);
        while (AlertFaultRig::stepAt(rig.now()) <= firingStep)
            step(20);
        QVERIFY(history.find(State::Firing));

        // The target goes away: every scrape fails from now on, so the rule's rates run out of samples.
        rig.stopDemoTarget();
        const int lastScrape = firingStep;
        // The last step whose rate window (T - range, T] still holds two of the scrapes.
        const int lastValueStep = lastScrape + int((rule.rangeMs - 1) / stepMs) - 1;
        const int noDataStep = stepsLater(lastValueStep, rule.noDataAfterMs);
        while (AlertFaultRig::stepAt(rig.now()) <= noDataStep + 1) {
            const AlertFaultRig::Step s = step(0);
            QVERIFY(!s.scrape.up);
            QVERIFY(!s.scrape.error.isEmpty());
        }

        QCOMPARE(history.errors, QStringList());
        QCOMPARE(history.lines,
                 (QStringList{line(pendingStep, rule.name, demoJob, State::Inactive, State::Pending),
                              line(firingStep, rule.name, demoJob, State::Pending, State::Firing),
                              line(noDataStep, rule.name, demoJob, State::Firing, State::NoData)}));
        QCOMPARE(history.transitions[2].value, std::nullopt);
        QCOMPARE(instanceOf(evaluator.instances(), rule.name)->state, State::NoData);
    }
};

QTEST_GUILESS_MAIN(TestAlertFaults)
#include "tst_alertfaults.moc"
