#include "scenariocommand.h"

#include "batchoperation.h"
#include "cachesecondaccess.h"
#include "interruptguard.h"
#include "loadcommand.h"
#include "loadprinter.h"
#include "loadrun.h"
#include "loadrunreport.h"
#include "presets.h"
#include "scenario.h"
#include "scenarioprinter.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <cstdio>

namespace {
constexpr int exitPassed = 0;
constexpr int exitRuntime = 1;
constexpr int exitUsage = 2;
constexpr int exitThresholds = 99; // k6's exit code when a threshold failed

const QString defaultTarget = QStringLiteral("http://127.0.0.1:8088");

void printError(const QString& text)
{
    std::fputs(qPrintable(QStringLiteral("perfdash load: ") + text + QLatin1Char('\n')), stderr);
}

void print(FILE* stream, const QString& text)
{
    std::fputs(qPrintable(text), stream);
    std::fflush(stream);
}

bool writeFile(const QString& path, const QByteArray& bytes, QString* error)
{
    if (path == QLatin1String("-")) {
        std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stdout);
        return true;
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size()) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

// A preset by name, else a file; false with the errors (each naming its field) when neither reads.
bool loadScenario(const QString& nameOrFile, load::Scenario* scenario, QStringList* errors)
{
    if (const load::Preset* preset = load::findPreset(nameOrFile))
        return load::Scenario::fromJsonText(preset->json, scenario, errors);
    QFile file(nameOrFile);
    if (!file.open(QIODevice::ReadOnly)) {
        errors->append(QStringLiteral("no preset named \"%1\" and no such file (%2); 'perfdash load presets' "
                                      "lists the presets")
                           .arg(nameOrFile, file.errorString()));
        return false;
    }
    return load::Scenario::fromJsonText(file.readAll(), scenario, errors);
}

void printScenarioErrors(const QString& source, const QStringList& errors)
{
    for (const QString& error : errors)
        printError(source + QStringLiteral(": ") + error);
}

int listPresets()
{
    for (const load::Preset& preset : load::builtinPresets()) {
        load::Scenario scenario;
        QStringList errors;
        load::Scenario::fromJsonText(preset.json, &scenario, &errors);
        print(stdout, QStringLiteral("%1\n    %2\n").arg(preset.name, scenario.description));
    }
    return exitPassed;
}

int validate(const QStringList& files)
{
    if (files.isEmpty()) {
        printError(
            QStringLiteral("validate needs a scenario file; try 'perfdash load validate scenario.json'"));
        return exitUsage;
    }
    int status = exitPassed;
    for (const QString& file : files) {
        load::Scenario scenario;
        QStringList errors;
        load::LoadPlan plan;
        if (!loadScenario(file, &scenario, &errors) ||
            !scenario.compile(defaultTarget, &plan, &errors, false)) {
            printScenarioErrors(file, errors);
            status = exitUsage;
            continue;
        }
        if (const QString problem = scenario.hasLoad() ? load::planError(plan) : QString();
            !problem.isEmpty()) {
            printScenarioErrors(file, {problem});
            status = exitUsage;
            continue;
        }
        print(stdout, QStringLiteral("%1: valid (%2 request(s), %3 threshold(s), %4 acceptance check(s))\n")
                          .arg(file)
                          .arg(scenario.requests.size())
                          .arg(scenario.thresholds.size())
                          .arg(int(scenario.batch.size()) + (scenario.cacheSecondAccess ? 1 : 0)));
    }
    return status;
}

struct RunOptions
{
    QString source;
    QString target;
    QString jsonFile;
    QString junitFile;
    load::ScenarioOverrides overrides;
    bool allowRemote = false;
};

// -1: go on; else the exit status.
int parseRunOptions(const QStringList& arguments, RunOptions* options)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Run a load scenario (a JSON file or a built-in preset) "
                                                    "and judge its thresholds and acceptance checks."));
    parser.addPositionalArgument(QStringLiteral("scenario"), QStringLiteral("Scenario file or preset name."));
    const QCommandLineOption target(QStringLiteral("target"),
                                    QStringLiteral("Base URL the scenario's paths go to (default: the "
                                                   "scenario's target, else http://127.0.0.1:8088)."),
                                    QStringLiteral("url"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QStringLiteral("Write the full record as JSON (- for stdout)."),
                                  QStringLiteral("file"));
    const QCommandLineOption junit(QStringLiteral("junit"),
                                   QStringLiteral("Write one JUnit test case per threshold and check."),
                                   QStringLiteral("file"));
    const QCommandLineOption duration({QStringLiteral("d"), QStringLiteral("duration")},
                                      QStringLiteral("Run this long instead (e.g. 30s)."),
                                      QStringLiteral("time"));
    const QCommandLineOption users({QStringLiteral("u"), QStringLiteral("users")},
                                   QStringLiteral("Closed model: this many users instead."),
                                   QStringLiteral("n"));
    const QCommandLineOption rate(QStringLiteral("rate"),
                                  QStringLiteral("Open model: this arrival rate instead."),
                                  QStringLiteral("per-second"));
    const QCommandLineOption maxRequests(QStringLiteral("max-requests"),
                                         QStringLiteral("Stop after this many requests."),
                                         QStringLiteral("n"));
    const QCommandLineOption allowRemote(QStringLiteral("allow-remote"),
                                         QStringLiteral("Allow a target other than loopback."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help."));
    parser.addOptions({target, json, junit, duration, users, rate, maxRequests, allowRemote, help});
    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        return exitUsage;
    }
    if (parser.isSet(help)) {
        LoadRunOptions wrkForm;
        QString ignored;
        LoadCommand::parseRunArguments(
            {arguments.value(0), QStringLiteral("load"), QStringLiteral("run"), QStringLiteral("--help")},
            &wrkForm, &ignored);
        print(stdout,
              parser.helpText() +
                  QStringLiteral("\nPresets: 'perfdash load presets'; 'perfdash load validate FILE' checks "
                                 "a scenario without running it.\nExit status: 0 all passed, 99 a "
                                 "threshold or check failed, 2 bad arguments or scenario, 1 the run "
                                 "could not be done.\n\nOne URL without a scenario, as wrk does "
                                 "(perfdash load run --url URL ...):\n") +
                  wrkForm.helpText);
        return exitPassed;
    }
    const QStringList positional = parser.positionalArguments(); // "load", "run", scenario
    if (positional.size() != 3) {
        printError(positional.size() < 3 ? QStringLiteral("run needs a scenario file or a preset name")
                                         : QStringLiteral("unexpected argument '%1'").arg(positional.at(3)));
        return exitUsage;
    }
    options->source = positional.at(2);
    options->target = parser.value(target);
    options->jsonFile = parser.value(json);
    options->junitFile = parser.value(junit);
    options->allowRemote = parser.isSet(allowRemote);
    if (!options->target.isEmpty() && !options->target.startsWith(QLatin1String("http://")) &&
        !options->target.startsWith(QLatin1String("https://"))) {
        printError(
            QStringLiteral("--target expects an http:// or https:// URL, got \"%1\"").arg(options->target));
        return exitUsage;
    }
    if (parser.isSet(duration) &&
        !load::ScenarioFields::parseDuration(parser.value(duration), &options->overrides.durationMs)) {
        printError(QStringLiteral("--duration expects a duration such as 30s, got \"%1\"")
                       .arg(parser.value(duration)));
        return exitUsage;
    }
    const auto positiveNumber = [&](const QCommandLineOption& option, auto* out) {
        if (!parser.isSet(option))
            return true;
        bool ok = false;
        const double value = parser.value(option).toDouble(&ok);
        if (!ok || value <= 0) {
            printError(QStringLiteral("--%1 expects a positive number, got \"%2\"")
                           .arg(option.names().constLast(), parser.value(option)));
            return false;
        }
        *out = decltype(+*out)(value);
        return true;
    };
    if (!positiveNumber(users, &options->overrides.users) ||
        !positiveNumber(rate, &options->overrides.rate) ||
        !positiveNumber(maxRequests, &options->overrides.maxRequests))
        return exitUsage;
    return -1;
}

int runScenario(const QStringList& arguments)
{
    RunOptions options;
    if (const int status = parseRunOptions(arguments, &options); status >= 0)
        return status;
    load::LoadRunReport report;
    QStringList errors;
    if (!loadScenario(options.source, &report.scenario, &errors)) {
        printScenarioErrors(options.source, errors);
        return exitUsage;
    }
    report.scenario.apply(options.overrides);
    report.scenario.allowRemote = report.scenario.allowRemote || options.allowRemote;
    report.target = !options.target.isEmpty()           ? options.target
                    : !report.scenario.target.isEmpty() ? report.scenario.target
                                                        : defaultTarget;
    load::LoadPlan plan;
    if (!report.scenario.compile(report.target, &plan, &errors)) {
        printScenarioErrors(options.source, errors);
        return exitUsage;
    }
    // With the JSON on stdout, the human-readable lines go to stderr.
    FILE* text = options.jsonFile == QLatin1String("-") ? stderr : stdout;
    print(text, QStringLiteral("scenario %1 against %2\n").arg(report.scenario.name, report.target));
    if (report.scenario.hasLoad()) {
        if (const QString problem = load::planError(plan); !problem.isEmpty()) {
            printError(problem);
            return exitUsage;
        }
        print(text, LoadPrinter::header(plan, report.target));
        {
            InterruptGuard interrupt;
            report.load = load::runLoad(plan, {}, InterruptGuard::flag());
        }
        if (report.load->end == load::RunEnd::Failed) {
            printError(report.load->error);
            return exitRuntime;
        }
        print(text, LoadPrinter::summary(plan, *report.load));
        print(text, ScenarioPrinter::endpoints(report.scenario, *report.load));
        report.thresholds = load::evaluateThresholds(report.scenario.thresholds, *report.load);
        print(text, ScenarioPrinter::thresholds(report.thresholds));
    }
    if (report.scenario.cacheSecondAccess && !InterruptGuard::interrupted()) {
        report.cache = load::CacheSecondAccess::run(*report.scenario.cacheSecondAccess, report.target,
                                                    report.scenario.verifyTls);
        print(text, ScenarioPrinter::cache(*report.cache));
    }
    for (const load::BatchOperation::Config& check : report.scenario.batch) {
        if (InterruptGuard::interrupted())
            break;
        report.batch.push_back(load::BatchOperation::run(check, report.target, report.scenario.verifyTls));
        print(text, ScenarioPrinter::batch(report.batch.back()));
    }
    print(text, ScenarioPrinter::verdict(report));

    QString error;
    if ((!options.jsonFile.isEmpty() &&
         !writeFile(options.jsonFile, QJsonDocument(report.toJson()).toJson(), &error)) ||
        (!options.junitFile.isEmpty() && !writeFile(options.junitFile, report.toJUnit(), &error))) {
        printError(error);
        return exitRuntime;
    }
    if (report.load) {
        const load::EndpointFigures& total = report.load->totals.total;
        if (total.requests > 0 && total.errors[int(load::ErrorKind::Connect)] == total.requests) {
            printError(
                QStringLiteral("cannot connect to %1: every request failed to connect").arg(report.target));
            return exitRuntime;
        }
    }
    if (InterruptGuard::interrupted()) {
        printError(QStringLiteral("interrupted; the figures above are what was measured until then"));
        return exitRuntime;
    }
    return report.passed() ? exitPassed : exitThresholds;
}
} // namespace

namespace ScenarioCommand {

bool handles(const QStringList& arguments)
{
    const QString verb = arguments.value(2);
    if (verb == QLatin1String("presets") || verb == QLatin1String("validate"))
        return true;
    if (verb != QLatin1String("run"))
        return false;
    // A `load run` naming a scenario (an argument that is no option) or asking for help, and no --url
    // of wrk's form.
    bool named = false;
    for (qsizetype i = 3; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--url") || arguments.at(i).startsWith(QLatin1String("--url=")))
            return false;
        named = named || !arguments.at(i).startsWith(QLatin1Char('-')) ||
                arguments.at(i) == QLatin1String("-h") || arguments.at(i) == QLatin1String("--help");
    }
    return named;
}

int run(const QStringList& arguments)
{
    const QString verb = arguments.value(2);
    if (verb == QLatin1String("presets"))
        return listPresets();
    if (verb == QLatin1String("validate"))
        return validate(arguments.mid(3));
    return runScenario(arguments);
}

} // namespace ScenarioCommand
