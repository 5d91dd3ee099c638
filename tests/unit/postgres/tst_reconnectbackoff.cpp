#include "reconnectbackoff.h"

#include <QTest>

class TestReconnectBackoff : public QObject
{
    Q_OBJECT
private slots:
    void doublesUpToTheCapAndResets()
    {
        ReconnectBackoff backoff;
        QList<int> delays;
        for (int i = 0; i < 8; ++i)
            delays.append(backoff.nextDelayMs());
        QCOMPARE(delays, (QList<int>{1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000}));
        QCOMPARE(backoff.failures(), 8);
        backoff.reset();
        QCOMPARE(backoff.failures(), 0);
        QCOMPARE(backoff.nextDelayMs(), 1000);
    }

    void manyFailuresDoNotOverflow()
    {
        ReconnectBackoff backoff(1000, 30000);
        for (int i = 0; i < 100; ++i)
            backoff.nextDelayMs();
        QCOMPARE(backoff.nextDelayMs(), 30000);
    }
};

QTEST_GUILESS_MAIN(TestReconnectBackoff)
#include "tst_reconnectbackoff.moc"
