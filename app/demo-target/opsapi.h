#pragma once

#include "route.h"

#include <string>
#include <vector>

struct DemoContext;

// What a monitor reads (/health, /metrics, /api/performance/...) and the
// admin switches that inject faults at run time.
class OpsApi
{
public:
    // Queue backlog above which /health reports "degraded" (seed 002's alert threshold).
    static constexpr long long degradedQueueLength = 50;

    explicit OpsApi(DemoContext& context);
    std::vector<Route> routes();

private:
    void health(const httplib::Request& req, httplib::Response& res);
    void metrics(const httplib::Request& req, httplib::Response& res);
    void performanceMetrics(const httplib::Request& req, httplib::Response& res);
    void performanceTiming(const httplib::Request& req, httplib::Response& res);
    void getFaults(const httplib::Request& req, httplib::Response& res);
    void postFaults(const httplib::Request& req, httplib::Response& res);
    void resetMetrics(const httplib::Request& req, httplib::Response& res);
    // Empties every cache, so the next read of any key is cold (the cache acceptance step).
    void flushCache(const httplib::Request& req, httplib::Response& res);

    std::string healthJson(bool outage) const;
    void renderCacheMetrics(std::string& out) const;
    void renderProcessMetrics(std::string& out) const;

    DemoContext& m_context;
};
