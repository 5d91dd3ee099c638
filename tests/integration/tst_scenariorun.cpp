// Scenarios run by the real engine against the real demo target: the 100-users preset, shortened
// to 20 users for 3 s (the same code as the 5-minute acceptance run), passes with zero errors; a
// threshold it cannot meet fails; abortOnFail stops a failing run early.
#include "demotargetprocess.h"
#include "loadrun.h"
#include "loadrunreport.h"
#include "presets.h"

#include <QTest>

namespace {
load::Scenario preset(const char* name)
{
    load::Scenario scenario;
    QStringList errors;
    if (!load::Scenario::fromJsonText(load::findPreset(QLatin1String(name))->json, &scenario, &errors))
        qFatal("%s", qPrintable(errors.join(QLatin1Char('\n'))));
    return scenario;
}
} // namespace

class TestScenarioRun : public QObject
{
    Q_OBJECT

    DemoTargetProcess m_target;

    load::LoadRunReport run(load::Scenario scenario)
    {
        load::LoadRunReport report;
        report.scenario = std::move(scenario);
        report.target = m_target.baseUrl().toString();
        load::LoadPlan plan;
        QStringList errors;
        if (!report.scenario.compile(report.target, &plan, &errors))
            qFatal("%s", qPrintable(errors.join(QLatin1Char('\n'))));
        plan.workers = 2;
        report.load = load::runLoad(plan);
        report.thresholds = load::evaluateThresholds(report.scenario.thresholds, *report.load);
        return report;
    }

    static QString describe(const load::LoadRunReport& report)
    {
        QStringList lines;
        for (const auto& outcome : report.thresholds)
            lines << outcome.threshold.key + QLatin1Char(' ') + outcome.threshold.expression +
                         QLatin1Char(' ') + outcome.valueText() +
                         (outcome.passed ? QStringLiteral(" ok") : QStringLiteral(" FAILED"));
        return lines.join(QLatin1Char('\n'));
    }

private slots:
    void initTestCase() { QVERIFY2(m_target.start(), qPrintable(m_target.errorString())); }

    void shortenedHundredUsersPresetPasses()
    {
        load::Scenario scenario = preset("core-100-users");
        scenario.apply({3000, 20, 0, 0});
        const load::LoadRunReport report = run(scenario);
        QCOMPARE(report.load->end, load::RunEnd::Completed);
        QVERIFY2(report.passed(), qPrintable(describe(report)));
        QCOMPARE(report.load->totals.total.errorCount(), 0);
        QVERIFY(report.load->totals.total.requests > 100);
        for (const auto& endpoint : report.load->totals.endpoints)
            QVERIFY(endpoint.requests > 0); // both weighted requests were sent
        QCOMPARE(report.thresholds.size(), std::size_t(4));
    }

    void unmeetableThresholdFails()
    {
        load::Scenario scenario = preset("core-100-users");
        scenario.apply({1500, 4, 0, 0});
        load::Threshold impossible;
        QString error;
        QVERIFY(load::Threshold::parseKey(QStringLiteral("http_req_duration"), &impossible, &error));
        QVERIFY(load::Threshold::parseExpression(QStringLiteral("max<0.001"), &impossible, &error));
        scenario.thresholds.push_back(impossible);
        const load::LoadRunReport report = run(scenario);
        QVERIFY(!report.passed());
        QCOMPARE(report.failureCount(), 1);
        QVERIFY(!report.thresholds.back().passed);
        QVERIFY(report.thresholds.back().value > 0.001);
    }

    void abortOnFailStopsEarly()
    {
        load::Scenario scenario;
        QStringList errors;
        QVERIFY(load::Scenario::fromJsonText(
            R"({"name":"missing","model":{"users":4,"duration":"20s"},
                "requests":[{"url":"/api/v1/crm/customers/999999999","expectStatus":200}],
                "thresholds":{"errors":[{"threshold":"rate==0","abortOnFail":true,"delayAbortEval":"1s"}]}})",
            &scenario, &errors));
        const load::LoadRunReport report = run(scenario);
        QCOMPARE(report.load->end, load::RunEnd::Aborted);
        QVERIFY2(report.load->durationMs < 10'000, qPrintable(QString::number(report.load->durationMs)));
        QVERIFY(report.load->totals.total.errors[std::size_t(load::ErrorKind::Status4xx)] > 0);
        QVERIFY(!report.passed());
    }
};

QTEST_GUILESS_MAIN(TestScenarioRun)
#include "tst_scenariorun.moc"
