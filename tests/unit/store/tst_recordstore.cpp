// Load runs, alert events and report records stored beside the samples.
#include "recordstore.h"
#include "storetesthelpers.h"

#include <QTemporaryDir>

using storetest::nowMs;

class TestRecordStore : public QObject
{
    Q_OBJECT
private slots:
    void loadRunsKeepHistogramsErrorsAndSummary()
    {
        QTemporaryDir dir;
        store::TimeSeriesStore store;
        QString error;
        QVERIFY2(store.open(dir.filePath(QStringLiteral("runs.sqlite")), storetest::quietOptions(), &error),
                 qPrintable(error));
        store::RecordStore records(&store);
        const auto run =
            records.startLoadRun(QStringLiteral("100 users 5 min"), nowMs, R"({"users":100})", &error);
        QVERIFY2(run, qPrintable(error));
        QVERIFY(records.addLatencyHistogram(*run, 1, QStringLiteral("GET /api/v1/items"),
                                            QByteArray("\x01\x02", 2)));
        QVERIFY(
            records.addLatencyHistogram(*run, 0, QStringLiteral("GET /api/v1/items"), QByteArray("\x00", 1)));
        QVERIFY(records.addErrors(*run, QStringLiteral("timeout"), 2));
        QVERIFY(records.addErrors(*run, QStringLiteral("timeout"), 3));
        QVERIFY(records.addErrors(*run, QStringLiteral("status"), 1));
        QVERIFY(records.finishLoadRun(*run, nowMs + 300'000, R"({"p95_ms":120})"));
        QVERIFY(!records.addLatencyHistogram(*run + 1, 0, QStringLiteral("x"), "y", &error)); // no such run
        QVERIFY2(error.contains(QStringLiteral("FOREIGN KEY")), qPrintable(error));

        const auto runs = records.loadRuns();
        QCOMPARE(runs.size(), std::size_t(1));
        QCOMPARE(runs[0].name, QStringLiteral("100 users 5 min"));
        QCOMPARE(runs[0].finishedMs, std::optional<std::int64_t>(nowMs + 300'000));
        QCOMPARE(runs[0].summaryJson, QByteArray(R"({"p95_ms":120})"));
        const auto histograms = records.latencyHistograms(*run, QStringLiteral("GET /api/v1/items"));
        QCOMPARE(histograms.size(), std::size_t(2));
        QCOMPARE(histograms[0], (std::pair<std::int64_t, QByteArray>(0, QByteArray("\x00", 1))));
        QCOMPARE(histograms[1].second, QByteArray("\x01\x02", 2));
        const auto errors = records.errors(*run);
        QCOMPARE(errors.at(QStringLiteral("timeout")), std::int64_t(5));
        QCOMPARE(errors.at(QStringLiteral("status")), std::int64_t(1));
    }

    void loadRunSecondsRoundTrip()
    {
        QTemporaryDir dir;
        store::TimeSeriesStore store;
        QString error;
        QVERIFY2(
            store.open(dir.filePath(QStringLiteral("seconds.sqlite")), storetest::quietOptions(), &error),
            qPrintable(error));
        store::RecordStore records(&store);
        const auto run = records.startLoadRun(QStringLiteral("core"), QStringLiteral("http://127.0.0.1:8088"),
                                              nowMs, R"({"users":20})", &error);
        QVERIFY2(run, qPrintable(error));
        const std::vector<store::LoadRunSecondRow> rows = {
            {-1, 0, nowMs, 20, 900, 90'000, R"({"timeout":1})", QByteArray("\x01\x02", 2), {}},
            {0, 0, nowMs, 20, 450, 45'000, "{}", QByteArray("\x03", 1), QByteArray("\x04", 1)},
            {-1, 1, nowMs + 1000, 20, 950, 95'000, "{}", QByteArray("\x05", 1), {}}};
        QVERIFY2(records.addLoadRunSeconds(*run, rows, &error), qPrintable(error));
        QVERIFY(records.addLoadRunSeconds(*run, {rows[2]})); // a second written again replaces itself
        QCOMPARE(records.loadRun(*run)->state, QStringLiteral("running"));
        QVERIFY(
            records.finishLoadRun(*run, nowMs + 2000, QStringLiteral("cancelled"), R"({"end":"cancelled"})"));

        const auto stored = records.loadRun(*run, &error);
        QVERIFY2(stored, qPrintable(error));
        QCOMPARE(stored->target, QStringLiteral("http://127.0.0.1:8088"));
        QCOMPARE(stored->state, QStringLiteral("cancelled"));
        QCOMPARE(stored->finishedMs, std::optional<std::int64_t>(nowMs + 2000));
        QCOMPARE(stored->summaryJson, QByteArray(R"({"end":"cancelled"})"));
        QVERIFY(!records.loadRun(*run + 1));
        // By endpoint (total first), then second.
        const auto read = records.loadRunSeconds(*run, &error);
        QCOMPARE(read, (std::vector<store::LoadRunSecondRow>{rows[0], rows[2], rows[1]}));
        QVERIFY(!records.addLoadRunSeconds(*run + 1, {rows[0]}, &error)); // no such run
    }

    void alertEventsInBatchesAndTheLatestOfEach()
    {
        QTemporaryDir dir;
        store::TimeSeriesStore store;
        QString error;
        QVERIFY2(store.open(dir.filePath(QStringLiteral("alerts.sqlite")), storetest::quietOptions(), &error),
                 qPrintable(error));
        store::RecordStore records(&store);
        auto event = [](const char* rule, const char* from, const char* to, std::int64_t t,
                        const char* labels) {
            return store::AlertEvent{0,
                                     QString::fromLatin1(rule),
                                     QString::fromLatin1(from),
                                     QString::fromLatin1(to),
                                     t,
                                     1.0,
                                     labels,
                                     QStringLiteral("critical"),
                                     QStringLiteral("s")};
        };
        QVERIFY2(records.addAlertEvents({event("a", "inactive", "pending", nowMs, R"({"job":"x"})"),
                                         event("a", "inactive", "pending", nowMs, R"({"job":"y"})"),
                                         event("b", "inactive", "firing", nowMs, "{}")},
                                        &error),
                 qPrintable(error));
        QVERIFY(records.addAlertEvents({event("a", "pending", "firing", nowMs + 60'000, R"({"job":"x"})")}));
        QVERIFY(records.addAlertEvents({}));
        QCOMPARE(records.alertEvents(nowMs, nowMs + 60'001).size(), std::size_t(4));
        const auto latest = records.latestAlertEvents(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(latest.size(), std::size_t(3));
        QCOMPARE(latest[0].rule, QStringLiteral("a"));
        QCOMPARE(latest[0].labelsJson, QByteArray(R"({"job":"x"})"));
        QCOMPARE(latest[0].toState, QStringLiteral("firing"));
        QCOMPARE(latest[0].timeMs, nowMs + 60'000);
        QCOMPARE(latest[1].toState, QStringLiteral("pending"));
        QCOMPARE(latest[2].rule, QStringLiteral("b"));
        QCOMPARE(latest[2].severity, QStringLiteral("critical"));
    }

    void alertEventsAndReports()
    {
        QTemporaryDir dir;
        store::TimeSeriesStore store;
        QString error;
        QVERIFY2(store.open(dir.filePath(QStringLiteral("alerts.sqlite")), storetest::quietOptions(), &error),
                 qPrintable(error));
        store::RecordStore records(&store);
        store::AlertEvent firing{0,
                                 QStringLiteral("queue > 50 for 5m"),
                                 QStringLiteral("pending"),
                                 QStringLiteral("firing"),
                                 nowMs,
                                 61.0,
                                 R"({"queue":"celery"})",
                                 QStringLiteral("warning"),
                                 QStringLiteral("queue celery holds 61 tasks")};
        store::AlertEvent resolved{0,
                                   firing.rule,
                                   QStringLiteral("firing"),
                                   QStringLiteral("inactive"),
                                   nowMs + 60'000,
                                   std::nullopt,
                                   "{}",
                                   QStringLiteral("warning"),
                                   {}};
        QVERIFY(records.addAlertEvent(resolved));
        QVERIFY(records.addAlertEvent(firing));
        const auto events = records.alertEvents(nowMs, nowMs + 60'001);
        QCOMPARE(events.size(), std::size_t(2));
        QCOMPARE(events[0].toState, QStringLiteral("firing"));
        QCOMPARE(events[0].value, std::optional<double>(61.0));
        QCOMPARE(events[0].labelsJson, QByteArray(R"({"queue":"celery"})"));
        QCOMPARE(events[0].severity, QStringLiteral("warning"));
        QCOMPARE(events[0].summary, QStringLiteral("queue celery holds 61 tasks"));
        QCOMPARE(events[1].value, std::optional<double>());
        QCOMPARE(records.alertEvents(nowMs + 1, nowMs + 60'000).size(), std::size_t(0));

        const auto id = records.addReport(
            {0, QStringLiteral("pdf"), QStringLiteral("/tmp/acceptance.pdf"), nowMs, QStringLiteral("pass")});
        QVERIFY(id);
        const auto reports = records.reports();
        QCOMPARE(reports.size(), std::size_t(1));
        QCOMPARE(reports[0].id, *id);
        QCOMPARE(reports[0].verdict, QStringLiteral("pass"));
        QCOMPARE(reports[0].path, QStringLiteral("/tmp/acceptance.pdf"));
    }
};

QTEST_GUILESS_MAIN(TestRecordStore)
#include "tst_recordstore.moc"
