#include "webhooknotifier.h"

#include "curlmultiloop.h"

#include <QPointer>
#include <QTimer>
#include <algorithm>

WebhookNotifier::WebhookNotifier(QObject* parent)
    : QObject(parent)
    , m_loop(std::make_unique<CurlMultiLoop>())
{
    m_loop->start();
}

WebhookNotifier::~WebhookNotifier()
{
    m_loop->stop(); // a transfer in flight is cancelled; its result is not delivered to us
}

void WebhookNotifier::setTarget(const WebhookTarget& target)
{
    m_target = target;
    ++m_generation;
    m_inFlight = false;
    sendNext();
}

void WebhookNotifier::setRetryDelays(int firstMs, int longestMs)
{
    m_firstDelayMs = std::max(1, firstMs);
    m_longestDelayMs = std::max(m_firstDelayMs, longestMs);
}

void WebhookNotifier::notify(const QList<WebhookAlert>& alerts)
{
    if (alerts.isEmpty() || m_target.url.isEmpty())
        return;
    m_queue.push_back(
        {alertmanagerWebhookBody(alerts, m_target.receiver, m_target.externalUrl), int(alerts.size()), 0});
    while (int(m_queue.size()) > m_maxQueued) {
        // The oldest goes unless it is the one on the wire.
        const auto victim = m_inFlight ? std::next(m_queue.begin()) : m_queue.begin();
        m_queue.erase(victim);
        emit dropped(tr("more than %1 notifications waiting for %2: the oldest was dropped")
                         .arg(m_maxQueued)
                         .arg(m_target.url.host()));
    }
    sendNext();
}

int WebhookNotifier::delayFor(int attempts) const
{
    qint64 delay = m_firstDelayMs;
    for (int i = 1; i < attempts && delay < m_longestDelayMs; ++i)
        delay *= 2;
    return int(std::min<qint64>(delay, m_longestDelayMs));
}

void WebhookNotifier::sendNext()
{
    if (m_inFlight || m_retryScheduled || m_queue.empty() || m_target.url.isEmpty())
        return;
    Pending& next = m_queue.front();
    ++next.attempts;
    m_inFlight = true;
    HttpRequest request;
    request.method = QByteArrayLiteral("POST");
    request.url = m_target.url;
    request.headers = {QByteArrayLiteral("Content-Type: application/json")};
    request.body = next.body;
    request.timeoutMs = m_target.timeoutMs;
    request.maxBodyBytes = 64 * 1024; // the receiver's answer is only read for its status
    request.maxRedirects = 0;
    request.caFile = m_target.caFile;
    request.insecureSkipVerify = m_target.insecureSkipVerify;
    if (!m_target.bearerToken.isEmpty()) {
        QString token;
        QString error;
        if (!m_target.bearerToken.read(&token, &error)) {
            // Retried like a receiver that is down: the token may appear (a secret file mounted late).
            m_inFlight = false;
            onFailure(tr("webhook %1: %2").arg(m_target.url.host(), error), true);
            return;
        }
        request.auth.kind = HttpAuth::Kind::Bearer;
        request.auth.secret = token;
    }
    QPointer<WebhookNotifier> self(this);
    const quint64 generation = m_generation;
    m_loop->post([this, self, generation, request] {
        m_loop->send(request, [self, generation](const HttpResult& result) {
            if (result.error == HttpResult::Error::Cancelled)
                return; // shutting down
            // Back to the notifier's thread; dropped there if it is gone or its target changed.
            QMetaObject::invokeMethod(
                self.data(),
                [self, generation, result] {
                    if (self && generation == self->m_generation)
                        self->onResult(result.status, result.transportOk(), result.errorMessage);
                },
                Qt::QueuedConnection);
        });
    });
}

void WebhookNotifier::onResult(long status, bool transportOk, const QString& transportError)
{
    m_inFlight = false;
    if (m_queue.empty())
        return;
    Pending& current = m_queue.front();
    if (transportOk && status >= 200 && status < 300) {
        emit delivered(current.alerts, current.attempts);
        m_queue.pop_front();
        sendNext();
        return;
    }
    const bool retry = !transportOk || status >= 500 || status == 429;
    const QString reason = transportOk
                               ? tr("webhook %1 answered HTTP %2").arg(m_target.url.host()).arg(status)
                               : tr("webhook %1: %2").arg(m_target.url.host(), transportError);
    onFailure(reason, retry);
}

void WebhookNotifier::onFailure(const QString& reason, bool retry)
{
    Pending& current = m_queue.front();
    emit attemptFailed(reason, current.attempts, retry);
    if (!retry) {
        emit dropped(reason);
        m_queue.pop_front();
        sendNext();
        return;
    }
    m_retryScheduled = true;
    QTimer::singleShot(delayFor(current.attempts), this, [this] {
        m_retryScheduled = false;
        sendNext();
    });
}
