#include "curlmultiloop.h"

#include "perfdashversion.h"

#include <algorithm>
#include <curl/curl.h>

struct CurlMultiLoop::Transfer
{
    CURL* easy = nullptr;
    curl_slist* headers = nullptr;
    QByteArray url;
    QByteArray body;
    QByteArray username;
    QByteArray secret;
    qint64 maxBodyBytes = 0;
    bool bodyTooLarge = false;
    HttpResult result;
    Done done;
    char errorBuffer[CURL_ERROR_SIZE] = {};

    ~Transfer()
    {
        curl_slist_free_all(headers);
        if (easy)
            curl_easy_cleanup(easy);
        secret.fill('\0'); // credentials leave memory with the transfer
    }
};

namespace {
size_t writeBody(char* data, size_t size, size_t count, void* userdata)
{
    auto* transfer = static_cast<CurlMultiLoop::Transfer*>(userdata);
    const size_t bytes = size * count;
    if (transfer->result.body.size() + qint64(bytes) > transfer->maxBodyBytes) {
        transfer->bodyTooLarge = true;
        return 0; // makes curl stop with CURLE_WRITE_ERROR
    }
    transfer->result.body.append(data, qsizetype(bytes));
    return bytes;
}

size_t readHeader(char* data, size_t size, size_t count, void* userdata)
{
    auto* transfer = static_cast<CurlMultiLoop::Transfer*>(userdata);
    const QByteArray line = QByteArray(data, qsizetype(size * count)).trimmed();
    if (line.startsWith("HTTP/"))
        transfer->result.contentType.clear(); // a redirect's headers do not count
    else if (line.size() > 13 && qstrnicmp(line.constData(), "content-type:", 13) == 0)
        transfer->result.contentType = line.mid(13).trimmed();
    return size * count;
}

HttpResult::Error classify(CURLcode code, bool bodyTooLarge)
{
    switch (code) {
    case CURLE_OK:
        return HttpResult::Error::None;
    case CURLE_COULDNT_CONNECT:
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY:
        return HttpResult::Error::Connect;
    case CURLE_OPERATION_TIMEDOUT:
        return HttpResult::Error::Timeout;
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_CACERT_BADFILE:
        return HttpResult::Error::Tls;
    case CURLE_WRITE_ERROR:
        return bodyTooLarge ? HttpResult::Error::BodyTooLarge : HttpResult::Error::Transport;
    default:
        return HttpResult::Error::Transport;
    }
}
} // namespace

CurlMultiLoop::CurlMultiLoop()
{
    static std::once_flag globalInit;
    std::call_once(globalInit, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
    m_multi = curl_multi_init();
}

CurlMultiLoop::~CurlMultiLoop()
{
    stop();
    curl_multi_cleanup(m_multi);
}

void CurlMultiLoop::start()
{
    if (m_thread.joinable())
        return;
    {
        std::lock_guard lock(m_mutex);
        m_stopping = false;
    }
    m_thread = std::thread([this] { run(); });
}

void CurlMultiLoop::stop()
{
    if (!m_thread.joinable())
        return;
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    curl_multi_wakeup(m_multi);
    m_thread.join();
}

void CurlMultiLoop::post(std::function<void()> fn)
{
    {
        std::lock_guard lock(m_mutex);
        m_posted.push_back(std::move(fn));
    }
    curl_multi_wakeup(m_multi);
}

void CurlMultiLoop::callAt(Clock::time_point when, std::function<void()> fn)
{
    m_timers.emplace(when, std::move(fn));
}

void CurlMultiLoop::send(const HttpRequest& request, Done done)
{
    auto transfer = std::make_unique<Transfer>();
    transfer->easy = curl_easy_init();
    transfer->done = std::move(done);
    transfer->maxBodyBytes = request.maxBodyBytes;
    transfer->url = request.url.toEncoded();
    transfer->body = request.body;
    CURL* easy = transfer->easy;

    curl_easy_setopt(easy, CURLOPT_URL, transfer->url.constData());
    curl_easy_setopt(easy, CURLOPT_PRIVATE, transfer.get());
    curl_easy_setopt(easy, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(easy, CURLOPT_ERRORBUFFER, transfer->errorBuffer);
    curl_easy_setopt(easy, CURLOPT_TIMEOUT_MS, long(request.timeoutMs));
    curl_easy_setopt(easy, CURLOPT_USERAGENT, "perfdash/" PERFDASH_VERSION_STRING);
    curl_easy_setopt(easy, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(easy, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(easy, CURLOPT_FOLLOWLOCATION, request.maxRedirects > 0 ? 1L : 0L);
    curl_easy_setopt(easy, CURLOPT_MAXREDIRS, long(request.maxRedirects));
    curl_easy_setopt(easy, CURLOPT_WRITEFUNCTION, &writeBody);
    curl_easy_setopt(easy, CURLOPT_WRITEDATA, transfer.get());
    curl_easy_setopt(easy, CURLOPT_HEADERFUNCTION, &readHeader);
    curl_easy_setopt(easy, CURLOPT_HEADERDATA, transfer.get());
    if (request.acceptCompressed)
        curl_easy_setopt(easy, CURLOPT_ACCEPT_ENCODING, ""); // every encoding this libcurl decodes
    // TLS is verified unless a target explicitly opts out.
    curl_easy_setopt(easy, CURLOPT_SSL_VERIFYPEER, request.insecureSkipVerify ? 0L : 1L);
    curl_easy_setopt(easy, CURLOPT_SSL_VERIFYHOST, request.insecureSkipVerify ? 0L : 2L);
    if (!request.caFile.isEmpty())
        curl_easy_setopt(easy, CURLOPT_CAINFO, request.caFile.toLocal8Bit().constData());

    switch (request.auth.kind) {
    case HttpAuth::Kind::None:
        break;
    case HttpAuth::Kind::Basic:
        transfer->username = request.auth.username.toUtf8();
        transfer->secret = request.auth.secret.toUtf8();
        curl_easy_setopt(easy, CURLOPT_HTTPAUTH, CURLAUTH_BASIC);
        curl_easy_setopt(easy, CURLOPT_USERNAME, transfer->username.constData());
        curl_easy_setopt(easy, CURLOPT_PASSWORD, transfer->secret.constData());
        break;
    case HttpAuth::Kind::Bearer:
        transfer->secret = request.auth.secret.toUtf8();
        curl_easy_setopt(easy, CURLOPT_HTTPAUTH, CURLAUTH_BEARER);
        curl_easy_setopt(easy, CURLOPT_XOAUTH2_BEARER, transfer->secret.constData());
        break;
    }

    for (const QByteArray& header : request.headers)
        transfer->headers = curl_slist_append(transfer->headers, header.constData());
    curl_easy_setopt(easy, CURLOPT_HTTPHEADER, transfer->headers);
    if (request.method == "GET") {
        curl_easy_setopt(easy, CURLOPT_HTTPGET, 1L);
    } else if (request.method == "HEAD") {
        curl_easy_setopt(easy, CURLOPT_NOBODY, 1L);
    } else {
        curl_easy_setopt(easy, CURLOPT_CUSTOMREQUEST, request.method.constData());
        curl_easy_setopt(easy, CURLOPT_POSTFIELDS, transfer->body.constData());
        curl_easy_setopt(easy, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(transfer->body.size()));
    }

    curl_multi_add_handle(m_multi, easy);
    m_transfers.emplace(easy, std::move(transfer));
}

void CurlMultiLoop::finish(Transfer* transfer, int curlCode)
{
    const auto code = CURLcode(curlCode);
    HttpResult& result = transfer->result;
    curl_easy_getinfo(transfer->easy, CURLINFO_RESPONSE_CODE, &result.status);
    curl_easy_getinfo(transfer->easy, CURLINFO_TOTAL_TIME, &result.totalSeconds);
    result.error = classify(code, transfer->bodyTooLarge);
    const QString host = QUrl::fromEncoded(transfer->url).authority();
    switch (result.error) {
    case HttpResult::Error::None:
        break;
    case HttpResult::Error::BodyTooLarge:
        result.errorMessage = QStringLiteral("%1: response body exceeds the limit of %2 bytes")
                                  .arg(host)
                                  .arg(transfer->maxBodyBytes);
        break;
    default: {
        const char* detail = transfer->errorBuffer[0] ? transfer->errorBuffer : curl_easy_strerror(code);
        result.errorMessage = host + QStringLiteral(": ") + QString::fromUtf8(detail);
    }
    }
    if (result.error != HttpResult::Error::None)
        result.body.clear();
}

void CurlMultiLoop::collectFinished()
{
    int queued = 0;
    while (CURLMsg* message = curl_multi_info_read(m_multi, &queued)) {
        if (message->msg != CURLMSG_DONE)
            continue;
        CURL* easy = message->easy_handle;
        const CURLcode code = message->data.result;
        curl_multi_remove_handle(m_multi, easy);
        auto node = m_transfers.extract(easy);
        if (node.empty())
            continue;
        finish(node.mapped().get(), code);
        // The callback may send new transfers; it owns nothing of this one but its result.
        Done done = std::move(node.mapped()->done);
        HttpResult result = std::move(node.mapped()->result);
        node.mapped().reset();
        done(std::move(result));
    }
}

void CurlMultiLoop::runPosted()
{
    std::vector<std::function<void()>> posted;
    {
        std::lock_guard lock(m_mutex);
        posted.swap(m_posted);
    }
    for (auto& fn : posted)
        fn();
}

void CurlMultiLoop::runDueTimers()
{
    const auto now = Clock::now();
    while (!m_timers.empty() && m_timers.begin()->first <= now) {
        auto fn = std::move(m_timers.begin()->second);
        m_timers.erase(m_timers.begin());
        fn();
    }
}

int CurlMultiLoop::pollTimeoutMs() const
{
    int timeout = 1000;
    if (!m_timers.empty()) {
        const auto untilNext =
            std::chrono::duration_cast<std::chrono::milliseconds>(m_timers.begin()->first - Clock::now());
        timeout = int(std::clamp<long long>(untilNext.count() + 1, 0, timeout));
    }
    return timeout;
}

void CurlMultiLoop::run()
{
    for (;;) {
        {
            std::lock_guard lock(m_mutex);
            if (m_stopping)
                break;
        }
        runPosted();
        runDueTimers();
        int running = 0;
        curl_multi_perform(m_multi, &running);
        collectFinished();
        curl_multi_poll(m_multi, nullptr, 0, pollTimeoutMs(), nullptr);
    }
    // Stopped: cancel what is in flight so every caller hears back exactly once.
    auto transfers = std::move(m_transfers);
    m_transfers.clear();
    for (auto& [easy, transfer] : transfers) {
        curl_multi_remove_handle(m_multi, easy);
        transfer->result.error = HttpResult::Error::Cancelled;
        transfer->result.errorMessage = QStringLiteral("cancelled: the collector stopped");
        transfer->result.body.clear();
        Done done = std::move(transfer->done);
        done(std::move(transfer->result));
    }
    m_timers.clear();
    std::lock_guard lock(m_mutex);
    m_posted.clear(); // work posted to a stopped loop is dropped, never half-run
}
