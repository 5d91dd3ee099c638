// Two runs side by side: deltas, relative deltas and better/worse from their totals.
#include "loadruncomparison.h"

#include <QTest>
#include <cmath>

namespace {
load::LoadResult run(std::int64_t requests, std::int64_t latencyUs, int status5xx)
{
    load::LoadResult result;
    result.durationMs = 2000;
    result.totals.total.requests = requests;
    result.totals.total.errors[std::size_t(load::ErrorKind::Status5xx)] = status5xx;
    result.totals.total.latency.recordN(latencyUs, requests);
    return result;
}

const load::ComparedFigure& named(const std::vector<load::ComparedFigure>& rows, const char* name)
{
    for (const auto& row : rows) {
        if (row.name == QLatin1String(name))
            return row;
    }
    qFatal("no row %s", name);
}
} // namespace

class TestLoadRunComparison : public QObject
{
    Q_OBJECT
private slots:
    void deltasAndVerdicts()
    {
        const auto rows = load::compareRuns(run(1000, 10'000, 0), run(1500, 5'000, 3));
        const auto& rps = named(rows, "Requests/s");
        QCOMPARE(rps.a, 500.0);
        QCOMPARE(rps.b, 750.0);
        QCOMPARE(rps.delta(), 250.0);
        QCOMPARE(rps.relative(), 0.5);
        QCOMPARE(rps.verdict(), 1); // more throughput is better
        const auto& p95 = named(rows, "P95 (ms)");
        QVERIFY(std::abs(p95.a - 10.0) < 0.02);
        QVERIFY(std::abs(p95.b - 5.0) < 0.01);
        QCOMPARE(p95.verdict(), 1); // lower latency is better
        const auto& errors = named(rows, "Errors");
        QCOMPARE(errors.delta(), 3.0);
        QVERIFY(std::isnan(errors.relative())); // nothing to relate to
        QCOMPARE(errors.verdict(), -1);
        QCOMPARE(named(rows, "errors: status_5xx").b, 3.0);
        QCOMPARE(named(rows, "P50 (ms)").verdict(), 1);
    }

    void equalRunsHaveNoVerdict()
    {
        const auto rows = load::compareRuns(run(10, 1000, 0), run(10, 1000, 0));
        for (const auto& row : rows) {
            QCOMPARE(row.verdict(), 0);
            QVERIFY(!row.name.startsWith(QLatin1String("errors:"))); // no kind occurred
        }
    }
};

QTEST_GUILESS_MAIN(TestLoadRunComparison)
#include "tst_loadruncomparison.moc"
