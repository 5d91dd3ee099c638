#include "acceptancecommand.h"
#include "applogging.h"
#include "apptheme.h"
#include "commandline.h"
#include "dashboardsession.h"
#include "exportcommand.h"
#include "firstrunflow.h"
#include "loadcommand.h"
#include "mainwindow.h"
#include "perfdashversion.h"
#include "reportcommand.h"
#include "scenariocommand.h"
#include "scrapecommand.h"
#include "storecommand.h"
#include "terminallogging.h"
#include "timerangebar.h"
#include "trayicon.h"

#include <QApplication>
#include <QGuiApplication>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTimer>
#include <QTranslator>
#include <cstdio>

namespace {
void printLine(FILE* stream, const QString& text)
{
    std::fputs(qPrintable(text + QLatin1Char('\n')), stream);
}

// Qt aborts when it cannot reach a display; say why and what to do instead.
bool displayAvailable()
{
    return !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || !qEnvironmentVariableIsEmpty("DISPLAY") ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

void installTranslations(QApplication& app)
{
    auto* qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qtTranslator);
    auto* translator = new QTranslator(&app);
    // Any other language (or the C locale) gets the English file, which holds the plural forms.
    if (translator->load(QLocale(), QStringLiteral("perfdash"), QStringLiteral("_"),
                         QStringLiteral(":/i18n")) ||
        translator->load(QStringLiteral(":/i18n/perfdash_en.qm")))
        QApplication::installTranslator(translator);
}

// Renders the window once everything watched has reported (or start-up failed), then quits:
// for the docs, and for machines without a display. Without a session (the welcome page) at once.
void scheduleScreenshot(QApplication& app, MainWindow& window, DashboardSession* session, const QString& file,
                        int afterSeconds)
{
    auto capture = [&app, &window, file](bool ok) {
        QTimer::singleShot(0, &window, [&app, &window, file, ok] {
            if (!window.grab().save(file)) {
                printLine(stderr, QStringLiteral("perfdash: cannot write the screenshot to %1").arg(file));
                app.exit(1);
                return;
            }
            printLine(stdout, QStringLiteral("perfdash: screenshot written to %1").arg(file));
            if (!ok)
                printLine(stderr, QStringLiteral("perfdash: start-up failed; the screenshot shows why"));
            app.exit(ok ? 0 : 1);
        });
    };
    if (!session) {
        capture(true);
        return;
    }
    QObject::connect(session, &DashboardSession::settled, &window, [capture](bool ok) {
        if (!ok)
            capture(false);
    });
    if (afterSeconds > 0) {
        QTimer::singleShot(afterSeconds * 1000, &window, [capture] { capture(true); });
        return;
    }
    QObject::connect(session, &DashboardSession::everythingReported, &window, [capture] { capture(true); });
    // A target that never answers must not hang a headless run: its row says it is still waiting.
    QTimer::singleShot(30000, &window, [capture] { capture(true); });
}
} // namespace

int main(int argc, char** argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    // Headless commands need no display and no window.
    const QString command = arguments.size() > 1 ? arguments.at(1) : QString();
    if (command == QLatin1String("scrape") || command == QLatin1String("export") ||
        command == QLatin1String("import") || command == QLatin1String("load")) {
        quietProgressLogs();
        QCoreApplication core(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("perfdash"));
        QCoreApplication::setApplicationVersion(QStringLiteral(PERFDASH_VERSION_STRING));
        if (command == QLatin1String("export")) // a run or an acceptance result to Prometheus, else the store
            return ExportCommand::handles(arguments) ? ExportCommand::run(arguments)
                                                     : StoreCommand::runExport(arguments);
        if (command == QLatin1String("import"))
            return StoreCommand::runImport(arguments);
        if (command == QLatin1String("load")) {
            // A scenario or preset (perfdash load run my.json, load presets, load validate) or wrk's form.
            if (ScenarioCommand::handles(arguments))
                return ScenarioCommand::run(arguments);
            return LoadCommand::run(arguments);
        }
        return ScrapeCommand::run(arguments);
    }
    // Reports lay out text with fonts, which needs a QGuiApplication; offscreen needs no display.
    if (command == QLatin1String("acceptance") || command == QLatin1String("report")) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        quietProgressLogs();
        QGuiApplication gui(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("perfdash"));
        QCoreApplication::setApplicationVersion(QStringLiteral(PERFDASH_VERSION_STRING));
        return command == QLatin1String("report") ? ReportCommand::run(arguments)
                                                  : AcceptanceCommand::run(arguments);
    }
    const CommandLineOptions options = CommandLine::parse(arguments);
    if (options.showHelp || options.showVersion || !options.error.isEmpty()) {
        QCoreApplication core(argc, argv);
        if (!options.error.isEmpty()) {
            printLine(stderr, QStringLiteral("perfdash: ") + options.error);
            printLine(stderr, QStringLiteral("Try 'perfdash --help'."));
            return 2;
        }
        printLine(stdout, options.showVersion ? CommandLine::versionText() : CommandLine::helpText());
        return 0;
    }

    if (!options.screenshotFile.isEmpty() && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (!displayAvailable()) {
        printLine(stderr,
                  QStringLiteral("perfdash: no display: DISPLAY and WAYLAND_DISPLAY are unset.\n"
                                 "Run it on a desktop session, under 'xvfb-run perfdash', or render "
                                 "the dashboard to a file with 'perfdash --demo --screenshot out.png'."));
        return 3;
    }

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("perfdash"));
    QApplication::setApplicationName(QStringLiteral("perfdash"));
    QApplication::setApplicationVersion(QStringLiteral(PERFDASH_VERSION_STRING));
    // The desktop entry's id (io.github.perfdash.Perfdash.desktop): docks group the window under its icon.
    QApplication::setDesktopFileName(QStringLiteral("io.github.perfdash.Perfdash"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/perfdash.svg")));
    installTranslations(app);
    const QString themeName = options.theme.isEmpty()
                                  ? QSettings().value(QStringLiteral("appearance/theme")).toString()
                                  : options.theme;
    const Theme theme = AppTheme::fromName(themeName).value_or(Theme::System);
    AppTheme::apply(theme);

    MainWindow window;
    window.showTheme(theme);
    if (options.screenshotFile.isEmpty())
        window.restoreLayout();
    TrayIcon tray(&window);
    FirstRunFlow flow(options, &window);
    QObject::connect(&flow, &FirstRunFlow::sessionOpened, &tray, &TrayIcon::follow);
    QObject::connect(&flow, &FirstRunFlow::sessionClosed, &tray, &TrayIcon::clear);
    QString error;
    if (!flow.start(&error)) {
        printLine(stderr, QStringLiteral("perfdash: cannot open workspace: ") + error);
        return 1;
    }
    if (options.windowSize.isValid())
        window.resize(options.windowSize);
    if (options.refreshSeconds > 0) // the command line wins over what the last session left
        window.timeRange()->setRefreshInterval(options.refreshSeconds * 1000);
    if (!options.page.isEmpty())
        window.showPage(options.page);
    if (!options.screenshotFile.isEmpty()) {
        // The same picture on every machine, whatever the last window was.
        window.resize(options.windowSize.isValid() ? options.windowSize : QSize(1500, 1000));
        scheduleScreenshot(app, window, flow.session(), options.screenshotFile,
                           options.screenshotAfterSeconds);
    }
    window.show();
    qCInfo(lcApp) << "perfdash" << PERFDASH_VERSION_STRING << "workspace"
                  << (flow.session() ? flow.session()->workspace().paths().directory()
                                     : QStringLiteral("(welcome)"));
    return app.exec();
}
