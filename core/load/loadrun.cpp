#include "loadrun.h"

#include "loadworker.h"

#include <QDateTime>
#include <QHostAddress>
#include <QUrl>
#include <algorithm>
#include <map>
#include <thread>

namespace load {

namespace {
constexpr std::int64_t maxDurationMs = 24LL * 3600 * 1000;
constexpr int maxUsers = 100'000;
constexpr int maxWorkers = 256;

bool isLoopbackHost(const QString& host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString urlError(const std::string& text, bool allowRemote)
{
    const QUrl url(QString::fromStdString(text), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return QStringLiteral("'%1' is not an http(s) URL").arg(QString::fromStdString(text));
    if (!allowRemote && !isLoopbackHost(url.host()))
        return QStringLiteral("%1 is not a loopback address; loading a remote target needs allowRemote "
                              "(--allow-remote)")
            .arg(url.host());
    return {};
}

QString requestError(const PlannedRequest& request, bool allowRemote)
{
    if (request.weight < 1)
        return QStringLiteral("weight must be at least 1");
    if (request.method.isEmpty())
        return QStringLiteral("method is empty");
    if (request.expectStatus != 0 && (request.expectStatus < 100 || request.expectStatus > 599))
        return QStringLiteral("expectStatus must be 0 or 100..599");
    if (QString error = urlError(request.url, allowRemote); !error.isEmpty())
        return QStringLiteral("url: ") + error;
    if (request.render) {
        // The rendered URL is what is sent: its host must pass the same test.
        std::string url;
        std::string body;
        std::uint64_t random = 1;
        request.render(0, random, url, body);
        if (QString error = urlError(url, allowRemote); !error.isEmpty())
            return QStringLiteral("url (rendered): ") + error;
    }
    return {};
}

int workerCount(const LoadPlan& plan)
{
    const int cores = int(std::max(1u, std::thread::hardware_concurrency()));
    return std::min(plan.workers > 0 ? plan.workers : cores, plan.users);
}

// Collects the workers' intervals and hands out whole seconds in order.
class Merger
{
public:
    Merger(const LoadPlan& plan, LoadResult& result)
        : m_endpoints(plan.requests.size())
        , m_result(result)
    {
        m_result.totals.endpoints.resize(m_endpoints);
    }

    void add(const WorkerInterval& interval)
    {
        LoadSecond& second = secondAt(interval.second);
        second.activeUsers += interval.activeUsers;
        for (std::size_t i = 0; i < m_endpoints; ++i)
            second.endpoints[i].add(interval.endpoints[i]);
        m_lastSeen = std::max(m_lastSeen, interval.second);
    }

    // Emits every second before `through` (and not past the last one seen when `through` is open).
    template<typename Deliver>
    void emitBefore(std::int64_t through, Deliver&& deliver)
    {
        const std::int64_t end = through == INT64_MAX ? m_lastSeen + 1 : through;
        while (m_next < end) {
            LoadSecond second = std::move(secondAt(m_next));
            m_pending.erase(m_next);
            second.second = m_next;
            second.startedMs = m_result.startedMs + m_next * 1000;
            for (const EndpointFigures& figures : second.endpoints)
                second.total.add(figures);
            m_result.totals.total.add(second.total);
            for (std::size_t i = 0; i < m_endpoints; ++i)
                m_result.totals.endpoints[i].add(second.endpoints[i]);
            m_result.totals.activeUsers = std::max(m_result.totals.activeUsers, second.activeUsers);
            ++m_next;
            deliver(second);
            m_result.seconds.push_back(std::move(second));
        }
    }

private:
    LoadSecond& secondAt(std::int64_t index)
    {
        LoadSecond& second = m_pending[index];
        if (second.endpoints.size() != m_endpoints)
            second.endpoints.resize(m_endpoints);
        return second;
    }

    std::size_t m_endpoints;
    LoadResult& m_result;
    std::map<std::int64_t, LoadSecond> m_pending;
    std::int64_t m_next = 0;
    std::int64_t m_lastSeen = -1;
};
} // namespace

QString planError(const LoadPlan& plan)
{
    if (plan.requests.empty())
        return QStringLiteral("requests: a load plan needs at least one request");
    for (std::size_t i = 0; i < plan.requests.size(); ++i) {
        if (QString error = requestError(plan.requests[i], plan.allowRemote); !error.isEmpty())
            return QStringLiteral("requests[%1].%2").arg(i).arg(error);
    }
    if (plan.users < 1 || plan.users > maxUsers)
        return QStringLiteral("users must be between 1 and %1 (got %2)").arg(maxUsers).arg(plan.users);
    if (plan.durationMs <= 0 || plan.durationMs > maxDurationMs)
        return QStringLiteral("durationMs must be above 0 and at most 24 h (got %1)").arg(plan.durationMs);
    if (plan.maxRequests <= 0)
        return QStringLiteral("maxRequests must be above 0: every run is bounded (got %1)")
            .arg(plan.maxRequests);
    if (plan.requestTimeoutMs <= 0)
        return QStringLiteral("requestTimeoutMs must be above 0 (got %1)").arg(plan.requestTimeoutMs);
    if (plan.rampUpMs < 0 || plan.rampUpMs > plan.durationMs)
        return QStringLiteral("rampUpMs must be between 0 and durationMs (got %1)").arg(plan.rampUpMs);
    if (plan.thinkTimeMs < 0 || plan.thinkTimeMs > maxDurationMs)
        return QStringLiteral("thinkTimeMs must not be negative (got %1)").arg(plan.thinkTimeMs);
    if (plan.workers < 0 || plan.workers > maxWorkers)
        return QStringLiteral("workers must be between 0 (one per core) and %1 (got %2)")
            .arg(maxWorkers)
            .arg(plan.workers);
    if (plan.model == LoadModel::Open) {
        if (!(plan.ratePerSecond > 0) || plan.ratePerSecond > 1e7)
            return QStringLiteral(
                       "ratePerSecond must be above 0 and at most 10000000 for the open model (got %1)")
                .arg(plan.ratePerSecond);
        if (!(plan.rampToRatePerSecond >= 0) || plan.rampToRatePerSecond > 1e7)
            return QStringLiteral("rampToRatePerSecond must be between 0 and 10000000 (got %1)")
                .arg(plan.rampToRatePerSecond);
    }
    return {};
}

QString percentileMethod(LoadModel model)
{
    QString text = QStringLiteral(
        "log-linear histogram (HdrHistogram layout), 3 significant digits, 1 us to 60 s; a percentile is "
        "the highest value equivalent to the sample at its nearest rank, within 0.1 %; max is exact; "
        "answers only (transport errors are counted, not timed)");
    if (model == LoadModel::Open)
        text += QStringLiteral("; latency from the intended send time (coordinated omission corrected), "
                               "uncorrected figures from the actual send");
    return text;
}

LoadResult runLoad(const LoadPlan& plan, const SecondCallback& onSecond, const std::atomic<bool>* cancel)
{
    LoadResult result;
    result.percentileMethod = percentileMethod(plan.model);
    result.startedMs = QDateTime::currentMSecsSinceEpoch();
    result.error = planError(plan);
    if (!result.error.isEmpty()) {
        result.end = RunEnd::Failed;
        return result;
    }

    RunShared shared;
    shared.plan = &plan;
    shared.endNs = plan.durationMs * 1'000'000;
    shared.maxRequests = plan.maxRequests;
    const int workers = workerCount(plan);
    std::vector<std::vector<int>> users(static_cast<std::size_t>(workers));
    for (int user = 0; user < plan.users; ++user)
        users[std::size_t(user % workers)].push_back(user);
    std::vector<std::unique_ptr<LoadWorker>> pool;
    for (int w = 0; w < workers; ++w) {
        // Each worker carries the share of the arrival rate its connections are of the total.
        const double share = double(users[std::size_t(w)].size()) / double(plan.users);
        pool.push_back(std::make_unique<LoadWorker>(shared, w, workers, users[std::size_t(w)],
                                                    plan.ratePerSecond * share,
                                                    plan.rampToRatePerSecond * share));
        if (!pool.back()->prepare(&result.error)) {
            result.end = RunEnd::Failed;
            return result;
        }
    }

    Merger merger(plan, result);
    shared.start = LoadClock::now();
    result.startedMs = QDateTime::currentMSecsSinceEpoch();
    for (auto& worker : pool)
        worker->start();

    bool cancelled = false;
    bool aborted = false;
    auto stopAll = [&] {
        shared.stop.store(true);
        for (auto& worker : pool)
            worker->wake();
    };
    for (bool allFinished = false; !allFinished;) {
        std::vector<std::unique_ptr<WorkerInterval>> arrived;
        std::vector<LoadWorker*> from;
        std::int64_t through = INT64_MAX;
        {
            std::unique_lock lock(shared.mutex);
            shared.published.wait_for(lock, std::chrono::milliseconds(100));
            allFinished = true;
            for (auto& worker : pool) {
                for (auto& interval : worker->takePublished()) {
                    arrived.push_back(std::move(interval));
                    from.push_back(worker.get());
                }
                through = std::min(through, worker->publishedThrough());
                allFinished = allFinished && worker->finished();
            }
        }
        for (const auto& interval : arrived)
            merger.add(*interval);
        {
            const std::lock_guard lock(shared.mutex);
            for (std::size_t i = 0; i < arrived.size(); ++i)
                from[i]->recycle(std::move(arrived[i]));
        }
        merger.emitBefore(through, [&](const LoadSecond& second) {
            if (onSecond)
                onSecond(second);
            if (!aborted && !cancelled && plan.abortWhen && plan.abortWhen(result.totals)) {
                aborted = true;
                stopAll();
            }
        });
        if (!cancelled && !aborted && cancel && cancel->load()) {
            cancelled = true;
            stopAll();
        }
    }
    for (auto& worker : pool)
        worker->join();
    result.durationMs =
        std::chrono::duration_cast<std::chrono::milliseconds>(LoadClock::now() - shared.start).count();
    result.totals.second = std::int64_t(result.seconds.size());
    result.totals.startedMs = result.startedMs;
    result.end = cancelled ? RunEnd::Cancelled : aborted ? RunEnd::Aborted : RunEnd::Completed;
    return result;
}

} // namespace load
