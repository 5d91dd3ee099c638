#include "demoserver.h"

#include "democontext.h"
#include "jsonutil.h"

#include <chrono>
#include <httplib.h>
#include <netinet/in.h>
#include <set>
#include <sys/socket.h>
#include <thread>

namespace {
// Reads the listening socket, which cpp-httplib keeps protected, of a Server or an SSLServer:
// a member pointer formed in a subclass may be applied to any Server.
struct ListenSocket : httplib::Server
{
    static socket_t of(const httplib::Server& server) { return server.*(&ListenSocket::svr_sock_); }
};

std::unique_ptr<httplib::Server> makeServer(const DemoConfig& config)
{
    if (!config.tls())
        return std::make_unique<httplib::Server>();
    return std::make_unique<httplib::SSLServer>(config.tlsCertFile.c_str(), config.tlsKeyFile.c_str());
}

// cpp-httplib listens with a backlog of 5; 100 clients connecting at once need more.
constexpr int listenBacklog = 1024;
constexpr std::size_t maxPayloadBytes = 16 * 1024 * 1024;
constexpr std::size_t keepAliveMaxRequests = 1'000'000;
constexpr time_t ioTimeoutSeconds = 30;
} // namespace

DemoServer::DemoServer(DemoContext& context)
    : m_context(context)
    , m_server(makeServer(context.config))
    , m_crm(context)
    , m_supplyChain(context)
    , m_ops(context)
{
    configure();
    for (std::vector<Route> routes : {m_crm.routes(), m_supplyChain.routes(), m_ops.routes()}) {
        for (Route& route : routes)
            addRoute(std::move(route));
    }
}

DemoServer::~DemoServer() = default;

bool DemoServer::isValid() const
{
    return m_server->is_valid();
}

void DemoServer::configure()
{
    const int threads = m_context.config.threads;
    // One pool thread serves one keep-alive connection at a time; size it above the user count.
    m_server->new_task_queue = [threads] { return new httplib::ThreadPool(std::size_t(threads)); };
    m_server->set_keep_alive_max_count(keepAliveMaxRequests);
    m_server->set_keep_alive_timeout(m_context.config.keepAliveTimeoutSeconds);
    m_server->set_read_timeout(ioTimeoutSeconds);
    m_server->set_write_timeout(ioTimeoutSeconds);
    // Headers and body go out in two writes; Nagle would hold the body for the client's delayed ACK.
    m_server->set_tcp_nodelay(true);
    m_server->set_payload_max_length(maxPayloadBytes);
    m_server->set_error_handler(
        httplib::Server::HandlerWithResponse([this](const httplib::Request& req, httplib::Response& res) {
            if (!res.body.empty())
                return httplib::Server::HandlerResponse::Unhandled;
            answerUnrouted(req, res);
            return httplib::Server::HandlerResponse::Handled;
        }));
}

void DemoServer::addRoute(Route route)
{
    auto shared = std::make_shared<const Route>(std::move(route));
    auto handler = [this, shared](const httplib::Request& req, httplib::Response& res) {
        handle(*shared, req, res);
    };
    if (shared->method == "GET")
        m_server->Get(shared->pattern, std::move(handler));
    else if (shared->method == "POST")
        m_server->Post(shared->pattern, std::move(handler));
    else if (shared->method == "PUT")
        m_server->Put(shared->pattern, std::move(handler));
}

bool DemoServer::isLoopback(const std::string& address)
{
    return address == "::1" || address.starts_with("127.") || address.starts_with("::ffff:127.");
}

void DemoServer::handle(const Route& route, const httplib::Request& req, httplib::Response& res)
{
    const auto start = std::chrono::steady_clock::now();
    m_context.requestMetrics.requestStarted();
    if (route.kind == Route::Kind::Api)
        m_context.faults.waitOutStall(); // the stall counts in the request's own duration
    try {
        if (route.kind == Route::Kind::Admin && !isLoopback(req.remote_addr))
            JsonUtil::setError(res, 403, "admin endpoints answer loopback clients only");
        else if (route.kind == Route::Kind::Api && m_context.faults.shouldFail())
            JsonUtil::setError(res, 500, "injected fault (errorRate)");
        else
            route.handler(req, res);
    } catch (const std::exception& error) {
        JsonUtil::setError(res, 500, error.what());
    }
    if (res.status == -1)
        res.status = 200;
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    m_context.requestMetrics.record(req.method, route.pathTemplate, res.status, seconds);
    m_context.requestMetrics.requestFinished();
}

void DemoServer::answerUnrouted(const httplib::Request& req, httplib::Response& res)
{
    // Unknown paths share one label so that scanners cannot blow up the series count.
    static const std::set<std::string> knownMethods{"GET",   "HEAD",   "POST",   "PUT",
                                                    "PATCH", "DELETE", "OPTIONS"};
    const std::string method = knownMethods.contains(req.method) ? req.method : "OTHER";
    m_context.requestMetrics.record(method, "{unmatched}", res.status, 0.0);
    JsonUtil::setError(res, res.status, res.status == 404 ? "no such route" : "request rejected");
}

int DemoServer::bind(const std::string& address, int port)
{
    const int bound =
        port == 0 ? m_server->bind_to_any_port(address) : (m_server->bind_to_port(address, port) ? port : -1);
    if (bound > 0)
        ::listen(ListenSocket::of(*m_server), listenBacklog);
    return bound;
}

bool DemoServer::run()
{
    const bool ok = m_stopRequested ? true : m_server->listen_after_bind();
    m_runEnded = true;
    return ok;
}

void DemoServer::stop()
{
    m_stopRequested = true;
    // cpp-httplib's stop() does nothing until listen_after_bind() has marked the server running, so
    // a SIGTERM that arrives just after bind() would be lost: wait for the loop to start (or end).
    while (!m_server->is_running() && !m_runEnded)
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    m_server->stop();
}
