#include "loadcommand.h"

#include "interruptguard.h"
#include "loadprinter.h"
#include "loadrun.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>
#include <cstdio>

namespace {
void printError(const QString& text)
{
    std::fputs(qPrintable(QStringLiteral("perfdash load: ") + text + QLatin1Char('\n')), stderr);
}

bool readCount(const QString& text, std::int64_t min, std::int64_t max, std::int64_t* out)
{
    bool ok = false;
    const qlonglong value = text.toLongLong(&ok);
    if (!ok || value < min || value > max)
        return false;
    *out = value;
    return true;
}

bool writeJson(const QString& file, const QByteArray& json, QString* error)
{
    if (file == QLatin1String("-")) {
        std::fwrite(json.constData(), 1, std::size_t(json.size()), stdout);
        return true;
    }
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(json) != json.size()) {
        *error = QStringLiteral("cannot write %1: %2").arg(file, out.errorString());
        return false;
    }
    return true;
}
} // namespace

bool LoadCommand::parseDuration(const QString& text, std::int64_t* ms)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d+(?:\\.\\d+)?)(ms|s|m|h)?$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return false;
    const double value = match.captured(1).toDouble();
    const QString unit = match.captured(2);
    const double factor = unit == QLatin1String("ms")  ? 1.0
                          : unit == QLatin1String("m") ? 60'000.0
                          : unit == QLatin1String("h") ? 3'600'000.0
                                                       : 1000.0;
    const double result = value * factor;
    if (result > 1e15)
        return false;
    *ms = std::int64_t(result + 0.5);
    return true;
}

bool LoadCommand::parseRunArguments(const QStringList& arguments, LoadRunOptions* options, QString* error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Load a web target and report throughput, latency percentiles and errors by kind."));
    parser.addPositionalArgument(QStringLiteral("run"), QStringLiteral("Run a load test."));
    const QCommandLineOption url(QStringLiteral("url"),
                                 QStringLiteral("The URL to load (loopback unless --allow-remote)."),
                                 QStringLiteral("url"));
    const QCommandLineOption connections(
        {QStringLiteral("c"), QStringLiteral("connections")},
        QStringLiteral("Concurrent users (closed) or connections (open); default 10."), QStringLiteral("N"),
        QStringLiteral("10"));
    const QCommandLineOption duration({QStringLiteral("d"), QStringLiteral("duration")},
                                      QStringLiteral("How long to run (10s, 2m, 500ms); default 10s."),
                                      QStringLiteral("time"), QStringLiteral("10s"));
    const QCommandLineOption rate(QStringLiteral("rate"),
                                  QStringLiteral("Arrivals per second (open model; implies --model open)."),
                                  QStringLiteral("R"));
    const QCommandLineOption model(QStringLiteral("model"), QStringLiteral("closed (default) or open."),
                                   QStringLiteral("closed|open"));
    const QCommandLineOption think(QStringLiteral("think"),
                                   QStringLiteral("Closed model: pause after each answer; default 0ms."),
                                   QStringLiteral("time"), QStringLiteral("0ms"));
    const QCommandLineOption rampUp(
        QStringLiteral("ramp-up"),
        QStringLiteral("Closed model: start the users evenly over this time; default 0s."),
        QStringLiteral("time"), QStringLiteral("0s"));
    const QCommandLineOption requests(QStringLiteral("requests"),
                                      QStringLiteral("Stop after this many requests; default 10000000."),
                                      QStringLiteral("N"), QStringLiteral("10000000"));
    const QCommandLineOption timeout(
        QStringLiteral("timeout"), QStringLiteral("A request taking longer fails as a timeout; default 10s."),
        QStringLiteral("time"), QStringLiteral("10s"));
    const QCommandLineOption workers(QStringLiteral("workers"),
                                     QStringLiteral("Worker threads; default one per core."),
                                     QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption method(QStringLiteral("method"), QStringLiteral("HTTP method; default GET."),
                                    QStringLiteral("method"), QStringLiteral("GET"));
    const QCommandLineOption header({QStringLiteral("H"), QStringLiteral("header")},
                                    QStringLiteral("A request header 'Name: value' (repeatable)."),
                                    QStringLiteral("header"));
    const QCommandLineOption body(QStringLiteral("body"), QStringLiteral("Request body."),
                                  QStringLiteral("text"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QStringLiteral("Also write the result as JSON ('-': stdout)."),
                                  QStringLiteral("file"));
    const QCommandLineOption allowRemote(QStringLiteral("allow-remote"),
                                         QStringLiteral("Allow a target that is not on this machine."));
    const QCommandLineOption curl(
        QStringLiteral("curl"),
        QStringLiteral("Send plain http through libcurl too (https always is); slower."));
    const QCommandLineOption insecure(QStringLiteral("insecure"),
                                      QStringLiteral("Do not verify TLS certificates."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help."));
    parser.addOptions({url, connections, duration, rate, model, think, rampUp, requests, timeout, workers,
                       method, header, body, json, allowRemote, curl, insecure, help});
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return false;
    }
    const QStringList positional = parser.positionalArguments(); // "load", "run", ...
    if (positional.size() < 2 || positional.at(1) != QLatin1String("run")) {
        *error = QStringLiteral("expected 'perfdash load run ...'");
        return false;
    }
    options->positional = positional.mid(2);
    if (parser.isSet(help)) {
        options->showHelp = true;
        options->helpText = parser.helpText();
        return true;
    }

    load::LoadPlan& plan = options->plan;
    std::int64_t users = 0;
    std::int64_t workerCount = 0;
    if (!readCount(parser.value(connections), 1, 100'000, &users)) {
        *error = QStringLiteral("--connections must be a whole number from 1 to 100000");
        return false;
    }
    if (!readCount(parser.value(workers), 0, 256, &workerCount)) {
        *error = QStringLiteral("--workers must be a whole number from 0 (one per core) to 256");
        return false;
    }
    if (!readCount(parser.value(requests), 1, INT64_MAX, &plan.maxRequests)) {
        *error = QStringLiteral("--requests must be a whole number above 0");
        return false;
    }
    plan.users = int(users);
    plan.workers = int(workerCount);
    const std::pair<const QCommandLineOption*, std::int64_t*> durations[] = {
        {&duration, &plan.durationMs},
        {&think, &plan.thinkTimeMs},
        {&rampUp, &plan.rampUpMs},
        {&timeout, &plan.requestTimeoutMs}};
    for (const auto& [option, out] : durations) {
        if (!parseDuration(parser.value(*option), out)) {
            *error = QStringLiteral("--%1: '%2' is not a duration (such as 10s, 500ms, 2m)")
                         .arg(option->names().constLast(), parser.value(*option));
            return false;
        }
    }
    if (plan.durationMs <= 0 || plan.requestTimeoutMs <= 0) {
        *error = plan.durationMs <= 0 ? QStringLiteral("--duration must be above 0")
                                      : QStringLiteral("--timeout must be above 0");
        return false;
    }
    if (plan.rampUpMs > plan.durationMs) {
        *error = QStringLiteral("--ramp-up must not be longer than --duration");
        return false;
    }
    const QString modelName = parser.value(model);
    if (!modelName.isEmpty() && modelName != QLatin1String("closed") && modelName != QLatin1String("open")) {
        *error = QStringLiteral("--model must be closed or open, not '%1'").arg(modelName);
        return false;
    }
    plan.model = modelName == QLatin1String("closed") || (modelName.isEmpty() && !parser.isSet(rate))
                     ? load::LoadModel::Closed
                     : load::LoadModel::Open;
    if (plan.model == load::LoadModel::Open) {
        bool ok = false;
        plan.ratePerSecond = parser.value(rate).toDouble(&ok);
        if (!ok || !(plan.ratePerSecond > 0) || plan.ratePerSecond > 1e7) {
            *error = QStringLiteral("--rate must be above 0 (arrivals per second) for the open model");
            return false;
        }
    } else if (parser.isSet(rate)) {
        *error =
            QStringLiteral("--rate sets the open model's arrival rate; it does not go with --model closed");
        return false;
    }
    if ((parser.isSet(think) || parser.isSet(rampUp)) && plan.model == load::LoadModel::Open) {
        *error = QStringLiteral("--think and --ramp-up are for the closed model");
        return false;
    }

    options->url = parser.value(url);
    if (options->url.isEmpty()) {
        *error = QStringLiteral("--url is required");
        return false;
    }
    const QUrl parsed(options->url, QUrl::StrictMode);
    if (!parsed.isValid() || parsed.host().isEmpty() ||
        (parsed.scheme() != QLatin1String("http") && parsed.scheme() != QLatin1String("https"))) {
        *error = QStringLiteral("--url: '%1' is not an http(s) URL").arg(options->url);
        return false;
    }
    load::PlannedRequest request;
    request.method = parser.value(method).toUpper().toLatin1();
    request.name = QString::fromLatin1(request.method) + QLatin1Char(' ') + parsed.path(QUrl::FullyEncoded);
    request.url = parsed.toString(QUrl::FullyEncoded).toStdString();
    request.body = parser.value(body).toStdString();
    for (const QString& line : parser.values(header)) {
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon <= 0) {
            *error = QStringLiteral("--header: '%1' is not 'Name: value'").arg(line);
            return false;
        }
        request.headers.emplace_back(line.left(colon).trimmed().toStdString(),
                                     line.mid(colon + 1).trimmed().toStdString());
    }
    plan.requests = {request};
    plan.allowRemote = parser.isSet(allowRemote);
    plan.verifyTls = !parser.isSet(insecure);
    plan.useCurlForPlainHttp = parser.isSet(curl);
    options->jsonFile = parser.value(json);
    return true;
}

int LoadCommand::run(const QStringList& arguments)
{
    LoadRunOptions options;
    QString error;
    if (!parseRunArguments(arguments, &options, &error)) {
        printError(error);
        std::fputs("Try 'perfdash load run --help'.\n", stderr);
        return 2;
    }
    if (options.showHelp) {
        std::fputs(qPrintable(options.helpText), stdout);
        return 0;
    }
    if (!options.positional.isEmpty()) {
        printError(QStringLiteral("unexpected argument '%1'").arg(options.positional.first()));
        return 2;
    }
    if (const QString planProblem = load::planError(options.plan); !planProblem.isEmpty()) {
        printError(planProblem);
        return 1;
    }
    const bool toStdout = options.jsonFile == QLatin1String("-");
    FILE* text = toStdout ? stderr : stdout;
    std::fputs(qPrintable(LoadPrinter::header(options.plan, options.url)), text);
    std::fflush(text);

    const load::LoadResult result = [&] {
        InterruptGuard interrupt;
        return load::runLoad(options.plan, {}, InterruptGuard::flag());
    }();

    if (result.end == load::RunEnd::Failed) {
        printError(result.error);
        return 1;
    }
    std::fputs(qPrintable(LoadPrinter::summary(options.plan, result)), text);
    if (!options.jsonFile.isEmpty() &&
        !writeJson(options.jsonFile,
                   QJsonDocument(LoadPrinter::json(options.plan, options.url, result)).toJson(), &error)) {
        printError(error);
        return 1;
    }
    const load::EndpointFigures& total = result.totals.total;
    if (total.requests > 0 && total.errors[int(load::ErrorKind::Connect)] == total.requests) {
        printError(QStringLiteral("cannot connect to %1: every request failed to connect").arg(options.url));
        return 1;
    }
    if (result.end == load::RunEnd::Cancelled) {
        printError(QStringLiteral("interrupted; the figures above are what was measured until then"));
        return 1;
    }
    return 0;
}
