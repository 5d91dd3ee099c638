#pragma once

#include "crmapi.h"
#include "opsapi.h"
#include "route.h"
#include "supplychainapi.h"

#include <atomic>
#include <memory>
#include <string>

struct DemoContext;
namespace httplib {
class Server;
}

// The HTTP side: cpp-httplib tuned for 100+ keep-alive connections, every route
// wrapped with timing, Prometheus recording, fault injection and the admin guard.
// Serves HTTPS instead when the configuration names a TLS certificate and key.
class DemoServer
{
public:
    explicit DemoServer(DemoContext& context);
    ~DemoServer();
    DemoServer(const DemoServer&) = delete;
    DemoServer& operator=(const DemoServer&) = delete;

    // False when the TLS certificate or key could not be loaded; then nothing may be served.
    bool isValid() const;

    // Binds address:port (0 = the kernel picks); the bound port, or -1.
    int bind(const std::string& address, int port);
    // Serves until stop(); false if the server failed.
    bool run();
    // Safe from any thread.
    void stop();

    static bool isLoopback(const std::string& address);

private:
    void configure();
    void addRoute(Route route);
    void handle(const Route& route, const httplib::Request& req, httplib::Response& res);
    void answerUnrouted(const httplib::Request& req, httplib::Response& res);

    DemoContext& m_context;
    std::unique_ptr<httplib::Server> m_server;
    CrmApi m_crm;
    SupplyChainApi m_supplyChain;
    OpsApi m_ops;
    std::atomic<bool> m_stopRequested = false;
    std::atomic<bool> m_runEnded = false;
};
