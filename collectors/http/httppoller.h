#pragma once

#include "curlmultiloop.h"

#include <QString>
#include <functional>
#include <map>

// Polls a set of HTTP jobs on one CurlMultiLoop, each at its own interval. A job's next
// request is scheduled only when its previous one has finished, so polls never pile up, and
// first polls are spread over the interval (by a hash of the job id, as Prometheus does) so
// targets are not all hit at once. Everything here runs on the loop thread.
class HttpPoller
{
public:
    using Clock = CurlMultiLoop::Clock;
    struct Job
    {
        QString id;
        HttpRequest request;
        int intervalMs = 5000;
    };
    // scheduledAtMs: wall-clock time (ms since epoch) the poll started.
    using ResultHandler =
        std::function<void(const QString& id, qint64 startedAtMs, const HttpResult& result)>;

    HttpPoller(CurlMultiLoop* loop, ResultHandler handler);

    // Replaces the job set: new jobs start at their offset, removed jobs stop (a poll in
    // flight finishes but its result is dropped), changed jobs take effect at their next poll.
    void setJobs(const std::vector<Job>& jobs);
    // Polls a job now, unless one of its polls is already in flight.
    void pollNow(const QString& id);

    static int spreadOffsetMs(const QString& id, int intervalMs);

private:
    struct State
    {
        Job job;
        quint64 generation = 0;
        bool inFlight = false;
        Clock::time_point nextDue;
        quint64 timer = 0; // only the newest scheduled timer of a job fires
    };
    void schedule(State& state);
    void onTimer(const QString& id, quint64 generation, quint64 timer);
    void poll(State& state);

    CurlMultiLoop* m_loop;
    ResultHandler m_handler;
    std::map<QString, State> m_jobs;
    quint64 m_generation = 0;
};
