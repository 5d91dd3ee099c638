#include "alertspage.h"
#include "texttablemodel.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QDir>
#include <QPushButton>
#include <QTableView>
#include <QTest>

namespace {
AlertRow row(const QString& rule, const QString& state)
{
    return {rule + QStringLiteral("{job=erp}"), rule,
            QStringLiteral("job=erp"),          state,
            QStringLiteral("critical"),         1'764'000'000'000,
            QStringLiteral("612 ms"),           rule + QStringLiteral(": P95 612 ms over 500 ms")};
}
} // namespace

class TestAlertsPage : public QObject
{
    Q_OBJECT
private slots:
    void listsAcknowledgesAndSilences()
    {
        AlertsPage page;
        QAbstractItemModelTester active(page.activeModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester history(page.historyModel(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.resize(1100, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.setActive({row(QStringLiteral("CoreP95High"), QStringLiteral("firing")),
                        row(QStringLiteral("QueueBacklog"), QStringLiteral("pending"))});
        QCOMPARE(page.activeModel()->rowCount(), 2);
        QCOMPARE(page.activeModel()->index(0, 0).data().toString(), QStringLiteral("firing"));

        // Acknowledge the selected alert through the button.
        page.activeView()->selectRow(0);
        page.findChild<QPushButton*>(QStringLiteral("acknowledgeAlert"))->click();
        QVERIFY(page.isAcknowledged(QStringLiteral("CoreP95High{job=erp}")));
        QCOMPARE(page.activeModel()->index(0, 0).data().toString(), QStringLiteral("firing (acknowledged)"));

        // Silence the second for an hour: not notified now, notified again after.
        page.activeView()->selectRow(1);
        page.findChild<QPushButton*>(QStringLiteral("silenceAlert"))->click();
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(page.isSilenced(QStringLiteral("QueueBacklog{job=erp}"), now));
        QVERIFY(!page.isSilenced(QStringLiteral("QueueBacklog{job=erp}"), now + 3'700'000));
        QVERIFY(page.activeModel()->index(1, 0).data().toString().startsWith(
            QStringLiteral("pending (silenced until")));
        page.findChild<QPushButton*>(QStringLiteral("unsilenceAlert"))->click();
        QVERIFY(!page.isSilenced(QStringLiteral("QueueBacklog{job=erp}"), now));

        // Once resolved (gone from the active list) an acknowledgement is forgotten.
        page.setActive({row(QStringLiteral("QueueBacklog"), QStringLiteral("firing"))});
        QCOMPARE(page.activeModel()->rowCount(), 1);
        page.setActive({row(QStringLiteral("CoreP95High"), QStringLiteral("pending"))});
        QVERIFY(!page.isAcknowledged(QStringLiteral("CoreP95High{job=erp}")));

        page.setHistory(
            {{now, QStringLiteral("CoreP95High"), QStringLiteral("job=erp"), QStringLiteral("pending"),
              QStringLiteral("firing"), QStringLiteral("612 ms"), QStringLiteral("P95 612 ms")},
             {now - 60'000, QStringLiteral("CoreP95High"), QStringLiteral("job=erp"),
              QStringLiteral("inactive"), QStringLiteral("pending"), QStringLiteral("540 ms"),
              QStringLiteral("P95 540 ms")}});
        QCOMPARE(page.historyModel()->rowCount(), 2);
        QCOMPARE(page.historyModel()->index(0, 4).data().toString(), QStringLiteral("firing"));
        QDir().mkpath(QStringLiteral(PERFDASH_SCREENSHOT_DIR));
        QVERIFY(page.grab().save(QStringLiteral(PERFDASH_SCREENSHOT_DIR "/alerts-page.png")));
    }
};

QTEST_MAIN(TestAlertsPage)
#include "tst_alertspage.moc"
