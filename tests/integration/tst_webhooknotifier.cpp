// The alert webhook against a real HTTP receiver on loopback: the Alertmanager body, order,
// retries while the receiver is down, hung or failing, no loss, and what is dropped and why.
#include "cannedhttpserver.h"
#include "webhooknotifier.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

namespace {
WebhookAlert alert(const QString& name, bool firing = true)
{
    WebhookAlert a;
    a.firing = firing;
    a.labels = {{QStringLiteral("alertname"), name},
                {QStringLiteral("severity"), QStringLiteral("critical")},
                {QStringLiteral("job"), QStringLiteral("erp")}};
    a.annotations = {{QStringLiteral("summary"), name + QStringLiteral(" is 612 ms")}};
    a.startsAtMs = 1'764'000'000'000;
    a.endsAtMs = firing ? 0 : a.startsAtMs + 90'000;
    return a;
}

QString alertnameOf(const QByteArray& body)
{
    return QJsonDocument::fromJson(body)
        .object()
        .value(QStringLiteral("alerts"))
        .toArray()
        .first()
        .toObject()
        .value(QStringLiteral("labels"))
        .toObject()
        .value(QStringLiteral("alertname"))
        .toString();
}

WebhookTarget targetAt(const QUrl& url)
{
    WebhookTarget target;
    target.url = url;
    target.timeoutMs = 400;
    return target;
}
} // namespace

class TestWebhookNotifier : public QObject
{
    Q_OBJECT
private slots:
    void bodyIsAlertmanagerShaped()
    {
        const QByteArray body = alertmanagerWebhookBody(
            {alert(QStringLiteral("CoreP95High")), alert(QStringLiteral("QueueBacklog"), false)},
            QStringLiteral("perfdash"), QStringLiteral("http://perfdash.local/"));
        const QJsonObject json = QJsonDocument::fromJson(body).object();
        QCOMPARE(json.value(QStringLiteral("version")).toString(), QStringLiteral("4"));
        QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("firing"));
        QCOMPARE(json.value(QStringLiteral("receiver")).toString(), QStringLiteral("perfdash"));
        // Common labels are those every alert shares; alertname differs, so it is not among them.
        const QJsonObject common = json.value(QStringLiteral("commonLabels")).toObject();
        QCOMPARE(common.value(QStringLiteral("job")).toString(), QStringLiteral("erp"));
        QVERIFY(!common.contains(QStringLiteral("alertname")));
        const QJsonArray alerts = json.value(QStringLiteral("alerts")).toArray();
        QCOMPARE(alerts.size(), 2);
        const QJsonObject firing = alerts.at(0).toObject();
        QCOMPARE(firing.value(QStringLiteral("status")).toString(), QStringLiteral("firing"));
        QCOMPARE(firing.value(QStringLiteral("startsAt")).toString(),
                 QStringLiteral("2025-11-24T16:00:00.000Z"));
        QCOMPARE(firing.value(QStringLiteral("endsAt")).toString(), QStringLiteral("0001-01-01T00:00:00Z"));
        const QJsonObject resolved = alerts.at(1).toObject();
        QCOMPARE(resolved.value(QStringLiteral("status")).toString(), QStringLiteral("resolved"));
        QCOMPARE(resolved.value(QStringLiteral("endsAt")).toString(),
                 QStringLiteral("2025-11-24T16:01:30.000Z"));
        QCOMPARE(resolved.value(QStringLiteral("annotations"))
                     .toObject()
                     .value(QStringLiteral("summary"))
                     .toString(),
                 QStringLiteral("QueueBacklog is 612 ms"));
        // Fingerprints identify a label set: stable, 16 hex digits, different for other labels.
        const QString fingerprint = firing.value(QStringLiteral("fingerprint")).toString();
        QCOMPARE(fingerprint.size(), 16);
        QCOMPARE(fingerprint, alertFingerprint(alert(QStringLiteral("CoreP95High")).labels));
        QVERIFY(fingerprint != resolved.value(QStringLiteral("fingerprint")).toString());
        // Only resolved alerts: the notification is "resolved".
        const QJsonObject allResolved =
            QJsonDocument::fromJson(alertmanagerWebhookBody({alert(QStringLiteral("A"), false)}, {}, {}))
                .object();
        QCOMPARE(allResolved.value(QStringLiteral("status")).toString(), QStringLiteral("resolved"));
    }

    void deliversInOrder()
    {
        CannedHttpServer receiver;
        QVERIFY(receiver.listen());
        receiver.respondWith(200, "text/plain", "ok");
        WebhookNotifier notifier;
        notifier.setTarget(targetAt(receiver.url(QStringLiteral("/hook"))));
        QSignalSpy delivered(&notifier, &WebhookNotifier::delivered);
        for (const char* name : {"First", "Second", "Third"})
            notifier.notify({alert(QLatin1String(name))});
        QTRY_COMPARE_WITH_TIMEOUT(delivered.count(), 3, 10000);
        const QList<QByteArray> bodies = receiver.requestBodies();
        QCOMPARE(bodies.size(), 3);
        QCOMPARE(alertnameOf(bodies.at(0)), QStringLiteral("First"));
        QCOMPARE(alertnameOf(bodies.at(1)), QStringLiteral("Second"));
        QCOMPARE(alertnameOf(bodies.at(2)), QStringLiteral("Third"));
        QCOMPARE(delivered.first().at(1).toInt(), 1); // first attempt
        QCOMPARE(notifier.queued(), 0);
    }

    // A receiver that is down: attempts fail and are retried with growing delays; notify() never
    // waits; once the receiver is up everything arrives, in order.
    void downReceiverLosesNothing()
    {
        CannedHttpServer receiver;
        QVERIFY(receiver.listen());
        const quint16 port = receiver.port();
        const QUrl url = receiver.url(QStringLiteral("/hook"));
        receiver.close(); // nothing listens there now: connection refused
        WebhookNotifier notifier;
        notifier.setRetryDelays(50, 200);
        notifier.setTarget(targetAt(url));
        QSignalSpy failed(&notifier, &WebhookNotifier::attemptFailed);
        QSignalSpy delivered(&notifier, &WebhookNotifier::delivered);
        notifier.notify({alert(QStringLiteral("One"))});
        notifier.notify({alert(QStringLiteral("Two"))});
        QCOMPARE(notifier.queued(), 2); // queued, not sent inline
        QTRY_VERIFY_WITH_TIMEOUT(failed.count() >= 3, 10000);
        for (const QList<QVariant>& attempt : std::as_const(failed)) {
            QVERIFY(attempt.at(2).toBool()); // will retry
            QVERIFY2(attempt.at(0).toString().contains(QStringLiteral("127.0.0.1")),
                     qPrintable(attempt.at(0).toString()));
        }
        QCOMPARE(failed.at(2).at(1).toInt(), 3); // the same notification, attempt 3
        QCOMPARE(notifier.queued(), 2);

        receiver.respondWith(200, "text/plain", "ok");
        QVERIFY(receiver.listen(port));
        QTRY_COMPARE_WITH_TIMEOUT(delivered.count(), 2, 10000);
        QCOMPARE(receiver.requestBodies().size(), 2);
        QCOMPARE(alertnameOf(receiver.requestBodies().at(0)), QStringLiteral("One"));
        QCOMPARE(alertnameOf(receiver.requestBodies().at(1)), QStringLiteral("Two"));
        QVERIFY(delivered.first().at(1).toInt() > 1);
    }

    void failingAndHungReceiversAreRetried()
    {
        CannedHttpServer receiver;
        QVERIFY(receiver.listen());
        WebhookNotifier notifier;
        notifier.setRetryDelays(50, 100);
        notifier.setTarget(targetAt(receiver.url(QStringLiteral("/hook"))));
        QSignalSpy failed(&notifier, &WebhookNotifier::attemptFailed);
        QSignalSpy delivered(&notifier, &WebhookNotifier::delivered);

        receiver.respondWith(503, "text/plain", "busy");
        notifier.notify({alert(QStringLiteral("Busy"))});
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 10000);
        QVERIFY2(failed.first().at(0).toString().contains(QStringLiteral("503")),
                 qPrintable(failed.first().at(0).toString()));
        QVERIFY(failed.first().at(2).toBool());

        // Hung: the request is read, never answered; the attempt times out and is retried.
        receiver.neverRespond();
        failed.clear();
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 10000);
        QVERIFY(failed.last().at(2).toBool());
        receiver.respondWith(200, "text/plain", "ok");
        QTRY_COMPARE_WITH_TIMEOUT(delivered.count(), 1, 10000);
        QCOMPARE(alertnameOf(receiver.requestBodies().last()), QStringLiteral("Busy"));
    }

    // A 4xx other than 429 will never be taken: dropped with the answer, the next one goes on.
    void rejectedNotificationIsDroppedAndSaid()
    {
        CannedHttpServer receiver;
        QVERIFY(receiver.listen());
        receiver.respondWith(400, "text/plain", "bad body");
        WebhookNotifier notifier;
        notifier.setTarget(targetAt(receiver.url(QStringLiteral("/hook"))));
        QSignalSpy dropped(&notifier, &WebhookNotifier::dropped);
        QSignalSpy delivered(&notifier, &WebhookNotifier::delivered);
        notifier.notify({alert(QStringLiteral("Rejected"))});
        QTRY_COMPARE_WITH_TIMEOUT(dropped.count(), 1, 10000);
        QVERIFY2(dropped.first().at(0).toString().contains(QStringLiteral("HTTP 400")),
                 qPrintable(dropped.first().at(0).toString()));
        QCOMPARE(notifier.queued(), 0);
        receiver.respondWith(200, "text/plain", "ok");
        notifier.notify({alert(QStringLiteral("Next"))});
        QTRY_COMPARE_WITH_TIMEOUT(delivered.count(), 1, 10000);
    }

    // Past the cap the oldest waiting notification goes, and that is said.
    void queueIsBounded()
    {
        CannedHttpServer receiver;
        QVERIFY(receiver.listen());
        const QUrl url = receiver.url(QStringLiteral("/hook"));
        receiver.close();
        WebhookNotifier notifier;
        notifier.setRetryDelays(60'000, 60'000); // the first attempt fails, then it waits
        notifier.setMaxQueued(2);
        notifier.setTarget(targetAt(url));
        QSignalSpy dropped(&notifier, &WebhookNotifier::dropped);
        for (const char* name : {"A", "B", "C", "D"})
            notifier.notify({alert(QLatin1String(name))});
        QCOMPARE(dropped.count(), 2);
        QCOMPARE(notifier.queued(), 2);
        QVERIFY(dropped.first().at(0).toString().contains(QStringLiteral("oldest")));
    }
};

QTEST_GUILESS_MAIN(TestWebhookNotifier)
#include "tst_webhooknotifier.moc"
