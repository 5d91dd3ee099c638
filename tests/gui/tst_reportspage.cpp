// The Reports page driven as a user would, in a demo workspace against the real demo target: a
// shortened load run recorded with the real engine appears in the list, its report previews page
// by page (as many pages as the exported PDF, whose text names the run and its percentiles), in
// Chinese too; HTML, CSV, JSON and JUnit export; the default plan, shortened, runs on a worker with
// progress and its result is stored and listed with its verdict; a bad export path says so.
#include "apptheme.h"
#include "dashboardsession.h"
#include "demotargetprocess.h"
#include "demowindow.h"
#include "loadlauncher.h"
#include "loadrunspage.h"
#include "loadsession.h"
#include "mainwindow.h"
#include "reportspage.h"
#include "reportspagepreview.h"
#include "reportssession.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

namespace {
void save(QWidget* widget, const QString& name)
{
    QVERIFY(widget->grab().save(QStringLiteral(PERFDASH_SCREENSHOT_DIR "/") + name));
}

QByteArray fileText(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString pdfTool(const QString& tool, const QStringList& arguments)
{
    QProcess process;
    process.start(tool, arguments);
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

int pdfPages(const QString& path)
{
    const QRegularExpressionMatch match = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)"))
                                              .match(pdfTool(QStringLiteral("pdfinfo"), {path}));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

QString cell(const QAbstractItemModel* model, int row, int column)
{
    return model->index(row, column).data().toString();
}

struct Demo : DemoWindow
{
    explicit Demo(const QString& workspace)
        : DemoWindow(workspace, QSize(1400, 950))
    {
    }
    ReportsPage* page() const { return window.reportsPage(); }
    ReportsSession* reports() const { return session->reportsSession(); }
};

// A 2-second, 5-user core-100-users run from the Load runs page; its id.
qint64 recordLoadRun(Demo& demo)
{
    LoadLauncher* launcher = demo.window.loadRunsPage()->launcher();
    launcher->findChild<QComboBox*>(QStringLiteral("loadScenario"))->setCurrentIndex(0); // core-100-users
    launcher->findChild<QSpinBox*>(QStringLiteral("loadDuration"))->setValue(2);
    launcher->findChild<QSpinBox*>(QStringLiteral("loadUsers"))->setValue(5);
    QSignalSpy stored(demo.session->loadSession(), &LoadSession::runStored);
    launcher->findChild<QPushButton*>(QStringLiteral("runLoad"))->click();
    return stored.wait(30000) ? stored.first().first().toLongLong() : 0;
}
} // namespace

class TestReportsPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QDir().mkpath(QStringLiteral(PERFDASH_SCREENSHOT_DIR));
        QVERIFY2(!DemoTargetProcess::executable().isEmpty(), "PERFDASH_DEMO_TARGET_BIN is not set");
    }

    void previewExportAndRunPlan()
    {
        QTemporaryDir dir;
        Demo demo(dir.path() + QStringLiteral("/demo"));
        QVERIFY(demo.open());
        ReportsPage* page = demo.page();
        QAbstractItemModelTester tester(page->listModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const qint64 runId = recordLoadRun(demo);
        QVERIFY(runId > 0);

        // The Load runs history's "Report…" opens the run's report here.
        QSignalSpy shown(demo.reports(), &ReportsSession::previewShown);
        LoadRunsPage* loadRuns = demo.window.loadRunsPage();
        QTRY_COMPARE_WITH_TIMEOUT(loadRuns->historyModel()->rowCount(), 1, 10000);
        loadRuns->historyView()->selectRow(0);
        loadRuns->findChild<QPushButton*>(QStringLiteral("reportRun"))->click();
        QCOMPARE(demo.window.currentPageId(), QStringLiteral("reports"));
        QVERIFY(shown.wait(30000));
        const QString key = QStringLiteral("run:%1").arg(runId);
        QCOMPARE(shown.last().at(0).toString(), key);
        QCOMPARE(page->selectedKey(), key);
        const int pages = shown.last().at(1).toInt();
        QVERIFY2(pages >= 3, qPrintable(QString::number(pages)));
        QCOMPARE(page->preview()->pageCount(), pages);
        const int row = page->listModel()->rowOf(key);
        QCOMPARE(cell(page->listModel(), row, ReportsPageModel::Type), QStringLiteral("Load run"));
        QCOMPARE(cell(page->listModel(), row, ReportsPageModel::Name), QStringLiteral("core-100-users"));
        QCOMPARE(cell(page->listModel(), row, ReportsPageModel::Verdict), QStringLiteral("PASS"));
        QCOMPARE(
            page->listModel()->index(row, ReportsPageModel::Verdict).data(Qt::ForegroundRole).value<QColor>(),
            ReportsPageModel::verdictColour(ReportEntry::Verdict::Pass));
        // Laid out one below the other at the view's width: far taller than the view.
        ReportsPagePreview* preview = page->preview();
        QTRY_VERIFY_WITH_TIMEOUT(preview->widget()->height() > 3 * preview->viewport()->height(), 5000);
        QVERIFY(preview->findChild<QLabel*>(QStringLiteral("previewPage1"))->width() >
                preview->viewport()->width() * 9 / 10);
        save(&demo.window, QStringLiteral("reports.png"));
        // A page with the charts over time, as painted for the preview.
        QVERIFY(preview->findChild<QLabel*>(QStringLiteral("previewPage3"))
                    ->pixmap()
                    .save(QStringLiteral(PERFDASH_SCREENSHOT_DIR "/reports-preview-page3.png")));

        // PDF: as many pages as the preview, naming the run and its percentiles.
        QSignalSpy exported(demo.reports(), &ReportsSession::exported);
        page->findChild<QLineEdit*>(QStringLiteral("reportSignedBy"))->setText(QStringLiteral("Ada Tester"));
        const QString pdf = dir.filePath(QStringLiteral("run.pdf"));
        page->exportTo(report::ReportFormat::Pdf, pdf);
        QVERIFY(exported.wait(30000));
        QVERIFY2(exported.last().at(1).toBool(), qPrintable(page->statusText()));
        QCOMPARE(pdfPages(pdf), pages);
        const QString text = pdfTool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        for (const char* expected :
             {"core-100-users", "P50", "P95", "P99", "Ada Tester", "customers", "materials"})
            QVERIFY2(text.contains(QLatin1String(expected)), expected);
        QVERIFY(page->statusText().contains(pdf));

        const std::pair<report::ReportFormat, QString> others[] = {
            {report::ReportFormat::Html, QStringLiteral("run.html")},
            {report::ReportFormat::Csv, QStringLiteral("run.csv")},
            {report::ReportFormat::Json, QStringLiteral("run.json")},
            {report::ReportFormat::JUnit, QStringLiteral("run.xml")}};
        for (const auto& [format, name] : others) {
            page->exportTo(format, dir.filePath(name));
            QVERIFY(exported.wait(30000));
            QVERIFY2(exported.last().at(1).toBool(), qPrintable(page->statusText()));
        }
        QVERIFY(fileText(dir.filePath(QStringLiteral("run.html"))).contains("core-100-users"));
        QVERIFY(fileText(dir.filePath(QStringLiteral("run.csv"))).contains("p(95)<=500"));
        QVERIFY(fileText(dir.filePath(QStringLiteral("run.json"))).contains("\"perfdashAcceptanceResult\""));
        QVERIFY(fileText(dir.filePath(QStringLiteral("run.xml"))).contains("<testsuite"));

        // A file that cannot be written says so on the page; the preview stays.
        page->exportTo(report::ReportFormat::Pdf, dir.filePath(QStringLiteral("missing/dir/run.pdf")));
        QVERIFY(exported.wait(30000));
        QVERIFY(!exported.last().at(1).toBool());
        QVERIFY(page->statusIsError());
        QVERIFY2(page->statusText().contains(QStringLiteral("cannot write")), qPrintable(page->statusText()));
        QCOMPARE(page->preview()->pageCount(), pages);

        // 中文: the same pages again, in Chinese.
        page->findChild<QComboBox*>(QStringLiteral("reportLanguage"))->setCurrentIndex(1);
        QVERIFY(shown.wait(30000));
        QCOMPARE(page->options().language, QStringLiteral("zh"));
        const QString zh = dir.filePath(QStringLiteral("run-zh.pdf"));
        page->exportTo(report::ReportFormat::Pdf, zh);
        QVERIFY(exported.wait(30000));
        QVERIFY(pdfTool(QStringLiteral("pdftotext"), {zh, QStringLiteral("-")})
                    .contains(QStringLiteral("性能验收报告")));
        save(&demo.window, QStringLiteral("reports-zh.png"));
        page->findChild<QComboBox*>(QStringLiteral("reportLanguage"))->setCurrentIndex(0);
        QVERIFY(shown.wait(30000));

        // The default plan, shortened, against the demo target: progress, then a stored result.
        QSignalSpy finished(demo.reports(), &ReportsSession::planFinished);
        page->findChild<QSpinBox*>(QStringLiteral("planDuration"))->setValue(2);
        page->findChild<QSpinBox*>(QStringLiteral("planUsers"))->setValue(5);
        page->requestPlanRun({});
        QVERIFY(demo.reports()->isRunningPlan());
        QVERIFY(!page->findChild<QPushButton*>(QStringLiteral("runPlan"))->isEnabled());
        QVERIFY(page->findChild<QPushButton*>(QStringLiteral("cancelPlan"))->isEnabled());
        QVERIFY(finished.wait(120000));
        const qint64 resultId = finished.first().at(0).toLongLong();
        const bool passed = finished.first().at(1).toBool();
        QVERIFY2(resultId > 0, qPrintable(page->statusText()));
        QVERIFY2(page->progressText().contains(QStringLiteral("requests")), qPrintable(page->progressText()));
        const QString resultKey = QStringLiteral("result:%1").arg(resultId);
        QTRY_VERIFY_WITH_TIMEOUT(page->listModel()->rowOf(resultKey) == 0, 10000); // newest first
        QCOMPARE(cell(page->listModel(), 0, ReportsPageModel::Type), QStringLiteral("Acceptance"));
        QCOMPARE(cell(page->listModel(), 0, ReportsPageModel::Verdict).startsWith(QStringLiteral("PASS")),
                 passed);
        QTRY_COMPARE_WITH_TIMEOUT(page->selectedKey(), resultKey, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(shown.last().at(0).toString() == resultKey, 30000);
        QVERIFY(page->statusText().contains(QStringLiteral("default")) ||
                page->statusText().contains(QStringLiteral("Plan")));
        save(&demo.window, QStringLiteral("reports-plan.png"));

        // The plan watched what the workspace watches: its alert rules were evaluated during it.
        QSignalSpy planExported(demo.reports(), &ReportsSession::exported);
        const QString planJson = dir.filePath(QStringLiteral("plan.json"));
        page->exportTo(report::ReportFormat::Json, planJson);
        QVERIFY(planExported.wait(30000));
        QFile planFile(planJson);
        QVERIFY(planFile.open(QIODevice::ReadOnly));
        const int rules = int(demo.session->workspace().config().alertRules.size());
        QVERIFY(rules > 0);
        QCOMPARE(
            QJsonDocument::fromJson(planFile.readAll()).object().value(QStringLiteral("alertRules")).toInt(),
            rules);

        AppTheme::apply(Theme::Dark);
        QCoreApplication::processEvents();
        save(&demo.window, QStringLiteral("reports-dark.png"));
        AppTheme::apply(Theme::Light);
    }

    // `perfdash acceptance --workspace` saves its result where the page finds it.
    void commandLineResultIsListed()
    {
        QTemporaryDir dir;
        const QString workspace = dir.path() + QStringLiteral("/demo");
        {
            DemoTargetProcess target;
            QVERIFY2(target.start(), qPrintable(target.errorString()));
            QProcess perfdash;
            perfdash.start(qEnvironmentVariable("PERFDASH_BIN"),
                           {QStringLiteral("acceptance"), QStringLiteral("--workspace"), workspace,
                            QStringLiteral("--target"), target.baseUrl().toString(),
                            QStringLiteral("--duration"), QStringLiteral("1s"), QStringLiteral("--users"),
                            QStringLiteral("2")});
            QVERIFY(perfdash.waitForFinished(120000));
            const QString out = QString::fromUtf8(perfdash.readAllStandardOutput());
            QVERIFY2(out.contains(QStringLiteral("saved as acceptance result 1 in ")),
                     qPrintable(out + QString::fromUtf8(perfdash.readAllStandardError())));
        }
        Demo demo(workspace);
        QVERIFY(demo.open());
        demo.window.showPage(QStringLiteral("reports"));
        QTRY_VERIFY_WITH_TIMEOUT(demo.page()->listModel()->rowOf(QStringLiteral("result:1")) >= 0, 10000);
        const int row = demo.page()->listModel()->rowOf(QStringLiteral("result:1"));
        QCOMPARE(cell(demo.page()->listModel(), row, ReportsPageModel::Name),
                 QStringLiteral("seed-acceptance"));
        QSignalSpy shown(demo.reports(), &ReportsSession::previewShown);
        demo.page()->select(QStringLiteral("result:1"));
        QVERIFY(shown.wait(30000));
        QVERIFY(shown.last().at(1).toInt() >= 5);
    }

    void unreadablePlanIsRefusedOnThePage()
    {
        QTemporaryDir dir;
        Demo demo(dir.path() + QStringLiteral("/demo"));
        QVERIFY(demo.open());
        demo.page()->requestPlanRun(dir.filePath(QStringLiteral("no-such-plan.json")));
        QVERIFY(!demo.reports()->isRunningPlan());
        QVERIFY(demo.page()->statusIsError());
        QVERIFY2(demo.page()->statusText().contains(QStringLiteral("no-such-plan.json")),
                 qPrintable(demo.page()->statusText()));
    }
};

QTEST_MAIN(TestReportsPage)
#include "tst_reportspage.moc"
