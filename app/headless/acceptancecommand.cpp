#include "acceptancecommand.h"

#include "acceptanceplan.h"
#include "acceptanceprinter.h"
#include "acceptanceresultstore.h"
#include "interruptguard.h"
#include "planrunner.h"
#include "reportfiles.h"
#include "reportfonts.h"
#include "timeseriesstore.h"
#include "workspaceconfig.h"
#include "workspacepaths.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <cstdio>

namespace {
constexpr int exitPassed = 0;
constexpr int exitRuntime = 1;
constexpr int exitUsage = 2;
constexpr int exitFailedCriterion = 99; // as `perfdash load run`, k6's convention

void printError(const QString& text)
{
    std::fputs(qPrintable(QStringLiteral("perfdash acceptance: ") + text + QLatin1Char('\n')), stderr);
}

void print(FILE* stream, const QString& text)
{
    std::fputs(qPrintable(text), stream);
    std::fflush(stream);
}

struct Output
{
    QString fileName;
    report::ReportFormat format;
};

struct Options
{
    QString planFile;
    // Its PostgreSQL and Redis sources and alert rules are watched during the run, and the result is
    // saved in its store; empty: neither.
    QString workspace;
    report::PlanRunner::Options run;
    report::ReportOptions report;
    std::vector<Output> outputs;
    bool printDefaultPlan = false;
    bool validateOnly = false;
};

// -1: go on; else the exit status.
int parse(const QStringList& arguments, Options* options)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Run an acceptance plan (the seeds' criteria by default) "
                                                    "and write its report."));
    parser.addPositionalArgument(QStringLiteral("plan"),
                                 QStringLiteral("Plan file (default: the built-in plan)."));
    const QCommandLineOption target(QStringLiteral("target"),
                                    QStringLiteral("Base URL of the system under test (default: the plan's, "
                                                   "else http://127.0.0.1:8088)."),
                                    QStringLiteral("url"));
    const QCommandLineOption duration({QStringLiteral("d"), QStringLiteral("duration")},
                                      QStringLiteral("Shorten every load scenario to this (e.g. 30s); the "
                                                     "report says so."),
                                      QStringLiteral("time"));
    const QCommandLineOption users(
        {QStringLiteral("u"), QStringLiteral("users")},
        QStringLiteral("Closed model: this many users instead; the report says so."), QStringLiteral("n"));
    const QCommandLineOption pdf(QStringLiteral("report"), QStringLiteral("Write the PDF report."),
                                 QStringLiteral("file.pdf"));
    const QCommandLineOption html(QStringLiteral("html"), QStringLiteral("Write the HTML report."),
                                  QStringLiteral("file"));
    const QCommandLineOption csv(QStringLiteral("csv"), QStringLiteral("Write the CSV."),
                                 QStringLiteral("file"));
    const QCommandLineOption json(
        QStringLiteral("json"),
        QStringLiteral("Write the full result as JSON ('perfdash report' re-renders it)."),
        QStringLiteral("file"));
    const QCommandLineOption junit(QStringLiteral("junit"),
                                   QStringLiteral("Write JUnit XML, one case per criterion."),
                                   QStringLiteral("file"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QStringLiteral("Report language: en (default) or zh."),
                                  QStringLiteral("en|zh"), QStringLiteral("en"));
    const QCommandLineOption signedBy(
        QStringLiteral("signed-by"),
        QStringLiteral("Who ran it, for the cover and sign-off (default: $USER)."), QStringLiteral("name"));
    const QCommandLineOption allowRemote(QStringLiteral("allow-remote"),
                                         QStringLiteral("Allow a target other than loopback."));
    const QCommandLineOption validate(QStringLiteral("validate"),
                                      QStringLiteral("Check the plan (every field error printed) and exit."));
    const QCommandLineOption printDefault(QStringLiteral("print-default-plan"),
                                          QStringLiteral("Print the built-in plan's JSON and exit."));
    const QCommandLineOption workspace(
        QStringLiteral("workspace"),
        QStringLiteral("Watch this workspace's PostgreSQL and Redis sources and evaluate its alert rules "
                       "during the run, and save the result in its store (its Reports page lists it)."),
        QStringLiteral("name|dir"));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help."));
    parser.addOptions({target, duration, users, pdf, html, csv, json, junit, lang, signedBy, allowRemote,
                       workspace, validate, printDefault, help});
    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        return exitUsage;
    }
    if (parser.isSet(help)) {
        print(stdout,
              parser.helpText() + QStringLiteral("\nExit status: 0 every required criterion passed, 99 one "
                                                 "failed, 2 bad arguments or plan, 1 the run could not be "
                                                 "done.\n"));
        return exitPassed;
    }
    options->printDefaultPlan = parser.isSet(printDefault);
    options->validateOnly = parser.isSet(validate);
    const QStringList positional = parser.positionalArguments(); // "acceptance" [plan]
    if (positional.size() > 2) {
        printError(QStringLiteral("unexpected argument '%1'").arg(positional.at(2)));
        return exitUsage;
    }
    options->planFile = positional.value(1);
    options->workspace = parser.value(workspace);
    options->run.target = parser.value(target);
    options->run.allowRemote = parser.isSet(allowRemote);
    options->run.ranBy = parser.isSet(signedBy) ? parser.value(signedBy) : qEnvironmentVariable("USER");
    options->report.signedBy = parser.value(signedBy);
    options->report.language = parser.value(lang);
    if (options->report.language != QLatin1String("en") && options->report.language != QLatin1String("zh")) {
        printError(QStringLiteral("--lang expects en or zh, got \"%1\"").arg(options->report.language));
        return exitUsage;
    }
    if (!options->run.target.isEmpty() && !options->run.target.startsWith(QLatin1String("http://")) &&
        !options->run.target.startsWith(QLatin1String("https://"))) {
        printError(QStringLiteral("--target expects an http:// or https:// URL, got \"%1\"")
                       .arg(options->run.target));
        return exitUsage;
    }
    if (parser.isSet(duration) &&
        !load::ScenarioFields::parseDuration(parser.value(duration), &options->run.overrides.durationMs)) {
        printError(QStringLiteral("--duration expects a duration such as 30s, got \"%1\"")
                       .arg(parser.value(duration)));
        return exitUsage;
    }
    if (parser.isSet(users)) {
        bool ok = false;
        options->run.overrides.users = parser.value(users).toInt(&ok);
        if (!ok || options->run.overrides.users <= 0) {
            printError(
                QStringLiteral("--users expects a positive integer, got \"%1\"").arg(parser.value(users)));
            return exitUsage;
        }
    }
    const std::pair<const QCommandLineOption*, report::ReportFormat> outputs[] = {
        {&pdf, report::ReportFormat::Pdf},
        {&html, report::ReportFormat::Html},
        {&csv, report::ReportFormat::Csv},
        {&json, report::ReportFormat::Json},
        {&junit, report::ReportFormat::JUnit}};
    for (const auto& [option, format] : outputs)
        if (parser.isSet(*option))
            options->outputs.push_back({parser.value(*option), format});
    return -1;
}

bool loadPlan(const QString& fileName, report::AcceptancePlan* plan)
{
    QStringList errors;
    bool ok = false;
    if (fileName.isEmpty()) {
        *plan = report::AcceptancePlan::defaultPlan();
        return true;
    }
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        printError(QStringLiteral("cannot read %1: %2").arg(fileName, file.errorString()));
        return false;
    }
    ok = report::AcceptancePlan::fromJsonText(file.readAll(), QFileInfo(fileName).absolutePath(), plan,
                                              &errors);
    for (const QString& error : errors)
        printError(fileName + QStringLiteral(": ") + error);
    return ok;
}

// The sources and rules of a workspace's workspace.json (read only: a perfdash watching it keeps
// its data file); false with the file's error printed. A workspace without the file watches
// nothing more and only keeps the result.
bool loadWorkspace(const QString& nameOrPath, report::PlanRunner::Options* run)
{
    const QString fileName = WorkspacePaths::resolve(nameOrPath).configFile();
    QFile file(fileName);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        printError(QStringLiteral("cannot read %1: %2").arg(fileName, file.errorString()));
        return false;
    }
    WorkspaceConfig config;
    QString error;
    if (!WorkspaceConfig::fromJson(file.readAll(), &config, &error)) {
        printError(fileName + QStringLiteral(": ") + error);
        return false;
    }
    run->postgres = config.postgres;
    run->redis = config.redis;
    run->alertRules = config.alertRules;
    return true;
}

// False with the reason printed when the workspace's store cannot take the result.
bool saveResult(const QString& workspace, const report::PlanResult& result)
{
    const WorkspacePaths paths = WorkspacePaths::resolve(workspace);
    store::TimeSeriesStore store;
    QString error;
    std::optional<std::int64_t> id;
    if (paths.ensureDirectory(&error) && store.open(paths.dataFile(), store::StoreOptions(), &error))
        id = report::AcceptanceResultStore(&store).save(result, &error);
    if (!id) {
        printError(QStringLiteral("the result was not saved in %1: %2").arg(paths.dataFile(), error));
        return false;
    }
    print(stdout, QStringLiteral("saved as acceptance result %1 in %2\n").arg(*id).arg(paths.dataFile()));
    return true;
}
} // namespace

namespace AcceptanceCommand {

int run(const QStringList& arguments)
{
    Options options;
    if (const int status = parse(arguments, &options); status >= 0)
        return status;
    if (options.printDefaultPlan) {
        print(stdout, QString::fromUtf8(report::AcceptancePlan::defaultPlanJson()));
        return exitPassed;
    }
    report::AcceptancePlan plan;
    if (!loadPlan(options.planFile, &plan))
        return exitUsage;
    if (!options.workspace.isEmpty() && !loadWorkspace(options.workspace, &options.run))
        return exitUsage;
    if (options.validateOnly) {
        print(stdout, QStringLiteral("%1: valid (%2 scenario(s), %3 criteria)\n")
                          .arg(options.planFile.isEmpty() ? QStringLiteral("default plan") : options.planFile)
                          .arg(plan.scenarios.size())
                          .arg(plan.criteria.size()));
        return exitPassed;
    }
    // A missing report font is found before the run, not after minutes of load.
    for (const Output& output : options.outputs) {
        QString error;
        if ((output.format == report::ReportFormat::Pdf || output.format == report::ReportFormat::Html) &&
            !report::ReportFonts::load(&error)) {
            printError(error);
            return exitRuntime;
        }
    }
    print(stdout, QStringLiteral("acceptance plan %1: %2 (%3 scenario(s), %4 criteria)\n")
                      .arg(plan.name, plan.system)
                      .arg(plan.scenarios.size())
                      .arg(plan.criteria.size()));
    const report::PlanResult result = [&] {
        InterruptGuard interrupt;
        return report::PlanRunner::run(
            plan, options.run, [](const QString& line) { print(stdout, line + QLatin1Char('\n')); },
            InterruptGuard::flag());
    }();
    print(stdout, AcceptancePrinter::summary(result));

    for (const Output& output : options.outputs) {
        QString error;
        if (!report::writeReport(result, output.format, options.report, output.fileName, &error)) {
            printError(error);
            return exitRuntime;
        }
        if (output.fileName != QLatin1String("-"))
            print(stdout, QStringLiteral("wrote %1\n").arg(output.fileName));
    }
    // After the files: a store another perfdash holds does not cost the reports.
    if (!options.workspace.isEmpty() && !saveResult(options.workspace, result))
        return exitRuntime;
    if (!result.error.isEmpty()) {
        printError(result.error);
        return exitRuntime;
    }
    return result.passed() ? exitPassed : exitFailedCriterion;
}

} // namespace AcceptanceCommand
