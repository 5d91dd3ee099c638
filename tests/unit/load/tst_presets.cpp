// The built-in presets: each reads and compiles, carries the seed's numbers, and is the same text
// as its example file under resources/scenarios.
#include "presets.h"
#include "scenario.h"

#include <QFile>
#include <QTest>

namespace {
load::Scenario read(const char* name)
{
    const load::Preset* preset = load::findPreset(QLatin1String(name));
    load::Scenario scenario;
    QStringList errors;
    if (!preset || !load::Scenario::fromJsonText(preset->json, &scenario, &errors))
        qFatal("preset %s: %s", name, qPrintable(errors.join(QLatin1Char('\n'))));
    return scenario;
}
} // namespace

class TestPresets : public QObject
{
    Q_OBJECT
private slots:
    void everyPresetReadsAndCompiles()
    {
        QCOMPARE(load::builtinPresets().size(), std::size_t(3));
        for (const load::Preset& preset : load::builtinPresets()) {
            load::Scenario scenario;
            QStringList errors;
            QVERIFY2(load::Scenario::fromJsonText(preset.json, &scenario, &errors),
                     qPrintable(preset.name + QLatin1Char(' ') + errors.join(QLatin1Char('\n'))));
            QCOMPARE(scenario.name, preset.name);
            QVERIFY(!scenario.description.isEmpty());
            QCOMPARE(scenario.target, QStringLiteral("http://127.0.0.1:8088"));
            load::LoadPlan plan;
            QVERIFY2(scenario.compile(scenario.target, &plan, &errors),
                     qPrintable(errors.join(QLatin1Char('\n'))));
        }
        QVERIFY(!load::findPreset(QStringLiteral("no-such-preset")));
    }

    void hundredUsersForFiveMinutes()
    {
        const load::Scenario scenario = read("core-100-users");
        QCOMPARE(scenario.model, load::LoadModel::Closed);
        QCOMPARE(scenario.users, 100);
        QCOMPARE(scenario.durationMs, 5 * 60'000);
        QCOMPARE(scenario.requests.size(), std::size_t(2));
        QVERIFY(scenario.requests[0].url.startsWith(QLatin1String("/api/v1/crm/customers")));
        QVERIFY(scenario.requests[1].url.startsWith(QLatin1String("/api/v1/erp/mm/materials")));
        bool p95 = false;
        bool zeroErrors = false;
        for (const load::Threshold& t : scenario.thresholds) {
            p95 = p95 || (t.endpoint.isEmpty() && t.metric == load::Threshold::Metric::Duration &&
                          t.aggregation == load::Threshold::Aggregation::Percentile && t.percentile == 95 &&
                          t.comparison == load::Threshold::Comparison::LessOrEqual && t.value == 500);
            zeroErrors = zeroErrors || (t.metric == load::Threshold::Metric::Errors &&
                                        t.aggregation == load::Threshold::Aggregation::Rate && t.value == 0 &&
                                        t.comparison == load::Threshold::Comparison::Equal);
        }
        QVERIFY(p95);
        QVERIFY(zeroErrors);
        load::LoadPlan plan;
        QStringList errors;
        QVERIFY(scenario.compile(QStringLiteral("http://127.0.0.1:8088"), &plan, &errors));
        std::string url;
        std::string body;
        std::uint64_t random = 3;
        plan.requests[0].render(0, random, url, body);
        QVERIFY2(
            QByteArray::fromStdString(url).startsWith("http://127.0.0.1:8088/api/v1/crm/customers?page="),
            url.c_str());
    }

    void cacheSecondAccess()
    {
        const load::Scenario scenario = read("cache-second-access");
        QVERIFY(!scenario.hasLoad());
        QVERIFY(scenario.cacheSecondAccess);
        QCOMPARE(scenario.cacheSecondAccess->minImprovement, 0.5);
        QCOMPARE(scenario.cacheSecondAccess->keys, 20);
        QCOMPARE(scenario.cacheSecondAccess->flushUrl, QStringLiteral("/admin/cache/flush"));
    }

    void batchOperations()
    {
        const load::Scenario scenario = read("batch-operations");
        QCOMPARE(scenario.batch.size(), std::size_t(4));
        QCOMPARE(scenario.batch[0].rows, 1000);
        QCOMPARE(scenario.batch[0].timeLimitMs, 30'000);
        QCOMPARE(scenario.batch[1].rows, 100);
        QCOMPARE(scenario.batch[1].expectStatus, 201);
        const QByteArray body = QByteArray::fromStdString(scenario.batch[0].body(1));
        QCOMPARE(body.count("\"name\""), 1000);
        QVERIFY(body.startsWith("[{\"name\":\"Load customer 1\""));
        QVERIFY(body.endsWith("}]"));
    }

    void presetsAreTheExampleFiles()
    {
        for (const load::Preset& preset : load::builtinPresets()) {
            QFile file(QStringLiteral(PERFDASH_SCENARIO_DIR "/") + preset.name + QStringLiteral(".json"));
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
            QCOMPARE(file.readAll(), preset.json);
        }
    }
};

QTEST_GUILESS_MAIN(TestPresets)
#include "tst_presets.moc"
