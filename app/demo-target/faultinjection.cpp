#include "faultinjection.h"

#include "jsonutil.h"

#include <QJsonObject>
#include <cstdio>
#include <random>
#include <thread>

namespace {
constexpr double maxLatencyMultiplier = 1000.0;

std::string formatNumber(double value)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%g", value);
    return buffer;
}

double uniformRandom()
{
    thread_local std::minstd_rand engine{std::random_device{}()};
    return std::uniform_real_distribution<double>(0.0, 1.0)(engine);
}

std::string readDouble(const QJsonObject& object, const char* key, double min, double max, double& out)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined())
        return {};
    if (!value.isDouble() || value.toDouble() < min || value.toDouble() > max)
        return std::string(key) + " must be a number in [" + formatNumber(min) + ", " + formatNumber(max) +
               "]";
    out = value.toDouble();
    return {};
}

std::string readBool(const QJsonObject& object, const char* key, bool& out)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined())
        return {};
    if (!value.isBool())
        return std::string(key) + " must be true or false";
    out = value.toBool();
    return {};
}
} // namespace

FaultInjection::FaultInjection(const State& initial)
    : m_latencyMultiplier(initial.latencyMultiplier)
    , m_errorRate(initial.errorRate)
    , m_healthOutage(initial.healthOutage)
    , m_queueGrowth(initial.queueGrowth)
{
}

FaultInjection::State FaultInjection::state() const
{
    return State{m_latencyMultiplier.load(), m_errorRate.load(), m_healthOutage.load(), m_queueGrowth.load()};
}

std::string FaultInjection::applyJson(const std::string& body)
{
    const auto document = JsonUtil::parse(body);
    if (!document || !document->isObject())
        return "body must be a JSON object";
    const QJsonObject object = document->object();
    State next = state();
    for (const std::string& error :
         {readDouble(object, "latencyMultiplier", 0.0, maxLatencyMultiplier, next.latencyMultiplier),
          readDouble(object, "errorRate", 0.0, 1.0, next.errorRate),
          readBool(object, "healthOutage", next.healthOutage),
          readBool(object, "queueGrowth", next.queueGrowth)}) {
        if (!error.empty())
            return error;
    }
    m_latencyMultiplier.store(next.latencyMultiplier);
    m_errorRate.store(next.errorRate);
    m_healthOutage.store(next.healthOutage);
    m_queueGrowth.store(next.queueGrowth);
    return {};
}

std::string FaultInjection::toJson() const
{
    const State current = state();
    std::string body = "{\"latencyMultiplier\":";
    JsonUtil::appendNumber(body, current.latencyMultiplier);
    body += ",\"errorRate\":";
    JsonUtil::appendNumber(body, current.errorRate);
    body += ",\"healthOutage\":";
    body += current.healthOutage ? "true" : "false";
    body += ",\"queueGrowth\":";
    body += current.queueGrowth ? "true" : "false";
    body += '}';
    return body;
}

bool FaultInjection::shouldFail() const
{
    const double rate = m_errorRate.load(std::memory_order_relaxed);
    return rate > 0.0 && (rate >= 1.0 || uniformRandom() < rate);
}

void FaultInjection::simulateCost(double milliseconds) const
{
    const double scaled = milliseconds * latencyMultiplier();
    if (scaled > 0.0)
        std::this_thread::sleep_for(std::chrono::duration<double, std::milli>(scaled));
}

std::string FaultInjection::describe(const State& state)
{
    return "latencyMultiplier=" + formatNumber(state.latencyMultiplier) +
           " errorRate=" + formatNumber(state.errorRate) +
           " healthOutage=" + (state.healthOutage ? "on" : "off") +
           " queueGrowth=" + (state.queueGrowth ? "on" : "off");
}
