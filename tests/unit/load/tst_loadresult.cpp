// The result figures: error kinds named for reports, and endpoint figures adding up.
#include "loadresult.h"

#include <QSet>
#include <QTest>

using namespace load;

class TestLoadResult : public QObject
{
    Q_OBJECT
private slots:
    void everyErrorKindHasItsOwnName()
    {
        QSet<QString> names;
        for (int i = 0; i < errorKindCount; ++i) {
            const QString name = errorKindName(ErrorKind(i));
            QVERIFY(!name.isEmpty());
            QVERIFY(name != QLatin1String("unknown"));
            names.insert(name);
        }
        QCOMPARE(names.size(), errorKindCount);
        QCOMPARE(errorKindName(ErrorKind::Connect), QStringLiteral("connect"));
        QCOMPARE(errorKindName(ErrorKind::Status5xx), QStringLiteral("status_5xx"));
    }

    void figuresAddUp()
    {
        EndpointFigures a;
        a.requests = 10;
        a.bytesReceived = 1000;
        a.errors[int(ErrorKind::Timeout)] = 2;
        a.latency.record(100);
        a.uncorrectedLatency.record(90);
        EndpointFigures b;
        b.requests = 5;
        b.bytesReceived = 50;
        b.errors[int(ErrorKind::Timeout)] = 1;
        b.errors[int(ErrorKind::Status4xx)] = 3;
        b.latency.record(300);
        a.add(b);
        QCOMPARE(a.requests, 15);
        QCOMPARE(a.bytesReceived, 1050);
        QCOMPARE(a.errors[int(ErrorKind::Timeout)], 3);
        QCOMPARE(a.errorCount(), 6);
        QCOMPARE(a.latency.count(), 2);
        QCOMPARE(a.latency.maxUs(), 300);
        QCOMPARE(a.uncorrectedLatency.count(), 1);
    }
};

QTEST_APPLESS_MAIN(TestLoadResult)
#include "tst_loadresult.moc"
