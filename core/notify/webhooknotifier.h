#pragma once

#include "secretsource.h"
#include "webhookpayload.h"

#include <QObject>
#include <QUrl>
#include <deque>
#include <memory>

class CurlMultiLoop;

// Where alert notifications go: an Alertmanager-compatible webhook.
struct WebhookTarget
{
    QUrl url; // empty: notifications are off
    int timeoutMs = 5000;
    QString caFile;
    bool insecureSkipVerify = false;
    QString receiver = QStringLiteral("perfdash");
    QString externalUrl;      // where a reader of the notification finds perfdash (informational)
    SecretSource bearerToken; // optional: sent as "Authorization: Bearer …", read when a notification is sent

    bool operator==(const WebhookTarget&) const = default;
};

// Posts alert notifications to a webhook on its own libcurl thread, one at a time in the order
// they were raised, and never blocks its caller. A receiver that is down, times out or answers
// 5xx/429 is retried with a doubling delay (capped) until it takes the notification: none is
// lost while perfdash runs, up to `maxQueued` waiting (past that the oldest is dropped and
// said). A 4xx other than 429 means the receiver will never take that body: it is dropped with
// the receiver's answer. Lives on the thread that created it; signals arrive there.
class WebhookNotifier : public QObject
{
    Q_OBJECT
public:
    explicit WebhookNotifier(QObject* parent = nullptr);
    ~WebhookNotifier() override;

    void setTarget(const WebhookTarget& target);
    // Retry delays: the first, doubling up to the longest (default 1 s to 60 s).
    void setRetryDelays(int firstMs, int longestMs);
    void setMaxQueued(int count) { m_maxQueued = count; }

    // Queues one notification (a group of alerts, one POST). Returns at once.
    void notify(const QList<WebhookAlert>& alerts);
    int queued() const { return int(m_queue.size()); }

signals:
    // A notification was taken by the receiver (2xx).
    void delivered(int alerts, int attempts);
    // An attempt failed; `willRetry` false when the notification is dropped. The reason names
    // the receiver's host and what happened, never a credential.
    void attemptFailed(const QString& reason, int attempt, bool willRetry);
    void dropped(const QString& reason);

private:
    struct Pending
    {
        QByteArray body;
        int alerts = 0;
        int attempts = 0;
    };
    void sendNext();
    void onResult(long status, bool transportOk, const QString& transportError);
    void onFailure(const QString& reason, bool retry);
    int delayFor(int attempts) const;

    std::unique_ptr<CurlMultiLoop> m_loop;
    WebhookTarget m_target;
    std::deque<Pending> m_queue;
    bool m_inFlight = false;
    bool m_retryScheduled = false;
    int m_firstDelayMs = 1000;
    int m_longestDelayMs = 60'000;
    int m_maxQueued = 1000;
    quint64 m_generation = 0; // a target change abandons the attempt in flight's result
};
