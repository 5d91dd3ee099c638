// Acceptance results in the workspace store: a result saved and read back renders the same JSON,
// the list is newest first with plan, verdict and failed count, a row whose JSON was damaged is
// reported by id (and still listed), and a version 5 file migrates to 6 keeping its load runs.
#include "acceptanceresultstore.h"
#include "recordstore.h"
#include "schema.h"
#include "storetesthelpers.h"
#include "timeseriesstore.h"
#include "workspacefile.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace report;

namespace {
PlanResult result(const QString& plan, std::int64_t startedMs, bool passing)
{
    PlanResult made;
    made.planName = plan;
    made.system = QStringLiteral("Shop (CRM / ERP / WMS)");
    made.target = QStringLiteral("http://127.0.0.1:8088");
    made.startedMs = startedMs;
    made.finishedMs = startedMs + 25'000;
    CriterionOutcome outcome;
    outcome.criterion.id = QStringLiteral("core-p95");
    outcome.criterion.title = QStringLiteral("Core endpoints P95 <= 500 ms");
    outcome.criterion.scenario = QStringLiteral("core-100-users");
    outcome.criterion.threshold = 500;
    outcome.measured = true;
    outcome.value = passing ? 120 : 640;
    outcome.passed = passing;
    outcome.margin = outcome.criterion.margin(outcome.value);
    made.criteria.push_back(outcome);
    ScenarioOutcome scenario;
    scenario.name = QStringLiteral("core-100-users");
    scenario.timeline.push_back({1, 200, 0, 40, 90, 120, 20});
    made.scenarios.push_back(scenario);
    return made;
}

struct OpenStore
{
    explicit OpenStore(const QString& path)
    {
        QString error;
        ok = store.open(path, storetest::quietOptions(), &error);
        if (!ok)
            qWarning() << error;
    }
    store::TimeSeriesStore store;
    bool ok = false;
};
} // namespace

class TestAcceptanceResultStore : public QObject
{
    Q_OBJECT
private slots:
    void roundTripNewestFirst()
    {
        QTemporaryDir dir;
        OpenStore open(dir.filePath(QStringLiteral("ws.sqlite")));
        QVERIFY(open.ok);
        AcceptanceResultStore results(&open.store);
        QString error;
        const auto older = results.save(result(QStringLiteral("older"), 1'000, false), &error);
        QVERIFY2(older, qPrintable(error));
        const auto newer = results.save(result(QStringLiteral("newer"), 2'000, true), &error);
        QVERIFY2(newer, qPrintable(error));

        const std::vector<AcceptanceResultInfo> listed = results.list(&error);
        QCOMPARE(listed.size(), std::size_t(2));
        QCOMPARE(listed[0].id, *newer);
        QCOMPARE(listed[0].planName, QStringLiteral("newer"));
        QVERIFY(listed[0].passed);
        QCOMPARE(listed[0].failedRequired, 0);
        QCOMPARE(listed[1].planName, QStringLiteral("older"));
        QVERIFY(!listed[1].passed);
        QCOMPARE(listed[1].failedRequired, 1);
        QCOMPARE(listed[1].finishedMs, std::int64_t(26'000));

        const std::optional<PlanResult> back = results.get(*older, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(QJsonDocument(back->toJson()).toJson(),
                 QJsonDocument(result(QStringLiteral("older"), 1'000, false).toJson()).toJson());
        QVERIFY(!results.get(*newer + 10, &error));
        QVERIFY2(error.contains(QString::number(*newer + 10)), qPrintable(error));
    }

    void damagedRowIsReportedByIdAndStillListed()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ws.sqlite"));
        std::int64_t id = 0;
        {
            OpenStore open(path);
            QVERIFY(open.ok);
            id = AcceptanceResultStore(&open.store)
                     .save(result(QStringLiteral("cut short"), 5, true))
                     .value_or(0);
            QVERIFY(id > 0);
        }
        {
            storetest::Db db(path);
            QString error;
            QVERIFY2(
                store::exec(db.db,
                            "UPDATE acceptance_results SET result_json = '{\"perfdashAcceptanceResult\":1,'",
                            &error),
                qPrintable(error));
        }
        OpenStore open(path);
        QVERIFY(open.ok);
        AcceptanceResultStore results(&open.store);
        QString error;
        QVERIFY(!results.get(id, &error));
        QVERIFY2(error.contains(QStringLiteral("acceptance result %1 (cut short) is damaged").arg(id)),
                 qPrintable(error));
        const auto listed = results.list(&error);
        QCOMPARE(listed.size(), std::size_t(1));
        QCOMPARE(listed[0].planName, QStringLiteral("cut short"));
    }

    void versionFiveMigratesKeepingLoadRuns()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ws.sqlite"));
        {
            storetest::Db db(path);
            QString error;
            const QByteArray id =
                "PRAGMA application_id=" + QByteArray::number(WorkspaceFile::applicationId) +
                "; PRAGMA journal_mode=WAL;";
            QVERIFY(store::exec(db.db, id.constData(), &error));
            QVERIFY2(store::schema::migrate(db.db, &error, 5), qPrintable(error));
            QCOMPARE(store::schema::version(db.db), 5);
            QVERIFY(
                store::exec(db.db,
                            "INSERT INTO load_runs(id, name, started_ms, finished_ms, config_json, state) "
                            "VALUES(4, 'kept', 10, 20, '{}', 'completed')",
                            &error));
        }
        {
            OpenStore open(path);
            QVERIFY(open.ok);
            const std::vector<store::LoadRun> runs = store::RecordStore(&open.store).loadRuns();
            QCOMPARE(runs.size(), std::size_t(1));
            QCOMPARE(runs[0].name, QStringLiteral("kept"));
            QVERIFY(AcceptanceResultStore(&open.store).save(result(QStringLiteral("after"), 30, true)));
        }
        storetest::Db db(path);
        QCOMPARE(store::schema::version(db.db), 6);
        QCOMPARE(db.integer("SELECT count(*) FROM acceptance_results"), std::int64_t(1));
        QCOMPARE(db.text("SELECT verdict FROM acceptance_results"), QStringLiteral("pass"));
    }
};

QTEST_GUILESS_MAIN(TestAcceptanceResultStore)
#include "tst_acceptanceresultstore.moc"
