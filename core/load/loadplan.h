#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace load {

struct LoadSecond; // loadresult.h

// Fills a request's URL and body for its sequence number (templates such as {{seq}}); called on a
// worker's thread, so it must be thread-safe and should not allocate when the strings have room.
// `random` is the worker's own generator state.
using RequestRenderer =
    std::function<void(std::uint64_t seq, std::uint64_t& random, std::string& url, std::string& body)>;

// One kind of request of a load run.
struct PlannedRequest
{
    QString name; // the endpoint's name in results ("GET /api/v1/crm/customers")
    QByteArray method = "GET";
    std::string url; // used as is unless `render` is set
    std::vector<std::pair<std::string, std::string>> headers;
    std::string body;
    RequestRenderer render;         // optional
    int weight = 1;                 // share of the requests, relative to the others
    int expectStatus = 0;           // 0: any 2xx or 3xx is a success; else exactly this status
    std::string expectBodyContains; // optional body assertion
};

enum class LoadModel
{
    Closed, // N users, each sending its next request when the previous answered (plus think time)
    Open,   // requests at a set arrival rate, latency from the intended send time (wrk2)
};

// What a run does and its bounds; every run ends by duration and by request count, whichever first.
struct LoadPlan
{
    std::vector<PlannedRequest> requests;
    LoadModel model = LoadModel::Closed;
    int users = 10;                 // closed: concurrent users; open: connections available
    std::int64_t rampUpMs = 0;      // closed: users start evenly over this time
    std::int64_t thinkTimeMs = 0;   // closed: pause after each answer
    double ratePerSecond = 0;       // open: arrivals per second at the start
    double rampToRatePerSecond = 0; // open: if > 0, the rate moves linearly to this by the end
    std::int64_t durationMs = 10'000;
    std::int64_t maxRequests = 10'000'000; // 0 is refused: a run is always bounded
    std::int64_t requestTimeoutMs = 10'000;
    int workers = 0;          // threads; 0: one per core
    bool allowRemote = false; // a target other than 127.0.0.1 / ::1 / localhost needs this
    bool verifyTls = true;
    // Plain http:// requests without a renderer go through the built-in HTTP/1.1 client (wrk's
    // cost per request); true sends them through libcurl like https and rendered requests.
    bool useCurlForPlainHttp = false;
    // Optional abort-on-threshold: checked once per second against the totals so far.
    std::function<bool(const LoadSecond& totals)> abortWhen;
};

} // namespace load
