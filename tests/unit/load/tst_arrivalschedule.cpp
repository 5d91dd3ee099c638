// The open model's intended send times: evenly spaced at a constant rate, the right count under a
// ramp, interleaved between workers by the offset.
#include "arrivalschedule.h"

#include <QTest>

using load::ArrivalSchedule;

namespace {
constexpr std::int64_t second = 1'000'000'000;

// Arrivals due before `untilNs`.
std::int64_t arrivalsBefore(const ArrivalSchedule& schedule, std::int64_t untilNs)
{
    std::int64_t k = 0;
    while (schedule.intendedNs(k) < untilNs)
        ++k;
    return k;
}
} // namespace

class TestArrivalSchedule : public QObject
{
    Q_OBJECT
private slots:
    void constantRateIsEvenlySpaced()
    {
        const ArrivalSchedule schedule(100, 100, 10 * second);
        QCOMPARE(schedule.intendedNs(0), 0);
        QCOMPARE(schedule.intendedNs(1), 10'000'000);
        QCOMPARE(schedule.intendedNs(100), second);
        QCOMPARE(arrivalsBefore(schedule, 10 * second), 1000);
    }

    void rampingRateSendsTheAreaUnderIt()
    {
        // 0 -> 200/s over 10 s: 1000 arrivals, a quarter of them in the first half.
        const ArrivalSchedule up(0, 200, 10 * second);
        QCOMPARE(arrivalsBefore(up, 5 * second), 250);
        QVERIFY(std::abs(arrivalsBefore(up, 10 * second) - 1000) <= 1);
        const ArrivalSchedule down(200, 100, 10 * second);
        QVERIFY(std::abs(arrivalsBefore(down, 10 * second) - 1500) <= 1);
        for (std::int64_t k = 1; k < 1400; ++k)
            QVERIFY(down.intendedNs(k) > down.intendedNs(k - 1));
    }

    void rateFallingToZeroEnds()
    {
        const ArrivalSchedule schedule(100, 0, 2 * second);
        QVERIFY(std::abs(arrivalsBefore(schedule, 2 * second) - 100) <= 1);
        QCOMPARE(schedule.intendedNs(200), ArrivalSchedule::never);
        QCOMPARE(ArrivalSchedule(0, 0, second).intendedNs(0), ArrivalSchedule::never);
    }

    void offsetShiftsEveryArrival()
    {
        const ArrivalSchedule schedule(50, 50, second, 7'000'000);
        QCOMPARE(schedule.intendedNs(0), 7'000'000);
        QCOMPARE(schedule.intendedNs(1), 27'000'000);
    }
};

QTEST_APPLESS_MAIN(TestArrivalSchedule)
#include "tst_arrivalschedule.moc"
