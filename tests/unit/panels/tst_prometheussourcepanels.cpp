// What a Prometheus server source stored, shown beside perfdash's own figures and named by its
// source: rows of the endpoint table ("demo via prom:fleet") and the Overview latency card's lines.
#include "endpointtable.h"
#include "overviewpanels.h"
#include "prometheusrecorder.h"
#include "promsourcemetrics.h"
#include "storereader.h"
#include "timeseriesstore.h"

#include <QTemporaryDir>
#include <QTest>
#include <cmath>

namespace {
constexpr std::int64_t t0 = 1'700'000'000'000;

PrometheusPollResult poll()
{
    PrometheusPollResult result;
    result.server = QStringLiteral("fleet");
    result.source = QStringLiteral("prom:fleet");
    result.timestampMs = t0 + 30'000;
    const promapi::Labels endpoint{{QStringLiteral("job"), QStringLiteral("erp")},
                                   {QStringLiteral("path"), QStringLiteral("/api/orders")}};
    auto quantile = [&](const char* q, double value) {
        promapi::Labels labels = endpoint;
        labels.append({QStringLiteral("quantile"), QString::fromLatin1(q)});
        return PrometheusPollResult::Series{QString::fromLatin1(promapi::quantileMetric),
                                            labels,
                                            {{t0 + 15'000, value * 2}, {t0 + 30'000, value}}};
    };
    result.series = {
        quantile("0.5", 0.02),
        quantile("0.95", 0.3),
        quantile("0.99", 0.45),
        {QString::fromLatin1(promapi::requestRateMetric), endpoint, {{t0 + 30'000, 12.5}}},
        {QString::fromLatin1(promapi::errorRatioMetric), endpoint, {{t0 + 30'000, 0.01}}},
        // no traffic in the window: NaN is a gap, never a stored value
        {QString::fromLatin1(promapi::requestRateMetric),
         {{QStringLiteral("job"), QStringLiteral("erp")}, {QStringLiteral("path"), QStringLiteral("/idle")}},
         {{t0 + 30'000, std::nan("")}}}};
    return result;
}
} // namespace

class TestPrometheusSourcePanels : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    store::StoreReader m_reader;

private slots:
    void initTestCase()
    {
        const QString path = m_dir.filePath(QStringLiteral("store.sqlite"));
        QString error;
        {
            store::TimeSeriesStore s;
            QVERIFY2(s.open(path, store::StoreOptions(), &error), qPrintable(error));
            QVERIFY(ingest::PrometheusRecorder(s).record(poll()));
            QVERIFY(s.flush());
        }
        QVERIFY2(m_reader.open(path, &error), qPrintable(error));
    }

    void endpointRowsNameTheirSource()
    {
        const auto rows = panels::computeEndpoints(m_reader, t0 + 40'000, 60'000);
        QCOMPARE(int(rows.size()), 1); // "/idle" had only a NaN: nothing stored, no row
        const panels::EndpointFigures& row = rows.front();
        QCOMPARE(row.job, std::string("erp via prom:fleet"));
        QCOMPARE(row.path, std::string("/api/orders"));
        QCOMPARE(row.requestsPerSecond, 12.5);
        QCOMPARE(row.errorRatio, 0.01);
        QCOMPARE(row.p50, 0.02);
        QCOMPARE(row.p95, 0.3); // the newest value, not the older 0.6
        QCOMPARE(row.p99, 0.45);
    }

    void latencyCardShowsSourceLines()
    {
        const panels::OverviewData data = panels::computeOverview(m_reader, t0 + 60'000, 120'000);
        const panels::PanelData& latency = data.panels.front();
        QCOMPARE(latency.id, QStringLiteral("latency"));
        QCOMPARE(int(latency.lines.size()), 1);
        QCOMPARE(latency.lines.front().name, QStringLiteral("P95 erp /api/orders via prom:fleet"));
        QVERIFY(!latency.lines.front().points.empty());
        QCOMPARE(latency.lines.front().points.back().value, 0.3);
    }

    void sourceUpRecorded()
    {
        store::RangeQuery query;
        query.metric = "prometheus_source_up";
        query.matchers = {{"source", "prom:fleet"}};
        query.startMs = query.endMs = t0 + 30'000;
        query.aggregation = store::Aggregation::Last;
        const store::QueryResult result = m_reader.query(query);
        QCOMPARE(int(result.series.size()), 1);
        QCOMPARE(result.series.front().points.front().value, 1.0);
    }
};

QTEST_GUILESS_MAIN(TestPrometheusSourcePanels)
#include "tst_prometheussourcepanels.moc"
