#pragma once

#include "httprequest.h"

#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

typedef void CURLM;

// One collector thread running one libcurl multi handle: every transfer of this loop shares
// its connection cache (keep-alive reuse) and no target gets a thread of its own.
// Work reaches the loop with post(); send() and callAt() are for code already on the loop.
class CurlMultiLoop
{
public:
    using Clock = std::chrono::steady_clock;
    using Done = std::function<void(HttpResult)>;

    CurlMultiLoop();
    ~CurlMultiLoop();
    CurlMultiLoop(const CurlMultiLoop&) = delete;
    CurlMultiLoop& operator=(const CurlMultiLoop&) = delete;

    void start();
    // Cancels transfers in flight (their callbacks see Error::Cancelled) and joins the thread.
    void stop();
    bool isLoopThread() const { return std::this_thread::get_id() == m_thread.get_id(); }

    // Any thread: run fn on the loop thread soon.
    void post(std::function<void()> fn);
    // Loop thread only.
    void send(const HttpRequest& request, Done done);
    void callAt(Clock::time_point when, std::function<void()> fn);
    size_t transfersInFlight() const { return m_transfers.size(); }

    struct Transfer; // one request in flight; defined in the .cpp

private:
    void run();
    void runPosted();
    void runDueTimers();
    void collectFinished();
    int pollTimeoutMs() const;
    void finish(Transfer* transfer, int curlCode);

    CURLM* m_multi = nullptr;
    std::thread m_thread;
    bool m_stopping = false; // written under m_mutex, read on the loop

    std::mutex m_mutex;
    std::vector<std::function<void()>> m_posted;

    std::multimap<Clock::time_point, std::function<void()>> m_timers;
    std::map<void*, std::unique_ptr<Transfer>> m_transfers; // by easy handle
};
