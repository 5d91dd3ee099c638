#include "options.h"

#include <QCommandLineParser>
#include <cstdio>
#include <functional>

namespace {
struct NumberOption
{
    QCommandLineOption option;
    double min;
    double max;
    std::function<void(DemoConfig&, double)> apply;
};

QCommandLineOption valueOption(const char* name, const char* help, const char* valueName)
{
    return QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(help),
                              QString::fromLatin1(valueName));
}

std::vector<NumberOption> numberOptions()
{
    const auto asInt = [](int DemoConfig::*field) {
        return [field](DemoConfig& config, double value) { config.*field = int(value); };
    };
    const auto asDouble = [](double DemoConfig::*field) {
        return [field](DemoConfig& config, double value) { config.*field = value; };
    };
    return {
        {valueOption("port", "TCP port, 0 lets the kernel pick (default 8088).", "N"), 0, 65535,
         asInt(&DemoConfig::port)},
        {valueOption("threads", "HTTP worker threads, one per open connection (default 256).", "N"), 8, 4096,
         asInt(&DemoConfig::threads)},
        {valueOption("keep-alive-timeout-s", "Idle keep-alive connections close after this (default 10).",
                     "S"),
         1, 3600, asInt(&DemoConfig::keepAliveTimeoutSeconds)},
        {valueOption("customers", "Synthetic customers (default 5000).", "N"), 1, 10'000'000,
         asInt(&DemoConfig::customerCount)},
        {valueOption("materials", "Synthetic materials (default 2000).", "N"), 1, 10'000'000,
         asInt(&DemoConfig::materialCount)},
        {valueOption("db-latency-ms", "Simulated cost of one database read (default 40).", "MS"), 0, 600'000,
         asInt(&DemoConfig::dbLatencyMs)},
        {valueOption("cache-ttl-s", "Time to live of cached customers and pages (default 60).", "S"), 1,
         86'400, asInt(&DemoConfig::cacheTtlSeconds)},
        {valueOption("db-pool-size", "Database pool size (default 20).", "N"), 1, 10'000,
         asInt(&DemoConfig::dbPoolSize)},
        {valueOption("db-max-overflow", "Connections allowed beyond the pool size (default 10).", "N"), 0,
         10'000, asInt(&DemoConfig::dbMaxOverflow)},
        {valueOption("row-insert-ms", "Cost of one row with --per-row-inserts (default 2).", "MS"), 0, 60'000,
         asDouble(&DemoConfig::rowInsertMs)},
        {valueOption("batch-insert-ms", "Cost of one 500-row bulk insert (default 5).", "MS"), 0, 600'000,
         asDouble(&DemoConfig::batchInsertMs)},
        {valueOption("latency-multiplier", "Fault: stretch every simulated cost (default 1).", "X"), 0, 1000,
         asDouble(&DemoConfig::latencyMultiplier)},
        {valueOption("error-rate", "Fault: share of API requests answered 500, 0..1 (default 0).", "P"), 0, 1,
         asDouble(&DemoConfig::errorRate)},
    };
}

bool applyNumber(const QCommandLineParser& parser, const NumberOption& number, DemoConfig& config)
{
    if (!parser.isSet(number.option))
        return true;
    bool ok = false;
    const double value = parser.value(number.option).toDouble(&ok);
    if (!ok || value < number.min || value > number.max) {
        std::fprintf(stderr, "perfdash-demo-target: --%s must be a number in [%g, %g]\n",
                     qPrintable(number.option.names().constFirst()), number.min, number.max);
        return false;
    }
    number.apply(config, value);
    return true;
}
} // namespace

std::optional<DemoConfig> parseOptions(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("A loopback HTTP server modelling the seeds' back-ends "
                                                    "(CRM, ERP, WMS) for perfdash demos and tests."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption bind(QStringLiteral("bind"), QStringLiteral("127.0.0.1 (default) or ::1."),
                                  QStringLiteral("ADDRESS"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption perRow(QStringLiteral("per-row-inserts"),
                                    QStringLiteral("Imports insert row by row (slow on purpose)."));
    const QCommandLineOption outage(QStringLiteral("health-outage"),
                                    QStringLiteral("Fault: /health answers 503."));
    const QCommandLineOption growth(QStringLiteral("queue-growth"),
                                    QStringLiteral("Fault: task queues grow."));
    const QCommandLineOption tlsCert(
        QStringLiteral("tls-cert"),
        QStringLiteral("Serve HTTPS with this PEM certificate (needs --tls-key)."), QStringLiteral("FILE"));
    const QCommandLineOption tlsKey(QStringLiteral("tls-key"),
                                    QStringLiteral("PEM private key of --tls-cert, unencrypted."),
                                    QStringLiteral("FILE"));
    const std::vector<NumberOption> numbers = numberOptions();
    parser.addOptions({bind, perRow, outage, growth, tlsCert, tlsKey});
    for (const NumberOption& number : numbers)
        parser.addOption(number.option);
    parser.process(arguments);

    DemoConfig config;
    config.bindAddress = parser.value(bind).toStdString();
    if (config.bindAddress != "127.0.0.1" && config.bindAddress != "::1") {
        std::fprintf(stderr, "perfdash-demo-target: --bind accepts 127.0.0.1 or ::1 only (loopback)\n");
        return std::nullopt;
    }
    for (const NumberOption& number : numbers) {
        if (!applyNumber(parser, number, config))
            return std::nullopt;
    }
    config.perRowInserts = parser.isSet(perRow);
    config.healthOutage = parser.isSet(outage);
    config.queueGrowth = parser.isSet(growth);
    config.tlsCertFile = parser.value(tlsCert).toStdString();
    config.tlsKeyFile = parser.value(tlsKey).toStdString();
    if (config.tlsCertFile.empty() != config.tlsKeyFile.empty()) {
        std::fprintf(stderr, "perfdash-demo-target: --tls-cert and --tls-key go together\n");
        return std::nullopt;
    }
    return config;
}
