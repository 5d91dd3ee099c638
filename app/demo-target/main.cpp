#include "democontext.h"
#include "demoserver.h"
#include "options.h"
#include "perfdashversion.h"

#include <QCoreApplication>
#include <csignal>
#include <cstdio>
#include <iostream>
#include <pthread.h>
#include <thread>

namespace {
// Blocks SIGTERM/SIGINT (and SIGUSR1, main's wake-up call) in every thread created
// after this call, so that one thread takes them with sigwait() outside signal context.
sigset_t blockStopSignals()
{
    sigset_t taken;
    sigemptyset(&taken);
    sigaddset(&taken, SIGTERM);
    sigaddset(&taken, SIGINT);
    sigaddset(&taken, SIGUSR1);
    pthread_sigmask(SIG_BLOCK, &taken, nullptr);
    return taken;
}

std::string displayUrl(const DemoConfig& config, int port)
{
    const std::string& address = config.bindAddress;
    const std::string host = address.find(':') != std::string::npos ? '[' + address + ']' : address;
    return (config.tls() ? "https://" : "http://") + host + ':' + std::to_string(port);
}
} // namespace

int main(int argc, char* argv[])
{
    const sigset_t stopSignals = blockStopSignals();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("perfdash-demo-target"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PERFDASH_VERSION_STRING));
    const auto config = parseOptions(QCoreApplication::arguments());
    if (!config)
        return 2;

    DemoContext context(*config);
    DemoServer server(context);
    if (!server.isValid()) {
        std::cerr << "perfdash-demo-target: cannot load the TLS certificate " << config->tlsCertFile
                  << " with the key " << config->tlsKeyFile << std::endl;
        return 2;
    }
    const int port = server.bind(config->bindAddress, config->port);
    if (port <= 0) {
        std::cerr << "perfdash-demo-target: cannot bind " << config->bindAddress << ':' << config->port
                  << std::endl;
        return 1;
    }
    context.queues.start();

    std::jthread signalWaiter([&server, stopSignals] {
        int signal = 0;
        sigwait(&stopSignals, &signal);
        if (signal == SIGUSR1)
            return; // woken by main after a server failure
        std::cerr << "perfdash-demo-target: signal " << signal << ", stopping" << std::endl;
        server.stop();
    });

    std::cerr << "perfdash-demo-target " << PERFDASH_VERSION_STRING << ": " << config->threads
              << " threads, db latency " << config->dbLatencyMs << " ms, cache ttl "
              << config->cacheTtlSeconds << " s, imports " << (config->perRowInserts ? "per-row" : "bulk")
              << ", faults " << FaultInjection::describe(context.faults.state()) << std::endl;
    std::cout << "perfdash-demo-target listening on " << displayUrl(*config, port) << std::endl;

    const bool ok = server.run();
    context.queues.stop();
    if (!ok)
        pthread_kill(signalWaiter.native_handle(), SIGUSR1);
    if (!ok) {
        std::cerr << "perfdash-demo-target: server failed" << std::endl;
        return 1;
    }
    std::cerr << "perfdash-demo-target: stopped" << std::endl;
    return 0;
}
