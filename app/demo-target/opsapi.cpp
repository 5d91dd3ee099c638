#include "opsapi.h"

#include "democontext.h"
#include "jsonutil.h"
#include "prometheustext.h"

#include <httplib.h>
#include <iostream>

OpsApi::OpsApi(DemoContext& context)
    : m_context(context)
{
}

std::vector<Route> OpsApi::routes()
{
    const auto bind = [this](void (OpsApi::*method)(const httplib::Request&, httplib::Response&)) {
        return [this, method](const httplib::Request& req, httplib::Response& res) {
            (this->*method)(req, res);
        };
    };
    return {
        {"GET", "/health", "/health", Route::Kind::Ops, bind(&OpsApi::health)},
        {"GET", "/metrics", "/metrics", Route::Kind::Ops, bind(&OpsApi::metrics)},
        {"GET", "/api/performance/metrics", "/api/performance/metrics", Route::Kind::Ops,
         bind(&OpsApi::performanceMetrics)},
        {"GET", R"(/api/performance/timing/([A-Za-z0-9_.]+))", "/api/performance/timing/{operation}",
         Route::Kind::Ops, bind(&OpsApi::performanceTiming)},
        {"GET", "/admin/faults", "/admin/faults", Route::Kind::Admin, bind(&OpsApi::getFaults)},
        {"POST", "/admin/faults", "/admin/faults", Route::Kind::Admin, bind(&OpsApi::postFaults)},
        {"POST", "/admin/reset-metrics", "/admin/reset-metrics", Route::Kind::Admin,
         bind(&OpsApi::resetMetrics)},
        {"POST", "/admin/cache/flush", "/admin/cache/flush", Route::Kind::Admin, bind(&OpsApi::flushCache)},
    };
}

std::string OpsApi::healthJson(bool outage) const
{
    const long long queueLength = m_context.queues.totalLength();
    const int overflow = m_context.dbPool.overflow();
    const bool queueDegraded = queueLength > degradedQueueLength;
    const char* databaseStatus = outage ? "down" : (overflow > 0 ? "degraded" : "ok");
    const char* overall = outage ? "down" : (queueDegraded || overflow > 0 ? "degraded" : "ok");
    const auto& cache = m_context.customerCache;
    const double lookups = double(cache.hits() + cache.misses());

    std::string body = std::string("{\"status\":\"") + overall +
                       "\",\"components\":{\"database\":{\"status\":\"" + databaseStatus +
                       "\",\"latencyMs\":";
    JsonUtil::appendNumber(body,
                           outage ? 0.0 : m_context.dbLatencyMs() * m_context.faults.latencyMultiplier());
    body += ",\"poolSize\":" + std::to_string(m_context.dbPool.size()) +
            ",\"poolCheckedOut\":" + std::to_string(m_context.dbPool.checkedOut()) +
            "},\"cache\":{\"status\":\"ok\",\"hitRatio\":";
    JsonUtil::appendNumber(body, lookups > 0 ? double(cache.hits()) / lookups : 0.0);
    body += std::string("},\"queue\":{\"status\":\"") + (queueDegraded ? "degraded" : "ok") +
            "\",\"length\":" + std::to_string(queueLength) + "}},\"uptimeSeconds\":";
    JsonUtil::appendNumber(body, m_context.uptimeSeconds());
    body += '}';
    return body;
}

void OpsApi::health(const httplib::Request&, httplib::Response& res)
{
    const bool outage = m_context.faults.healthOutage();
    JsonUtil::setJson(res, outage ? 503 : 200, healthJson(outage));
}

void OpsApi::renderCacheMetrics(std::string& out) const
{
    const TtlCache* caches[] = {&m_context.customerCache, &m_context.customerPageCache,
                                &m_context.materialPageCache};
    const auto family = [&](const char* name, const char* type, const char* help, auto value) {
        PrometheusText::appendHeader(out, name, type, help);
        for (const TtlCache* cache : caches) {
            std::string labels;
            PrometheusText::appendLabel(labels, "cache", cache->name());
            PrometheusText::appendSample(out, name, labels, value(*cache));
        }
    };
    family("cache_hits_total", "counter", "Cache lookups answered from the cache.",
           [](const TtlCache& cache) { return double(cache.hits()); });
    family("cache_misses_total", "counter", "Cache lookups that went to the database.",
           [](const TtlCache& cache) { return double(cache.misses()); });
    family("cache_entries", "gauge", "Entries held in the cache.",
           [](const TtlCache& cache) { return double(cache.size()); });
}

void OpsApi::renderProcessMetrics(std::string& out) const
{
    PrometheusText::appendHeader(out, "process_start_time_seconds", "gauge",
                                 "Start time of the process since unix epoch in seconds.");
    PrometheusText::appendSample(out, "process_start_time_seconds", {}, m_context.startTimeUnixSeconds);
}

void OpsApi::metrics(const httplib::Request&, httplib::Response& res)
{
    std::string out;
    out.reserve(16 * 1024);
    m_context.requestMetrics.render(out);
    renderCacheMetrics(out);
    m_context.dbPool.render(out);
    m_context.queues.render(out);
    renderProcessMetrics(out);
    res.status = 200;
    res.body = std::move(out);
    res.set_header("Content-Type", PrometheusText::contentType);
}

void OpsApi::performanceMetrics(const httplib::Request&, httplib::Response& res)
{
    JsonUtil::setJson(res, 200, m_context.operations.toJson());
}

void OpsApi::performanceTiming(const httplib::Request& req, httplib::Response& res)
{
    const std::string operation = req.matches[1].str();
    const std::string timing = m_context.operations.operationJson(operation);
    if (timing.empty())
        return JsonUtil::setError(res, 404, "unknown operation");
    std::string body = "{\"operation\":";
    JsonUtil::appendString(body, operation);
    body += ",\"timing\":" + timing + '}';
    JsonUtil::setJson(res, 200, std::move(body));
}

void OpsApi::getFaults(const httplib::Request&, httplib::Response& res)
{
    JsonUtil::setJson(res, 200, m_context.faults.toJson());
}

void OpsApi::postFaults(const httplib::Request& req, httplib::Response& res)
{
    if (const std::string error = m_context.faults.applyJson(req.body); !error.empty())
        return JsonUtil::setError(res, 400, error);
    std::cerr << "perfdash-demo-target: faults now " << FaultInjection::describe(m_context.faults.state())
              << std::endl;
    JsonUtil::setJson(res, 200, m_context.faults.toJson());
}

void OpsApi::resetMetrics(const httplib::Request&, httplib::Response& res)
{
    m_context.requestMetrics.reset();
    m_context.operations.reset();
    for (TtlCache* cache :
         {&m_context.customerCache, &m_context.customerPageCache, &m_context.materialPageCache})
        cache->resetCounters();
    std::cerr << "perfdash-demo-target: metrics reset" << std::endl;
    JsonUtil::setJson(res, 200, "{\"reset\":true}");
}

void OpsApi::flushCache(const httplib::Request&, httplib::Response& res)
{
    std::size_t flushed = 0;
    for (TtlCache* cache :
         {&m_context.customerCache, &m_context.customerPageCache, &m_context.materialPageCache}) {
        flushed += cache->size();
        cache->clear();
    }
    std::cerr << "perfdash-demo-target: caches flushed (" << flushed << " entries)" << std::endl;
    JsonUtil::setJson(res, 200, "{\"flushed\":" + std::to_string(flushed) + '}');
}
