#include "loadworker.h"

#include "transferoutcome.h"

#include <QUrl>
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <curl/curl.h>
#include <netdb.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <unistd.h>

namespace load {

namespace {
constexpr std::int64_t nsPerSecond = 1'000'000'000;
constexpr std::int64_t nsPerMs = 1'000'000;
constexpr std::size_t maxKeptBody = 1 << 20;   // a body assertion looks at the first MiB
constexpr int maxWaitMs = 250;                 // the loop looks at the stop flag at least this often
constexpr std::uint64_t plainTag = 1ULL << 63; // epoll data of a plain connection: tag | slot index

size_t onBody(char* data, size_t size, size_t count, void* userp);
int onSocket(CURL*, curl_socket_t fd, int what, void* userp, void* socketp)
{
    static_cast<LoadWorker*>(userp)->watchSocket(fd, what, socketp);
    return 0;
}
int onTimer(CURLM*, long timeoutMs, void* userp)
{
    static_cast<LoadWorker*>(userp)->setCurlTimer(timeoutMs);
    return 0;
}
} // namespace

struct LoadWorker::Slot
{
    CURL* easy = nullptr;
    int user = 0;                 // global index
    int request = -1;             // the request the handle is set up for
    std::int64_t nextStartNs = 0; // closed: when this user sends next
    std::int64_t intendedNs = 0;
    std::int64_t sentNs = 0;
    std::int64_t bodyBytes = 0;
    bool begun = false;
    bool busy = false;
    bool keepBody = false;
    bool viaPlain = false;       // the transfer in flight uses `plain`, not the easy handle
    int sending = 0;             // the request in flight
    std::int64_t deadlineNs = 0; // plain transfers: when it times out
    PlainConnection::Step plainStep = PlainConnection::Step::Pending;
    std::unique_ptr<PlainConnection> plain;
    std::string response; // only with a body assertion
    std::string url;      // rendered requests only
    std::string requestBody;
};

namespace {
size_t onBody(char* data, size_t size, size_t count, void* userp)
{
    auto* slot = static_cast<LoadWorker::Slot*>(userp);
    const size_t bytes = size * count;
    slot->bodyBytes += std::int64_t(bytes);
    if (slot->keepBody && slot->response.size() < maxKeptBody)
        slot->response.append(data, std::min(bytes, maxKeptBody - slot->response.size()));
    return bytes;
}

WorkerInterval* freshInterval(std::unique_ptr<WorkerInterval>& holder, std::size_t endpoints)
{
    if (!holder) {
        holder = std::make_unique<WorkerInterval>();
        holder->endpoints.resize(endpoints);
    }
    return holder.get();
}
} // namespace

LoadWorker::LoadWorker(RunShared& shared, int index, int workerCount, std::vector<int> users,
                       double ratePerSecond, double rampToRate)
    : m_shared(shared)
    , m_plan(*shared.plan)
    , m_index(index)
    , m_users(std::move(users))
    , m_arrivals(ratePerSecond, rampToRate > 0 ? rampToRate : ratePerSecond, shared.endNs,
                 // Workers sharing a rate interleave their arrivals instead of sending together.
                 ratePerSecond > 0 ? std::int64_t(double(nsPerSecond) / ratePerSecond * index / workerCount)
                                   : 0)
    , m_random(0x9e3779b97f4a7c15ULL * std::uint64_t(index + 1))
{
}

LoadWorker::~LoadWorker()
{
    join();
    for (auto& slot : m_slots) {
        if (m_multi)
            curl_multi_remove_handle(m_multi, slot->easy);
        curl_easy_cleanup(slot->easy);
    }
    for (curl_slist* list : m_headerLists)
        curl_slist_free_all(list);
    if (m_multi)
        curl_multi_cleanup(m_multi);
    if (m_wakeFd >= 0)
        ::close(m_wakeFd);
    if (m_epoll >= 0)
        ::close(m_epoll);
}

bool LoadWorker::prepare(QString* error)
{
    m_epoll = ::epoll_create1(EPOLL_CLOEXEC);
    m_wakeFd = ::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
    m_multi = curl_multi_init();
    if (m_epoll < 0 || m_wakeFd < 0 || !m_multi) {
        *error = QStringLiteral("worker %1: cannot create its event loop").arg(m_index);
        return false;
    }
    epoll_event wake{};
    wake.events = EPOLLIN;
    wake.data.fd = m_wakeFd;
    ::epoll_ctl(m_epoll, EPOLL_CTL_ADD, m_wakeFd, &wake);
    curl_multi_setopt(m_multi, CURLMOPT_SOCKETFUNCTION, onSocket);
    curl_multi_setopt(m_multi, CURLMOPT_SOCKETDATA, this);
    curl_multi_setopt(m_multi, CURLMOPT_TIMERFUNCTION, onTimer);
    curl_multi_setopt(m_multi, CURLMOPT_TIMERDATA, this);
    curl_multi_setopt(m_multi, CURLMOPT_MAXCONNECTS, long(m_users.size()));

    int totalWeight = 0;
    for (const PlannedRequest& request : m_plan.requests) {
        curl_slist* list = nullptr;
        for (const auto& [name, value] : request.headers)
            list = curl_slist_append(list, (name + ": " + value).c_str());
        if (!request.body.empty() || request.render)
            list = curl_slist_append(list, "Expect:"); // no 100-continue round trip
        m_headerLists.push_back(list);
        totalWeight += request.weight;
        m_cumulativeWeights.push_back(totalWeight);
    }
    preparePlainTargets();
    const bool anyPlain = std::any_of(m_plainTargets.begin(), m_plainTargets.end(),
                                      [](const PlainTarget& t) { return t.usable; });
    for (int user : m_users) {
        auto slot = std::make_unique<Slot>();
        if (anyPlain)
            slot->plain = std::make_unique<PlainConnection>(m_epoll, plainTag | m_slots.size());
        slot->user = user;
        slot->easy = curl_easy_init();
        if (!slot->easy) {
            *error = QStringLiteral("worker %1: libcurl cannot create a handle").arg(m_index);
            return false;
        }
        CURL* e = slot->easy;
        curl_easy_setopt(e, CURLOPT_PRIVATE, slot.get());
        curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, onBody);
        curl_easy_setopt(e, CURLOPT_WRITEDATA, slot.get());
        curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
        curl_easy_setopt(e, CURLOPT_TIMEOUT_MS, long(m_plan.requestTimeoutMs));
        curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT_MS, long(m_plan.requestTimeoutMs));
        curl_easy_setopt(e, CURLOPT_SSL_VERIFYPEER, m_plan.verifyTls ? 1L : 0L);
        curl_easy_setopt(e, CURLOPT_SSL_VERIFYHOST, m_plan.verifyTls ? 2L : 0L);
        curl_easy_setopt(e, CURLOPT_HTTP_VERSION, long(CURL_HTTP_VERSION_1_1));
        curl_easy_setopt(e, CURLOPT_TCP_NODELAY, 1L);
        curl_easy_setopt(e, CURLOPT_PROXY, ""); // the target itself, whatever http_proxy says
        curl_easy_setopt(e, CURLOPT_USERAGENT, "perfdash-load");
        m_idle.push_back(slot.get());
        m_slots.push_back(std::move(slot));
    }
    m_idle.reserve(m_slots.size());
    freshInterval(m_current, m_plan.requests.size());
    return true;
}

void LoadWorker::preparePlainTargets()
{
    for (const PlannedRequest& request : m_plan.requests) {
        PlainTarget target;
        const QUrl url(QString::fromStdString(request.url));
        const bool eligible = !m_plan.useCurlForPlainHttp && !request.render &&
                              url.scheme() == QLatin1String("http") && url.userInfo().isEmpty();
        addrinfo hints{};
        hints.ai_socktype = SOCK_STREAM;
        addrinfo* found = nullptr;
        const std::string host = url.host().toStdString();
        const std::string port = std::to_string(url.port(80));
        if (eligible && ::getaddrinfo(host.c_str(), port.c_str(), &hints, &found) == 0 && found) {
            std::memcpy(&target.address, found->ai_addr, found->ai_addrlen);
            target.addressLength = socklen_t(found->ai_addrlen);
            target.usable = true;
        }
        if (found)
            ::freeaddrinfo(found);
        if (target.usable) {
            QByteArray path = url.path(QUrl::FullyEncoded).toLatin1();
            if (path.isEmpty())
                path = "/";
            if (url.hasQuery())
                path += '?' + url.query(QUrl::FullyEncoded).toLatin1();
            std::string& b = target.bytes;
            b = request.method.toStdString() + ' ' + path.toStdString() + " HTTP/1.1\r\n";
            auto has = [&request](const char* name) {
                return std::any_of(
                    request.headers.begin(), request.headers.end(), [name](const auto& header) {
                        return QByteArray::fromStdString(header.first).compare(name, Qt::CaseInsensitive) ==
                               0;
                    });
            };
            if (!has("Host"))
                b += "Host: " + url.authority(QUrl::FullyEncoded).toStdString() + "\r\n";
            if (!has("User-Agent"))
                b += "User-Agent: perfdash-load\r\n";
            if (!has("Accept"))
                b += "Accept: */*\r\n";
            for (const auto& [name, value] : request.headers)
                b += name + ": " + value + "\r\n";
            const bool sendsBody = !request.body.empty() || request.method == "POST" ||
                                   request.method == "PUT" || request.method == "PATCH";
            if (sendsBody && !has("Content-Length"))
                b += "Content-Length: " + std::to_string(request.body.size()) + "\r\n";
            b += "\r\n" + request.body;
            target.head = request.method == "HEAD";
        }
        m_plainTargets.push_back(std::move(target));
    }
}

void LoadWorker::start()
{
    m_thread = std::thread([this] { run(); });
}

void LoadWorker::join()
{
    if (m_thread.joinable())
        m_thread.join();
}

void LoadWorker::wake()
{
    const std::uint64_t one = 1;
    if (m_wakeFd >= 0) [[maybe_unused]]
        const auto written = ::write(m_wakeFd, &one, sizeof one);
}

std::vector<std::unique_ptr<WorkerInterval>> LoadWorker::takePublished()
{
    return std::exchange(m_outbox, {});
}

void LoadWorker::recycle(std::unique_ptr<WorkerInterval> interval)
{
    for (EndpointFigures& figures : interval->endpoints) {
        figures.requests = 0;
        figures.bytesReceived = 0;
        figures.errors.fill(0);
        figures.latency.reset();
        figures.uncorrectedLatency.reset();
    }
    if (m_spare.size() < 4)
        m_spare.push_back(std::move(interval));
}

void LoadWorker::watchSocket(int fd, int what, void* socketp)
{
    if (what == CURL_POLL_REMOVE) {
        ::epoll_ctl(m_epoll, EPOLL_CTL_DEL, fd, nullptr);
        return;
    }
    epoll_event event{};
    event.events = ((what & CURL_POLL_IN) ? EPOLLIN : 0u) | ((what & CURL_POLL_OUT) ? EPOLLOUT : 0u);
    event.data.fd = fd;
    if (socketp) {
        if (::epoll_ctl(m_epoll, EPOLL_CTL_MOD, fd, &event) != 0 && errno == ENOENT)
            ::epoll_ctl(m_epoll, EPOLL_CTL_ADD, fd, &event);
        return;
    }
    if (::epoll_ctl(m_epoll, EPOLL_CTL_ADD, fd, &event) != 0 && errno == EEXIST)
        ::epoll_ctl(m_epoll, EPOLL_CTL_MOD, fd, &event);
    curl_multi_assign(m_multi, fd, this); // marks the socket as watched
}

void LoadWorker::setCurlTimer(long timeoutMs)
{
    m_curlTimerNs = timeoutMs < 0 ? -1 : m_shared.nowNs() + std::int64_t(timeoutMs) * nsPerMs;
}

void LoadWorker::run()
{
    const bool closed = m_plan.model == LoadModel::Closed;
    for (auto& slot : m_slots)
        slot->nextStartNs = closed ? m_plan.rampUpMs * nsPerMs * slot->user / std::max(1, m_plan.users) : 0;
    if (!closed)
        m_nextArrivalNs = m_arrivals.intendedNs(0);
    loop();
    // The run is over: what is still in flight is dropped, neither answered nor failed.
    for (auto& slot : m_slots) {
        curl_multi_remove_handle(m_multi, slot->easy);
        if (slot->plain)
            slot->plain->close();
    }
    publish(true, INT64_MAX);
}

void LoadWorker::loop()
{
    epoll_event events[64];
    for (;;) {
        const std::int64_t now = m_shared.nowNs();
        if (m_shared.stop.load(std::memory_order_relaxed) || now >= m_shared.endNs)
            return;
        rollSecond(now);
        startDue(now);
        const bool noMoreArrivals = m_plan.model == LoadModel::Open && m_nextArrivalNs >= m_shared.endNs;
        if (m_inFlight == 0 && (m_shared.exhausted() || noMoreArrivals))
            return;
        const int ready = waitForEvents(events, 64, waitTimeoutNs(now));
        int running = 0;
        for (int i = 0; i < ready; ++i) {
            const int fd = events[i].data.fd;
            if (events[i].data.u64 & plainTag) {
                Slot& slot = *m_slots[std::size_t(events[i].data.u64 & ~plainTag)];
                if (!slot.busy || !slot.viaPlain) {
                    slot.plain->close(); // an idle keep-alive connection the server closed
                    continue;
                }
                const PlainConnection::Step step = slot.plain->onEvents(events[i].events);
                if (step != PlainConnection::Step::Pending)
                    finishPlain(slot, step, m_shared.nowNs());
                continue;
            }
            if (fd == m_wakeFd) {
                std::uint64_t count = 0;
                [[maybe_unused]] const auto got = ::read(m_wakeFd, &count, sizeof count);
                continue;
            }
            const std::uint32_t e = events[i].events;
            const int flags = ((e & EPOLLIN) ? CURL_CSELECT_IN : 0) |
                              ((e & EPOLLOUT) ? CURL_CSELECT_OUT : 0) |
                              ((e & (EPOLLERR | EPOLLHUP)) ? CURL_CSELECT_ERR : 0);
            curl_multi_socket_action(m_multi, fd, flags, &running);
        }
        if (m_curlTimerNs >= 0 && m_shared.nowNs() >= m_curlTimerNs) {
            m_curlTimerNs = -1;
            curl_multi_socket_action(m_multi, CURL_SOCKET_TIMEOUT, 0, &running);
        }
        collectFinished();
        if (m_plainInFlight > 0 && m_shared.nowNs() >= m_nextDeadlineNs)
            expirePlain(m_shared.nowNs());
    }
}

void LoadWorker::rollSecond(std::int64_t nowNs)
{
    const std::int64_t lastSecond = (m_shared.endNs - 1) / nsPerSecond;
    const std::int64_t second = std::min(nowNs / nsPerSecond, lastSecond);
    if (second <= m_currentSecond)
        return;
    publish(false, second);
    m_currentSecond = second;
}

void LoadWorker::publish(bool last, std::int64_t nextSecond)
{
    m_current->second = m_currentSecond;
    m_current->activeUsers = m_plan.model == LoadModel::Closed ? m_activeUsers : m_inFlight;
    std::unique_ptr<WorkerInterval> spare;
    {
        const std::lock_guard lock(m_shared.mutex);
        m_outbox.push_back(std::move(m_current));
        // Seconds before the one now starting are complete (a second without events stays empty).
        m_publishedThrough = nextSecond;
        m_finished = last;
        if (!m_spare.empty()) {
            spare = std::move(m_spare.back());
            m_spare.pop_back();
        }
    }
    m_shared.published.notify_all();
    if (!last) {
        m_current = std::move(spare);
        freshInterval(m_current, m_plan.requests.size());
    }
}

void LoadWorker::startDue(std::int64_t nowNs)
{
    if (m_plan.model == LoadModel::Closed) {
        for (std::size_t i = 0; i < m_idle.size();) {
            Slot* slot = m_idle[i];
            if (slot->nextStartNs > nowNs) {
                ++i;
                continue;
            }
            if (!send(*slot, nowNs, nowNs))
                return;
            m_idle[i] = m_idle.back();
            m_idle.pop_back();
        }
        return;
    }
    // Open: every arrival that is due takes a free connection; when none is free it waits, and its
    // latency still counts from the intended time.
    while (!m_idle.empty() && m_nextArrivalNs <= nowNs && m_nextArrivalNs < m_shared.endNs) {
        if (!send(*m_idle.back(), m_nextArrivalNs, nowNs)) {
            m_nextArrivalNs = ArrivalSchedule::never;
            return;
        }
        m_idle.pop_back();
        m_nextArrivalNs = m_arrivals.intendedNs(++m_nextArrival);
    }
}

bool LoadWorker::send(Slot& slot, std::int64_t intendedNs, std::int64_t nowNs)
{
    std::uint64_t seq = 0;
    if (!m_shared.claim(&seq))
        return false;
    const int requestIndex = chooseRequest();
    slot.sending = requestIndex;
    slot.busy = true;
    if (!slot.begun) {
        slot.begun = true;
        ++m_activeUsers;
    }
    slot.intendedNs = intendedNs;
    slot.sentNs = nowNs;
    slot.bodyBytes = 0;
    slot.response.clear();
    ++m_inFlight;
    slot.keepBody = !m_plan.requests[std::size_t(requestIndex)].expectBodyContains.empty();
    const PlainTarget& target = m_plainTargets[std::size_t(requestIndex)];
    slot.viaPlain = target.usable;
    if (target.usable) {
        slot.deadlineNs = nowNs + m_plan.requestTimeoutMs * nsPerMs;
        m_nextDeadlineNs = std::min(m_nextDeadlineNs, slot.deadlineNs);
        ++m_plainInFlight;
        slot.plainStep = slot.plain->begin(reinterpret_cast<const sockaddr*>(&target.address),
                                           target.addressLength, &target.bytes, target.head,
                                           slot.keepBody ? &slot.response : nullptr, maxKeptBody);
        if (slot.plainStep != PlainConnection::Step::Pending)
            m_plainFinished.push_back(&slot); // recorded by collectFinished, outside the send loop
        return true;
    }
    applyRequest(slot, requestIndex, seq);
    curl_multi_add_handle(m_multi, slot.easy);
    return true;
}

void LoadWorker::applyRequest(Slot& slot, int requestIndex, std::uint64_t seq)
{
    const PlannedRequest& request = m_plan.requests[std::size_t(requestIndex)];
    if (slot.request == requestIndex && !request.render)
        return; // the handle keeps its options between transfers
    slot.request = requestIndex;
    CURL* e = slot.easy;
    const std::string* url = &request.url;
    const std::string* body = &request.body;
    if (request.render) {
        slot.url.clear();
        slot.requestBody.clear();
        request.render(seq, m_random, slot.url, slot.requestBody);
        url = &slot.url;
        body = &slot.requestBody;
    }
    curl_easy_setopt(e, CURLOPT_URL, url->c_str());
    curl_easy_setopt(e, CURLOPT_HTTPHEADER, m_headerLists[std::size_t(requestIndex)]);
    const QByteArray& method = request.method;
    if (method == "HEAD") {
        curl_easy_setopt(e, CURLOPT_NOBODY, 1L);
        return;
    }
    if (method == "GET" && body->empty()) {
        curl_easy_setopt(e, CURLOPT_HTTPGET, 1L);
        curl_easy_setopt(e, CURLOPT_CUSTOMREQUEST, nullptr);
        return;
    }
    curl_easy_setopt(e, CURLOPT_NOBODY, 0L);
    curl_easy_setopt(e, CURLOPT_POSTFIELDS, body->data());
    curl_easy_setopt(e, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(body->size()));
    curl_easy_setopt(e, CURLOPT_CUSTOMREQUEST, method == "POST" ? nullptr : method.constData());
}

int LoadWorker::chooseRequest()
{
    if (m_cumulativeWeights.size() == 1)
        return 0;
    const auto pick = int(nextRandom() % std::uint64_t(m_cumulativeWeights.back()));
    const auto it = std::upper_bound(m_cumulativeWeights.begin(), m_cumulativeWeights.end(), pick);
    return int(it - m_cumulativeWeights.begin());
}

void LoadWorker::collectFinished()
{
    for (std::size_t i = 0; i < m_plainFinished.size(); ++i)
        finishPlain(*m_plainFinished[i], m_plainFinished[i]->plainStep, m_shared.nowNs());
    m_plainFinished.clear();
    int left = 0;
    while (CURLMsg* message = curl_multi_info_read(m_multi, &left)) {
        if (message->msg != CURLMSG_DONE)
            continue;
        CURL* easy = message->easy_handle;
        const int code = message->data.result; // the message is gone once the handle is removed
        Slot* slot = nullptr;
        curl_easy_getinfo(easy, CURLINFO_PRIVATE, &slot);
        curl_multi_remove_handle(m_multi, easy);
        finish(*slot, code, m_shared.nowNs());
    }
}

void LoadWorker::finish(Slot& slot, int curlCode, std::int64_t nowNs)
{
    long status = 0;
    long headerBytes = 0;
    curl_easy_getinfo(slot.easy, CURLINFO_RESPONSE_CODE, &status);
    curl_easy_getinfo(slot.easy, CURLINFO_HEADER_SIZE, &headerBytes);
    const PlannedRequest& request = m_plan.requests[std::size_t(slot.sending)];
    const bool mismatch = slot.keepBody && curlCode == CURLE_OK &&
                          slot.response.find(request.expectBodyContains) == std::string::npos;
    record(slot, curlCode == CURLE_OK, transferError(curlCode, status, request.expectStatus, mismatch),
           slot.bodyBytes + headerBytes, nowNs);
}

void LoadWorker::finishPlain(Slot& slot, PlainConnection::Step step, std::int64_t nowNs)
{
    if (!slot.busy)
        return; // already timed out
    --m_plainInFlight;
    const HttpResponseParser& response = slot.plain->response();
    if (step == PlainConnection::Step::Failed) {
        record(slot, false, slot.plain->failure(), response.bytes(), nowNs);
        return;
    }
    const PlannedRequest& request = m_plan.requests[std::size_t(slot.sending)];
    const bool mismatch =
        slot.keepBody && slot.response.find(request.expectBodyContains) == std::string::npos;
    record(slot, true, transferError(CURLE_OK, response.status(), request.expectStatus, mismatch),
           response.bytes(), nowNs);
}

void LoadWorker::expirePlain(std::int64_t nowNs)
{
    m_nextDeadlineNs = INT64_MAX;
    for (auto& slot : m_slots) {
        if (!slot->busy || !slot->viaPlain)
            continue;
        if (slot->deadlineNs <= nowNs) {
            slot->plain->close();
            --m_plainInFlight;
            record(*slot, false, ErrorKind::Timeout, slot->plain->response().bytes(), nowNs);
        } else {
            m_nextDeadlineNs = std::min(m_nextDeadlineNs, slot->deadlineNs);
        }
    }
}

void LoadWorker::record(Slot& slot, bool answered, std::optional<ErrorKind> error, std::int64_t bytes,
                        std::int64_t nowNs)
{
    --m_inFlight;
    slot.busy = false;
    EndpointFigures& figures = m_current->endpoints[std::size_t(slot.sending)];
    ++figures.requests;
    figures.bytesReceived += bytes;
    if (error)
        ++figures.errors[std::size_t(*error)];
    // Latency of answers only: a refused connection or a timeout is counted by kind, not timed.
    if (answered) {
        if (m_plan.model == LoadModel::Open) {
            figures.latency.record((nowNs - slot.intendedNs) / 1000);
            figures.uncorrectedLatency.record((nowNs - slot.sentNs) / 1000);
        } else {
            figures.latency.record((nowNs - slot.sentNs) / 1000);
        }
    }
    slot.nextStartNs = nowNs + m_plan.thinkTimeMs * nsPerMs;
    m_idle.push_back(&slot);
}

std::int64_t LoadWorker::waitTimeoutNs(std::int64_t nowNs) const
{
    std::int64_t until = std::min(m_shared.endNs, (m_currentSecond + 1) * nsPerSecond);
    if (m_curlTimerNs >= 0)
        until = std::min(until, m_curlTimerNs);
    if (m_plainInFlight > 0)
        until = std::min(until, m_nextDeadlineNs);
    if (!m_plainFinished.empty())
        until = nowNs;
    if (!m_idle.empty() && !m_shared.exhausted()) {
        if (m_plan.model == LoadModel::Open) {
            until = std::min(until, m_nextArrivalNs);
        } else {
            for (const Slot* slot : m_idle)
                until = std::min(until, slot->nextStartNs);
        }
    }
    return std::clamp<std::int64_t>(until - nowNs, 0, maxWaitMs * nsPerMs);
}

int LoadWorker::waitForEvents(epoll_event* events, int capacity, std::int64_t timeoutNs)
{
    // Nanosecond waits keep the open model's sends on their intended times; a kernel before 5.11
    // has only milliseconds.
    if (m_preciseWait) {
        const timespec timeout{time_t(timeoutNs / nsPerSecond), long(timeoutNs % nsPerSecond)};
        const int ready = ::epoll_pwait2(m_epoll, events, capacity, &timeout, nullptr);
        if (ready >= 0 || errno != ENOSYS)
            return std::max(ready, 0);
        m_preciseWait = false;
    }
    return std::max(0, ::epoll_wait(m_epoll, events, capacity, int((timeoutNs + nsPerMs - 1) / nsPerMs)));
}

std::uint64_t LoadWorker::nextRandom()
{
    // xorshift64*: cheap, and each worker has its own state.
    m_random ^= m_random >> 12;
    m_random ^= m_random << 25;
    m_random ^= m_random >> 27;
    return m_random * 0x2545F4914F6CDD1DULL;
}

} // namespace load
