#pragma once

#include "arrivalschedule.h"
#include "plainconnection.h"
#include "runshared.h"

#include <QString>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <sys/socket.h>
#include <thread>
#include <vector>

typedef void CURL;
typedef void CURLM;
struct curl_slist;
struct epoll_event;

namespace load {

// One thread, one epoll loop driving one libcurl multi handle over this worker's share of the
// connections: easy handles made once and reused, so keep-alive connections stay in the multi's
// cache. Figures go into this second's interval without locks; once a second it is published.
class LoadWorker
{
public:
    // users: the global indexes of this worker's users (closed) or connections (open);
    // ratePerSecond/rampToRate: this worker's share of the open model's arrival rate.
    LoadWorker(RunShared& shared, int index, int workerCount, std::vector<int> users, double ratePerSecond,
               double rampToRate);
    ~LoadWorker();
    LoadWorker(const LoadWorker&) = delete;
    LoadWorker& operator=(const LoadWorker&) = delete;

    // Creates the handles (on the caller's thread); false with a message when libcurl refuses.
    bool prepare(QString* error);
    void start();
    void join();
    // Any thread: makes the loop look at RunShared::stop now.
    void wake();

    // Merger side, under RunShared::mutex.
    std::vector<std::unique_ptr<WorkerInterval>> takePublished();
    void recycle(std::unique_ptr<WorkerInterval> interval);
    std::int64_t publishedThrough() const { return m_publishedThrough; } // seconds before this are out
    bool finished() const { return m_finished; }

    struct Slot; // one user or connection: an easy handle and its transfer's figures

    // libcurl callbacks
    void watchSocket(int fd, int what, void* socketp);
    void setCurlTimer(long timeoutMs);

private:
    void run();
    void loop();
    void rollSecond(std::int64_t nowNs);
    void publish(bool last, std::int64_t nextSecond);
    void startDue(std::int64_t nowNs);
    bool send(Slot& slot, std::int64_t intendedNs, std::int64_t nowNs);
    void applyRequest(Slot& slot, int requestIndex, std::uint64_t seq);
    int chooseRequest();
    void collectFinished();
    void finish(Slot& slot, int curlCode, std::int64_t nowNs);
    void finishPlain(Slot& slot, PlainConnection::Step step, std::int64_t nowNs);
    void expirePlain(std::int64_t nowNs);
    void record(Slot& slot, bool answered, std::optional<ErrorKind> error, std::int64_t bytes,
                std::int64_t nowNs);
    void preparePlainTargets();
    std::int64_t waitTimeoutNs(std::int64_t nowNs) const;
    int waitForEvents(epoll_event* events, int capacity, std::int64_t timeoutNs);
    std::uint64_t nextRandom();

    RunShared& m_shared;
    const LoadPlan& m_plan;
    const int m_index;
    const std::vector<int> m_users;
    ArrivalSchedule m_arrivals;
    std::int64_t m_nextArrival = 0; // open: index of the next arrival to send
    std::int64_t m_nextArrivalNs = ArrivalSchedule::never;

    CURLM* m_multi = nullptr;
    int m_epoll = -1;
    int m_wakeFd = -1;
    bool m_preciseWait = true;
    std::int64_t m_curlTimerNs = -1; // when libcurl wants a timeout action; -1: none
    std::vector<std::unique_ptr<Slot>> m_slots;
    std::vector<Slot*> m_idle; // slots not in flight
    int m_inFlight = 0;
    int m_activeUsers = 0;
    std::vector<curl_slist*> m_headerLists; // by request

    // Plain http:// requests the built-in client sends: resolved once, the request bytes prepared.
    struct PlainTarget
    {
        bool usable = false;
        sockaddr_storage address{};
        socklen_t addressLength = 0;
        std::string bytes;
        bool head = false;
    };
    std::vector<PlainTarget> m_plainTargets; // by request
    std::vector<Slot*> m_plainFinished;      // answered or failed inside send(), recorded after
    int m_plainInFlight = 0;
    std::int64_t m_nextDeadlineNs = INT64_MAX; // the earliest timeout of a plain request in flight
    std::vector<int> m_cumulativeWeights;
    std::uint64_t m_random;

    std::unique_ptr<WorkerInterval> m_current;
    std::int64_t m_currentSecond = 0;

    // Under RunShared::mutex.
    std::vector<std::unique_ptr<WorkerInterval>> m_outbox;
    std::vector<std::unique_ptr<WorkerInterval>> m_spare;
    std::int64_t m_publishedThrough = 0;
    bool m_finished = false;

    std::thread m_thread;
};

} // namespace load
