#include "faultinjection.h"

#include "jsonutil.h"

#include <QJsonObject>
#include <algorithm>
#include <cstdio>
#include <random>
#include <thread>

namespace {
constexpr double maxLatencyMultiplier = 1000.0;
constexpr double maxStallMs = 60'000.0;

std::int64_t steadyNowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

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
    double stallMs = -1;
    for (const std::string& error :
         {readDouble(object, "latencyMultiplier", 0.0, maxLatencyMultiplier, next.latencyMultiplier),
          readDouble(object, "errorRate", 0.0, 1.0, next.errorRate),
          readBool(object, "healthOutage", next.healthOutage),
          readBool(object, "queueGrowth", next.queueGrowth),
          readDouble(object, "stallMs", 0.0, maxStallMs, stallMs)}) {
        if (!error.empty())
            return error;
    }
    m_latencyMultiplier.store(next.latencyMultiplier);
    m_errorRate.store(next.errorRate);
    m_healthOutage.store(next.healthOutage);
    m_queueGrowth.store(next.queueGrowth);
    if (stallMs >= 0)
        m_stallUntilNs.store(steadyNowNs() + std::int64_t(stallMs * 1e6));
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
    body += ",\"stallRemainingMs\":";
    JsonUtil::appendNumber(body, double(stallRemainingMs()));
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

void FaultInjection::waitOutStall() const
{
    const std::int64_t remainingNs = m_stallUntilNs.load(std::memory_order_relaxed) - steadyNowNs();
    if (remainingNs > 0)
        std::this_thread::sleep_for(std::chrono::nanoseconds(remainingNs));
}

std::int64_t FaultInjection::stallRemainingMs() const
{
    return std::max<std::int64_t>(0, (m_stallUntilNs.load() - steadyNowNs()) / 1'000'000);
}

std::string FaultInjection::describe(const State& state)
{
    return "latencyMultiplier=" + formatNumber(state.latencyMultiplier) +
           " errorRate=" + formatNumber(state.errorRate) +
           " healthOutage=" + (state.healthOutage ? "on" : "off") +
           " queueGrowth=" + (state.queueGrowth ? "on" : "off");
}
