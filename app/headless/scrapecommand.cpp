#include "scrapecommand.h"

#include "collectorservice.h"
#include "instantquantiles.h"
#include "scrapeprinter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTimer>
#include <cstdio>
#include <set>

namespace {
void printError(const QString& text)
{
    std::fputs(qPrintable(QStringLiteral("perfdash scrape: ") + text + QLatin1Char('\n')), stderr);
}

struct Options
{
    QList<ScrapeTarget> targets;
    bool json = false;
    bool watch = false;
};

int parse(const QStringList& arguments, Options* options)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Scrape Prometheus /metrics endpoints once and print what they expose."));
    parser.addPositionalArgument(QStringLiteral("url"), QStringLiteral("Metrics URL(s) to scrape."),
                                 QStringLiteral("<url>..."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON instead of text."));
    const QCommandLineOption watch(QStringLiteral("watch"),
                                   QStringLiteral("Scrape every interval until interrupted."));
    const QCommandLineOption interval(QStringLiteral("interval"),
                                      QStringLiteral("Seconds between scrapes with --watch (default 5)."),
                                      QStringLiteral("seconds"), QStringLiteral("5"));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     QStringLiteral("Seconds before a scrape gives up (default 10)."),
                                     QStringLiteral("seconds"), QStringLiteral("10"));
    const QCommandLineOption insecure(QStringLiteral("insecure"),
                                      QStringLiteral("Do not verify TLS certificates."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help."));
    parser.addOptions({json, watch, interval, timeout, insecure, help});
    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        return 2;
    }
    if (parser.isSet(help)) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return 0;
    }
    bool intervalOk = false;
    bool timeoutOk = false;
    const double intervalSeconds = parser.value(interval).toDouble(&intervalOk);
    const double timeoutSeconds = parser.value(timeout).toDouble(&timeoutOk);
    if (!intervalOk || intervalSeconds < 0.1 || !timeoutOk || timeoutSeconds <= 0) {
        printError(QStringLiteral("--interval must be at least 0.1 and --timeout above 0 seconds"));
        return 2;
    }
    const QStringList urls = parser.positionalArguments().mid(1); // first is "scrape"
    if (urls.isEmpty()) {
        printError(QStringLiteral("no URL given; try 'perfdash scrape --help'"));
        return 2;
    }
    std::set<QString> seen;
    for (const QString& text : urls) {
        const QUrl url(text, QUrl::StrictMode);
        if (!url.isValid() ||
            (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
            printError(QStringLiteral("not an http(s) URL: %1").arg(text));
            return 2;
        }
        if (!seen.insert(text).second)
            continue;
        ScrapeTarget target;
        target.name = text;
        target.url = url;
        // One-shot runs scrape at once; the interval only paces --watch.
        target.intervalMs = int(intervalSeconds * 1000);
        target.timeoutMs = int(timeoutSeconds * 1000);
        target.insecureSkipVerify = parser.isSet(insecure);
        options->targets.append(target);
    }
    options->json = parser.isSet(json);
    options->watch = parser.isSet(watch);
    return -1;
}
} // namespace

int ScrapeCommand::run(const QStringList& arguments)
{
    Options options;
    if (const int status = parse(arguments, &options); status >= 0)
        return status;

    CollectorService collector;
    int failures = 0;
    std::set<QString> pending;
    for (const ScrapeTarget& target : options.targets)
        pending.insert(target.name);

    QObject::connect(&collector, &CollectorService::scraped, &collector, [&](const ScrapeResult& result) {
        std::fputs(qPrintable(options.json ? ScrapePrinter::json(result) : ScrapePrinter::text(result)),
                   stdout);
        std::fflush(stdout);
        if (!result.up) {
            ++failures;
            printError(result.target + QStringLiteral(": ") + result.error);
        }
        pending.erase(result.target);
        if (!options.watch && pending.empty())
            QCoreApplication::exit(failures == 0 ? 0 : 1);
    });
    collector.configure(options.targets, {}, {});
    collector.start();
    for (const ScrapeTarget& target : options.targets)
        collector.scrapeNow(target.name);
    return QCoreApplication::exec();
}
