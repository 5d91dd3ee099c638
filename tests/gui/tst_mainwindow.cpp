#include "alertrule.h"
#include "alertsession.h"
#include "alertspage.h"
#include "apptheme.h"
#include "cachepage.h"
#include "cannedhttpserver.h"
#include "chartcard.h"
#include "chartview.h"
#include "dashboardsession.h"
#include "databasepage.h"
#include "defaultrules.h"
#include "demotargetprocess.h"
#include "endpointspage.h"
#include "healthtiles.h"
#include "httpclient.h"
#include "mainwindow.h"
#include "overviewpage.h"
#include "pagecatalog.h"
#include "recordstore.h"
#include "settingspage.h"
#include "targettablemodel.h"
#include "testservers.h"
#include "texttablemodel.h"
#include "timerangebar.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QDir>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QListWidget>
#include <QMessageBox>
#include <QSaveFile>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <libpq-fe.h>
#include <memory>

namespace {
// The latest value of each series of `metric` matching `matchers` in the last minute (raw samples:
// a step under a minute reads no rollups).
std::vector<double> latest(const store::TimeSeriesStore& s, const std::string& metric,
                           std::vector<std::pair<std::string, std::string>> matchers)
{
    store::RangeQuery query;
    query.metric = metric;
    query.matchers = std::move(matchers);
    query.endMs = QDateTime::currentMSecsSinceEpoch() + 1000;
    query.startMs = query.endMs - 60000;
    query.stepMs = 1000;
    query.aggregation = store::Aggregation::Last;
    std::vector<double> values;
    for (const store::SeriesResult& series : s.query(query).series) {
        if (!series.points.empty())
            values.push_back(series.points.back().value);
    }
    return values;
}

TargetStatus rowOf(const TargetTableModel* model, const QString& kind, const QString& name = {})
{
    for (const TargetStatus& status : model->targets()) {
        if (status.kind == kind && (name.isEmpty() || status.name == name))
            return status;
    }
    return {};
}

// Replaces the workspace's workspace.json as an editor would (atomically).
bool writeWorkspaceFile(const WorkspacePaths& paths, const QByteArray& json)
{
    QSaveFile file(paths.configFile());
    return file.open(QIODevice::WriteOnly) && file.write(json) == json.size() && file.commit();
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QDir().mkpath(QStringLiteral(PERFDASH_SCREENSHOT_DIR));
    }

    void hasTheProductsNavigation()
    {
        MainWindow window;
        auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
        QVERIFY(navigation);
        const QStringList expected{QStringLiteral("Overview"),  QStringLiteral("Endpoints"),
                                   QStringLiteral("Database"),  QStringLiteral("Cache & Queues"),
                                   QStringLiteral("Load runs"), QStringLiteral("Alerts"),
                                   QStringLiteral("Reports"),   QStringLiteral("Settings")};
        QStringList titles;
        for (int row = 0; row < navigation->count(); ++row)
            titles.append(navigation->item(row)->text());
        QCOMPARE(titles, expected);
        QCOMPARE(window.currentPageId(), QStringLiteral("overview"));
    }

    void pagesNotBuiltSaySo()
    {
        MainWindow window;
        for (const PageInfo& page : PageCatalog::pages()) {
            QVERIFY(window.showPage(page.id));
            auto* stack = window.findChild<QStackedWidget*>(QStringLiteral("pages"));
            QCOMPARE(stack->currentWidget()->objectName(), page.id + QStringLiteral("Page"));
            if (page.issue == 0)
                continue;
            auto* status = stack->currentWidget()->findChild<QLabel*>(QStringLiteral("pendingStatus"));
            QVERIFY2(status, qPrintable(page.id));
            QVERIFY(status->text().contains(QStringLiteral("Not built yet")));
            QVERIFY(status->text().contains(QStringLiteral("#%1").arg(page.issue)));
        }
        QVERIFY(!window.showPage(QStringLiteral("no-such-page")));
    }

    void keyboardShortcutsSwitchPages()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::keyClick(&window, Qt::Key_6, Qt::ControlModifier);
        QCOMPARE(window.currentPageId(), QStringLiteral("alerts"));
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(window.currentPageId(), QStringLiteral("overview"));
    }

    void windowRemembersItsLayout()
    {
        {
            MainWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(1234, 777);
            window.showPage(QStringLiteral("database"));
            window.timeRange()->setPresetSpan(6 * 3'600'000);
            window.timeRange()->setRefreshInterval(10'000);
            window.timeRange()->zoomTo(0, 3'600'000); // a zoom is of the moment: not kept
            window.close();
        }
        MainWindow window;
        window.restoreLayout();
        QCOMPARE(window.currentPageId(), QStringLiteral("database"));
        QCOMPARE(window.timeRange()->presetSpan(), 6 * 3'600'000);
        QCOMPARE(window.timeRange()->refreshInterval(), 10'000);
        QVERIFY(window.timeRange()->isLive());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.size(), QSize(1234, 777));
        QSettings().clear(); // the other tests start from defaults
    }

    void themesRecolourTheWholeWindow()
    {
        MainWindow window;
        ChartCardData data;
        data.title = QStringLiteral("Queue backlog");
        data.startMs = 0;
        data.endMs = 60'000;
        data.lines = {{QStringLiteral("default"), {QPointF(0, 1), QPointF(30'000, 2), QPointF(60'000, 3)}}};
        window.overviewPage()->setPanels({data});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ChartCard* card = window.overviewPage()->cards().first();
        const QColor systemWindow = window.palette().color(QPalette::Window);

        // Palette changes reach the widgets through posted events.
        AppTheme::apply(Theme::Dark);
        QTRY_VERIFY(window.palette().color(QPalette::Window).lightness() < 128);
        QTRY_VERIFY(card->isDark());
        QCOMPARE(card->view()->chart()->backgroundBrush().color(), window.palette().color(QPalette::Base));
        // The navigation's selection is recomputed from the new palette, not left light.
        auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
        QVERIFY(navigation->palette().color(QPalette::Highlight).lightness() < 128);
        QVERIFY(window.grab().save(QStringLiteral(PERFDASH_SCREENSHOT_DIR "/theme-dark.png")));

        AppTheme::apply(Theme::Light);
        QTRY_VERIFY(!card->isDark());
        QTRY_VERIFY(navigation->palette().color(QPalette::Highlight).lightness() > 128);
        AppTheme::apply(Theme::System);
        QTRY_COMPARE(window.palette().color(QPalette::Window), systemWindow);
        QCOMPARE(AppTheme::current(), Theme::System);
    }

    // Closing with unapplied settings asks first: Cancel keeps the window (on the Settings page),
    // Discard lets it close.
    void closingWithUnsavedSettingsAsks()
    {
        MainWindow window;
        WorkspaceConfig config;
        config.name = QStringLiteral("ws");
        ScrapeTarget target;
        target.name = QStringLiteral("one");
        target.url = QUrl(QStringLiteral("http://127.0.0.1:9/metrics"));
        config.targets.append(target);
        window.settingsPage()->setConfig(config);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* name = window.settingsPage()
                         ->findChild<QWidget*>(QStringLiteral("targetsForm"))
                         ->findChild<QLineEdit*>(QStringLiteral("name"));
        QVERIFY(name);
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("renamed"));
        QVERIFY(window.settingsPage()->hasUnsavedChanges());
        auto answer = [](QMessageBox::StandardButton button) {
            // Runs once the question is up (posted before its event loop starts).
            QTimer::singleShot(0, [button] {
                auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
                QVERIFY(box);
                QCOMPARE(box->objectName(), QStringLiteral("unsavedSettings"));
                box->button(button)->click();
            });
        };
        window.showPage(QStringLiteral("overview"));
        answer(QMessageBox::Cancel);
        QVERIFY(!window.close());
        QVERIFY(window.isVisible());
        QCOMPARE(window.currentPageId(), QStringLiteral("settings"));
        answer(QMessageBox::Discard);
        QVERIFY(window.close());
        QSettings().clear();
    }

    void targetModelMergesRows()
    {
        TargetTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QUrl url(QStringLiteral("http://127.0.0.1:1"));
        const QString metrics = QStringLiteral("metrics");
        const QString health = QStringLiteral("health");
        model.setTargets({{metrics, QStringLiteral("a"), url, TargetStatus::State::Starting, {}},
                          {health, QStringLiteral("a"), url, TargetStatus::State::Starting, {}},
                          {metrics, QStringLiteral("b"), url, TargetStatus::State::NotMonitored, {}}});
        QCOMPARE(model.rowCount(), 3); // same name, other kind: a row of its own
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.upsert(
            {metrics, QStringLiteral("a"), url, TargetStatus::State::Up, QStringLiteral("12 samples")});
        QCOMPARE(changed.count(), 1);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(model.index(0, TargetTableModel::StateColumn).data().toString(), QStringLiteral("Up"));
        QCOMPARE(model.index(1, TargetTableModel::StateColumn).data().toString(), QStringLiteral("Starting"));
        model.setTargets(
            {{metrics, QStringLiteral("b"), url, TargetStatus::State::Down, QStringLiteral("refused")}});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, TargetTableModel::DetailColumn).data().toString(), QStringLiteral("refused"));
    }

    void demoWorkspaceWatchesTheRealDemoTarget()
    {
        QTemporaryDir dir;
        CommandLineOptions options;
        options.demo = true;
        options.workspace = dir.path() + QStringLiteral("/demo");
        options.demoTargetBinary = DemoTargetProcess::executable();
        QVERIFY2(!options.demoTargetBinary.isEmpty(), "PERFDASH_DEMO_TARGET_BIN is not set");

        MainWindow window;
        window.resize(1500, 1050);
        DashboardSession session(options, &window);
        session.setOverviewInterval(500);
        QSignalSpy settled(&session, &DashboardSession::settled);
        QString error;
        QVERIFY2(session.open(&error), qPrintable(error));
        window.show();
        QVERIFY(settled.wait(20000));
        QCOMPARE(settled.first().first().toBool(), true);

        const TargetTableModel* model = window.overviewPage()->targetModel();
        auto row = [model](const QString& kind) {
            for (const TargetStatus& status : model->targets()) {
                if (status.kind == kind)
                    return status;
            }
            return TargetStatus{};
        };
        const TargetStatus process = row(QStringLiteral("process"));
        QCOMPARE(process.state, TargetStatus::State::Up);
        QCOMPARE(process.url.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(process.url.port() > 0);
        // The workspace file follows the port the demo target got.
        QCOMPARE(session.workspace().config().targets.first().url.port(), process.url.port());

        // The collectors reach it: scrape, health probe and JSON endpoint all report in.
        QTRY_COMPARE_WITH_TIMEOUT(row(QStringLiteral("metrics")).state, TargetStatus::State::Up, 20000);
        QVERIFY2(row(QStringLiteral("metrics")).detail.contains(QStringLiteral("samples")),
                 qPrintable(row(QStringLiteral("metrics")).detail));
        QTRY_COMPARE_WITH_TIMEOUT(row(QStringLiteral("health")).state, TargetStatus::State::Up, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(row(QStringLiteral("json")).state, TargetStatus::State::Up, 20000);
        // One health tile per row, saying what the row says.
        const HealthTiles* tiles = window.overviewPage()->healthTiles();
        QCOMPARE(tiles->tileCount(), model->rowCount());
        for (int i = 0; i < model->rowCount(); ++i) {
            QVERIFY2(tiles->stateText(i).contains(QStringLiteral("Up")), qPrintable(tiles->stateText(i)));
            QCOMPARE(tiles->detailText(i).left(40), model->targets().at(i).detail.left(40));
        }

        // What was collected is kept in the workspace's data file, under Prometheus' names.
        QVERIFY(session.flushStore());
        QCOMPARE(latest(session.store(), "up", {{"job", "demo-target"}}), std::vector<double>{1.0});
        // Gauges the demo target always exposes (its histograms appear with the first request).
        QCOMPARE(latest(session.store(), "celery_queue_length", {{"job", "demo-target"}}).size(),
                 std::size_t(3));
        QCOMPARE(latest(session.store(), "probe_up", {{"probe", "demo-target health"}}),
                 std::vector<double>{1.0});
        QVERIFY(
            !latest(session.store(), "app_operation_count", {{"job", "demo-target performance"}}).empty());
        QVERIFY(!latest(session.store(), "app_pool_usage_ratio", {{"job", "demo-target"}}).empty());
        QTRY_VERIFY2_WITH_TIMEOUT(
            window.overviewPage()->storeState().contains(QStringLiteral("samples written")),
            qPrintable(window.overviewPage()->storeState()), 10000);

        // The chart cards draw from the store once counters were seen twice (two scrapes, 5 s apart):
        // P50/P95/P99 of the demo target's own request histogram, its three queues, its pool.
        const auto card = [&window](const QString& title) -> ChartCard* {
            for (ChartCard* c : window.overviewPage()->cards()) {
                if (c->title().startsWith(title))
                    return c;
            }
            return nullptr;
        };
        QTRY_VERIFY_WITH_TIMEOUT(card(QStringLiteral("Latency")), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(card(QStringLiteral("Latency"))->lineCount(), 3, 30000);
        QVERIFY2(card(QStringLiteral("Latency"))->valueText().startsWith(QStringLiteral("P95 ")),
                 qPrintable(card(QStringLiteral("Latency"))->valueText()));
        QVERIFY(!card(QStringLiteral("Latency"))->isAlerting()); // the demo target answers well under 500 ms
        QCOMPARE(card(QStringLiteral("Queue backlog"))->lineCount(), 3);
        // The value a card shows is the store's: the largest queue's latest length.
        QVERIFY(session.flushStore());
        const std::vector<double> queueLengths = latest(session.store(), "celery_queue_length", {});
        QCOMPARE(queueLengths.size(), std::size_t(3));
        const double longest = *std::max_element(queueLengths.begin(), queueLengths.end());
        QTRY_COMPARE_WITH_TIMEOUT(card(QStringLiteral("Queue backlog"))->valueText(),
                                  QString::number(longest, 'f',
                                                  longest >= 100  ? 0
                                                  : longest >= 10 ? 1
                                                                  : 2),
                                  10000);
        QTRY_COMPARE_WITH_TIMEOUT(card(QStringLiteral("Request rate"))->lineCount(), 1, 10000);
        QVERIFY(card(QStringLiteral("Connection-pool usage"))->lineCount() >= 1);
        // With no cache lookups yet the cache card says why instead of drawing nothing.
        if (card(QStringLiteral("Cache hit rate"))->lineCount() == 0)
            QVERIFY2(
                card(QStringLiteral("Cache hit rate"))->message().startsWith(QStringLiteral("No data: ")),
                qPrintable(card(QStringLiteral("Cache hit rate"))->message()));

        // A card's context menu saves the chart as PNG and its data as CSV.
        QTemporaryDir exports;
        ChartCard* latencyCard = card(QStringLiteral("Latency"));
        QVERIFY(latencyCard->savePng(exports.filePath(QStringLiteral("latency.png"))));
        QCOMPARE(QImage(exports.filePath(QStringLiteral("latency.png"))).size(), latencyCard->size());
        QVERIFY(latencyCard->saveCsv(exports.filePath(QStringLiteral("latency.csv"))));
        QFile csv(exports.filePath(QStringLiteral("latency.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> csvLines = csv.readAll().trimmed().split('\n');
        QCOMPARE(csvLines.first(), QByteArray("line,timestamp_ms,time,value (ms)"));
        QVERIFY(csvLines.size() >= 4); // at least one point of each of P50, P95, P99
        QVERIFY2(csvLines.at(1).startsWith("\"P50\","), csvLines.at(1).constData());

        // Pausing stops the charts following the clock; live again resumes.
        QVERIFY(session.isOverviewLive());
        auto* live = window.timeRange()->findChild<QToolButton*>(QStringLiteral("liveToggle"));
        live->click();
        QVERIFY(!window.timeRange()->isLive());
        QVERIFY(!session.isOverviewLive());
        live->click();
        QVERIFY(session.isOverviewLive());

        // A drag across one card zooms every card to that span, paused; a double-click resets.
        // (The queue gauges are drawn from the first scrape, the latency only once traffic was seen twice.)
        ChartCard* queueCard = card(QStringLiteral("Queue backlog"));
        ChartView* view = queueCard->view();
        const QRectF plot = view->chart()->plotArea();
        const QPoint from = view->mapFromScene(
            view->chart()->mapToScene(QPointF(plot.left() + plot.width() * 0.5, plot.center().y())));
        const QPoint to =
            view->mapFromScene(view->chart()->mapToScene(QPointF(plot.right() + 20, plot.center().y())));
        const qint64 zoomStart = *view->timeAt(from);
        QTest::mousePress(view->viewport(), Qt::LeftButton, {}, from);
        QTest::mouseMove(view->viewport(), to);
        QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, to);
        QVERIFY(window.timeRange()->isZoomed());
        QVERIFY(!session.isOverviewLive());
        const auto [zoomedStart, zoomedEnd] = window.timeRange()->window(0);
        QVERIFY2(std::abs(zoomedStart - zoomStart) < 2000,
                 qPrintable(QString::number(zoomedStart - zoomStart)));
        const auto showsZoomedSpan = [&] {
            for (ChartCard* c : window.overviewPage()->cards()) {
                const auto* x =
                    qobject_cast<QDateTimeAxis*>(c->view()->chart()->axes(Qt::Horizontal).value(0));
                if (c->lineCount() > 0 && (!x || x->min().toMSecsSinceEpoch() != zoomedStart ||
                                           x->max().toMSecsSinceEpoch() != zoomedEnd))
                    return false;
            }
            return true;
        };
        QTRY_VERIFY_WITH_TIMEOUT(showsZoomedSpan(), 10000);
        // Hovering one card draws the crosshair on all of them, each with its own values.
        const QPoint middle =
            view->mapFromScene(view->chart()->mapToScene(QPointF(plot.center().x(), plot.center().y())));
        QTest::mouseMove(view->viewport(), middle);
        for (ChartCard* c : window.overviewPage()->cards()) {
            if (c->lineCount() > 0)
                QTRY_VERIFY2(c->view()->hasCrosshair(), qPrintable(c->title()));
        }
        QCOMPARE(queueCard->lineCount(), 3);
        QVERIFY2(queueCard->view()->crosshairText().contains(QStringLiteral("default")),
                 qPrintable(queueCard->view()->crosshairText()));
        QVERIFY(window.grab().save(QStringLiteral(PERFDASH_SCREENSHOT_DIR "/overview-zoomed.png")));
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, middle);
        QVERIFY(!window.timeRange()->isZoomed());
        QVERIFY(session.isOverviewLive());

        // The Endpoints page lists the demo target's paths with their figures; filtering narrows the
        // table and selecting a row charts it. Only the page shown is computed: nothing was read for
        // it while the Overview was up.
        EndpointsPage* endpoints = window.endpointsPage();
        QAbstractItemModelTester endpointsTester(endpoints->model(),
                                                 QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(endpoints->model()->rowCount(), 0);
        window.showPage(QStringLiteral("endpoints"));
        QTRY_VERIFY_WITH_TIMEOUT(endpoints->model()->rowCount() >= 2, 15000);
        QVERIFY(!endpoints->selected().second.empty()); // the busiest is charted from the start
        endpoints->filter()->setText(QStringLiteral("HEALTH"));
        QCOMPARE(endpoints->proxy()->rowCount(), 1);
        endpoints->select("demo-target", "/health");
        QCOMPARE(endpoints->selected(), (std::pair<std::string, std::string>{"demo-target", "/health"}));
        // (The busiest row was charted before; the chart follows the selection.)
        QTRY_VERIFY_WITH_TIMEOUT(endpoints->chart()->title().contains(QStringLiteral("/health")), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(endpoints->chart()->lineCount(), 3, 10000);
        endpoints->filter()->clear();
        QVERIFY(window.grab().save(QStringLiteral(PERFDASH_SCREENSHOT_DIR "/endpoints.png")));
        window.showPage(QStringLiteral("overview"));

        const QString shot = QStringLiteral(PERFDASH_SCREENSHOT_DIR "/mainwindow-demo.png");
        QVERIFY(window.grab().save(shot));
    }

    // PostgreSQL and Redis sources listed in the workspace are polled, shown and stored; a dead
    // one says why and does not hold up the others.
    void databaseSourcesAreShownAndStored()
    {
        const QString pg = TestServers::postgresConninfo();
        const QString redis = TestServers::redisAddress();
        PERFDASH_REQUIRE_SERVER(pg, "PostgreSQL");
        PERFDASH_REQUIRE_SERVER(redis, "Redis");
        QTemporaryDir dir;
        const WorkspacePaths paths = WorkspacePaths::resolve(dir.path() + QStringLiteral("/db"));
        QString error;
        QVERIFY(paths.ensureDirectory(&error));
        WorkspaceConfig config;
        config.name = QStringLiteral("db");
        PostgresSource postgres;
        postgres.name = QStringLiteral("test-pg");
        postgres.conninfo = pg;
        postgres.intervalMs = 500;
        config.postgres.append(postgres);
        RedisSource live;
        live.name = QStringLiteral("test-redis");
        live.host = redis.section(QLatin1Char(':'), 0, 0);
        live.port = redis.section(QLatin1Char(':'), 1).toInt();
        live.intervalMs = 500;
        live.queueKeys = {QStringLiteral("perfdash:gui:queue")};
        config.redis.append(live);
        RedisSource dead = live;
        dead.name = QStringLiteral("dead-redis");
        dead.port = 1; // nothing listens there: connection refused
        config.redis.append(dead);
        QVERIFY(writeWorkspaceFile(paths, config.toJson()));

        CommandLineOptions options;
        options.workspace = paths.directory();
        MainWindow window;
        DashboardSession session(options, &window);
        QVERIFY2(session.open(&error), qPrintable(error));
        window.show();
        const TargetTableModel* model = window.overviewPage()->targetModel();
        QTRY_COMPARE_WITH_TIMEOUT(rowOf(model, QStringLiteral("postgres")).state, TargetStatus::State::Up,
                                  20000);
        QVERIFY2(rowOf(model, QStringLiteral("postgres")).detail.contains(QStringLiteral("PostgreSQL 15")),
                 qPrintable(rowOf(model, QStringLiteral("postgres")).detail));
        QTRY_COMPARE_WITH_TIMEOUT(rowOf(model, QStringLiteral("redis"), live.name).state,
                                  TargetStatus::State::Up, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(rowOf(model, QStringLiteral("redis"), dead.name).state,
                                  TargetStatus::State::Down, 20000);
        QVERIFY2(rowOf(model, QStringLiteral("redis"), dead.name).detail.contains(QStringLiteral("refused")),
                 qPrintable(rowOf(model, QStringLiteral("redis"), dead.name).detail));

        // The Database page shows the latest poll, and a held lock with its waiter and blocker.
        DatabasePage* database = window.databasePage();
        QTRY_VERIFY2_WITH_TIMEOUT(database->summaryText().contains(QStringLiteral("PostgreSQL 15")),
                                  qPrintable(database->summaryText()), 10000);
        QVERIFY2(database->summaryText().contains(QStringLiteral("Connections:")),
                 qPrintable(database->summaryText()));
        QVERIFY(!database->statementsNote().isEmpty() || database->statementsByTotal()->rowCount() > 0);
        QAbstractItemModelTester waitsTester(database->lockWaits(),
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QByteArray table =
            "perfdash_gui_lock_" + QByteArray::number(QCoreApplication::applicationPid());
        using Connection = std::unique_ptr<PGconn, decltype(&PQfinish)>;
        Connection holder(PQconnectdb(pg.toUtf8().constData()), &PQfinish);
        Connection waiter(PQconnectdb(pg.toUtf8().constData()), &PQfinish);
        QCOMPARE(PQstatus(holder.get()), CONNECTION_OK);
        QCOMPARE(PQstatus(waiter.get()), CONNECTION_OK);
        auto exec = [](PGconn* conn, const QByteArray& sql) {
            PGresult* result = PQexec(conn, sql.constData());
            const bool ok = PQresultStatus(result) == PGRES_COMMAND_OK;
            PQclear(result);
            return ok;
        };
        QVERIFY(
            exec(holder.get(), "DROP TABLE IF EXISTS " + table + "; CREATE TABLE " + table + " (id int)"));
        QVERIFY(exec(holder.get(), "BEGIN; LOCK TABLE " + table + " IN ACCESS EXCLUSIVE MODE"));
        QVERIFY(PQsendQuery(waiter.get(), QByteArray("SELECT count(*) FROM " + table).constData()));
        const QString waiterPid = QString::number(PQbackendPID(waiter.get()));
        const QString holderPid = QString::number(PQbackendPID(holder.get()));
        const auto showsChain = [&] {
            const auto& rows = database->lockWaits()->rows();
            return std::any_of(rows.begin(), rows.end(),
                               [&](const TextTableModel::Row& row) {
                                   return row.cells.value(0) == waiterPid && row.cells.value(1) == holderPid;
                               }) &&
                   std::any_of(rows.begin(), rows.end(), [&](const TextTableModel::Row& row) {
                       return row.cells.value(0).startsWith(holderPid + QLatin1Char(' '));
                   });
        };
        QTRY_VERIFY_WITH_TIMEOUT(showsChain(), 15000);
        // Shown, the page charts its source from the store: connections by state against max_connections.
        QCOMPARE(database->chartCards().size(), 0); // not computed while the Overview was up
        window.showPage(QStringLiteral("database"));
        QTRY_COMPARE_WITH_TIMEOUT(database->chartCards().size(), 4, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(database->chartCards().first()->lineCount() >= 2, 15000);
        QCOMPARE(database->chartCards().first()->title(), QStringLiteral("Database connections"));
        QTRY_VERIFY(database->chartCards().first()->height() >=
                    database->chartCards().first()->minimumSizeHint().height());
        QVERIFY(window.grab().save(QStringLiteral(PERFDASH_SCREENSHOT_DIR "/database-lock.png")));
        QVERIFY(exec(holder.get(), "COMMIT"));
        while (PGresult* result = PQgetResult(waiter.get()))
            PQclear(result);
        QVERIFY(exec(holder.get(), "DROP TABLE " + table));
        QTRY_COMPARE_WITH_TIMEOUT(database->lockWaits()->rowCount(), 0, 15000);
        window.showPage(QStringLiteral("overview"));

        // The Cache & Queues page: the live source's INFO figures and its queue key, the dead one's error.
        CachePage* cache = window.cachePage();
        cache->findChild<QComboBox*>(QStringLiteral("cacheSource"))->setCurrentText(live.name);
        QTRY_VERIFY2_WITH_TIMEOUT(cache->summaryText().contains(QStringLiteral("ops/s")),
                                  qPrintable(cache->summaryText()), 10000);
        QVERIFY2(cache->summaryText().contains(QStringLiteral("Memory")), qPrintable(cache->summaryText()));
        QTRY_COMPARE_WITH_TIMEOUT(cache->queues()->rowCount(), 1, 10000);
        QCOMPARE(cache->queues()->rows().first().cells.value(0), QStringLiteral("perfdash:gui:queue"));
        cache->findChild<QComboBox*>(QStringLiteral("cacheSource"))->setCurrentText(dead.name);
        QVERIFY2(cache->summaryText().contains(QStringLiteral("refused")), qPrintable(cache->summaryText()));
        cache->findChild<QComboBox*>(QStringLiteral("cacheSource"))->setCurrentText(live.name);
        // Its charts are the picked source's: clients of the live one.
        window.showPage(QStringLiteral("cache"));
        QTRY_COMPARE_WITH_TIMEOUT(cache->chartCards().size(), 4, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(cache->chartCards().at(3)->lineCount(), 1, 15000);
        QCOMPARE(cache->chartCards().at(3)->title(), QStringLiteral("Redis clients"));
        QVERIFY(window.grab().save(QStringLiteral(PERFDASH_SCREENSHOT_DIR "/cache-queues.png")));
        window.showPage(QStringLiteral("overview"));

        QVERIFY(session.flushStore());
        QCOMPARE(latest(session.store(), "pg_up", {{"source", "test-pg"}}), std::vector<double>{1.0});
        QVERIFY(!latest(session.store(), "pg_connections", {{"source", "test-pg"}}).empty());
        QCOMPARE(latest(session.store(), "redis_up", {{"source", "test-redis"}}), std::vector<double>{1.0});
        QCOMPARE(latest(session.store(), "redis_up", {{"source", "dead-redis"}}), std::vector<double>{0.0});
        // The overview counts what was written once the writer's commit signal arrives.
        QTRY_VERIFY_WITH_TIMEOUT(!window.overviewPage()->storeState().startsWith(QStringLiteral("Store: 0 ")),
                                 10000);
        QVERIFY(window.grab().save(QStringLiteral(PERFDASH_SCREENSHOT_DIR "/overview-databases.png")));
    }

    void missingDemoTargetIsShownNotHidden()
    {
        QTemporaryDir dir;
        CommandLineOptions options;
        options.demo = true;
        options.workspace = dir.path() + QStringLiteral("/demo");
        options.demoTargetBinary = dir.path() + QStringLiteral("/no-such-binary");

        MainWindow window;
        DashboardSession session(options, &window);
        QSignalSpy settled(&session, &DashboardSession::settled);
        QString error;
        QVERIFY2(session.open(&error), qPrintable(error));
        QVERIFY(settled.wait(20000));
        QCOMPARE(settled.first().first().toBool(), false);
        const TargetStatus status = window.overviewPage()->targetModel()->targets().first();
        QCOMPARE(status.kind, QStringLiteral("process"));
        QCOMPARE(status.state, TargetStatus::State::Down);
        QVERIFY2(status.detail.contains(QStringLiteral("no-such-binary")), qPrintable(status.detail));
        auto* statusLabel = window.findChild<QLabel*>(QStringLiteral("statusMessage"));
        QCOMPARE(statusLabel->text(), status.detail);
    }

    // A rule fed by a real probe of the real demo target: its /health outage makes the rule pending,
    // then firing after its `for`; the outage's end resolves it. The Alerts page, its history and
    // the health card's markers follow; the history is in the workspace file.
    void healthOutageFiresAndResolvesAnAlert()
    {
        DemoTargetProcess demo;
        QVERIFY2(demo.start(), qPrintable(demo.errorString()));
        QTemporaryDir dir;
        const WorkspacePaths paths = WorkspacePaths::resolve(dir.path() + QStringLiteral("/alerts"));
        QString error;
        QVERIFY(paths.ensureDirectory(&error));
        WorkspaceConfig config;
        config.name = QStringLiteral("alerts");
        HealthProbe probe;
        probe.name = QStringLiteral("demo health");
        probe.url = demo.url(QStringLiteral("/health"));
        probe.intervalMs = 200;
        probe.timeoutMs = 200;
        probe.failuresBeforeDown = 1;
        config.probes.append(probe);
        // The workspace's own rule, evaluated every second, with a `for` short enough for a test.
        alerts::AlertRule rule;
        rule.name = QStringLiteral("ProbeDown");
        rule.kind = alerts::RuleKind::ProbeDown;
        rule.comparison = alerts::Comparison::Equal;
        rule.threshold = 0;
        rule.forMs = 1500;
        rule.severity = alerts::Severity::Critical;
        rule.summary = QStringLiteral("health check {{ $labels.probe }} is down");
        config.alertRules = {rule};
        config.alerting.evaluationIntervalMs = 1000;
        // Notifications go to a real local receiver too, with a token from the environment.
        CannedHttpServer receiver;
        QVERIFY(receiver.listen());
        receiver.respondWith(200, "text/plain", "ok");
        qputenv("PERFDASH_TEST_HOOK_TOKEN", "hook-secret-42");
        config.alerting.webhook.url = receiver.url(QStringLiteral("/hook"));
        config.alerting.webhook.bearerToken.environmentVariable = QStringLiteral("PERFDASH_TEST_HOOK_TOKEN");
        QVERIFY(writeWorkspaceFile(paths, config.toJson()));

        CommandLineOptions options;
        options.workspace = paths.directory();
        MainWindow window;
        DashboardSession session(options, &window);
        QVERIFY2(session.open(&error), qPrintable(error));
        window.show();
        const TargetTableModel* model = window.overviewPage()->targetModel();
        QTRY_COMPARE_WITH_TIMEOUT(rowOf(model, QStringLiteral("health")).state, TargetStatus::State::Up,
                                  20000);
        AlertsPage* page = window.alertsPage();
        const auto stateOfFirstRow = [page] {
            return page->activeModel()->rowCount() > 0 ? page->activeModel()->index(0, 0).data().toString()
                                                       : QString();
        };
        QCOMPARE(stateOfFirstRow(), QString());

        const auto faults = [&demo](const QByteArray& json) {
            return httpPostJson(demo.url(QStringLiteral("/admin/faults")), json).status == 200;
        };
        QVERIFY(faults(R"({"healthOutage": true})"));
        QTRY_COMPARE_WITH_TIMEOUT(stateOfFirstRow(), QStringLiteral("pending"), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(stateOfFirstRow(), QStringLiteral("firing"), 15000);
        QCOMPARE(page->activeModel()->index(0, 6).data().toString(),
                 QStringLiteral("health check demo health is down"));
        // The firing is marked on the health card of the Overview.
        QTRY_VERIFY_WITH_TIMEOUT(!session.alertSession()->markersFor(QStringLiteral("health")).isEmpty(),
                                 5000);
        QVERIFY(session.alertSession()->markersFor(QStringLiteral("health")).first().firing);
        // The firing reached the webhook as Alertmanager would send it, with the bearer token.
        QTRY_COMPARE_WITH_TIMEOUT(receiver.requestBodies().size(), 1, 10000);
        const QJsonObject firing = QJsonDocument::fromJson(receiver.requestBodies().at(0)).object();
        QCOMPARE(firing.value(QStringLiteral("status")).toString(), QStringLiteral("firing"));
        const QJsonObject firingAlert = firing.value(QStringLiteral("alerts")).toArray().at(0).toObject();
        QCOMPARE(firingAlert.value(QStringLiteral("labels"))
                     .toObject()
                     .value(QStringLiteral("alertname"))
                     .toString(),
                 QStringLiteral("ProbeDown"));
        QCOMPARE(
            firingAlert.value(QStringLiteral("labels")).toObject().value(QStringLiteral("probe")).toString(),
            QStringLiteral("demo health"));
        QCOMPARE(firingAlert.value(QStringLiteral("annotations"))
                     .toObject()
                     .value(QStringLiteral("summary"))
                     .toString(),
                 QStringLiteral("health check demo health is down"));
        QVERIFY2(receiver.requestHeads().at(0).contains("Authorization: Bearer hook-secret-42"),
                 receiver.requestHeads().at(0).constData());
        QFile saved(paths.configFile());
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QByteArray savedJson = saved.readAll();
        QVERIFY(savedJson.contains("PERFDASH_TEST_HOOK_TOKEN"));
        QVERIFY(!savedJson.contains("hook-secret-42"));
        // A rule added in Settings while this one fires: the firing alert stays listed (its state is
        // restored, not started over) and is not notified again.
        {
            WorkspaceConfig edited = window.settingsPage()->savedConfig();
            alerts::AlertRule extra = edited.alertRules.first();
            extra.name = QStringLiteral("ProbeDownSlow");
            extra.forMs = 600'000;
            edited.alertRules.append(extra);
            emit window.settingsPage()->applyRequested(edited);
            QCOMPARE(stateOfFirstRow(), QStringLiteral("firing"));
            QSignalSpy evaluated(session.alertSession(), &AlertSession::transitionsShown);
            QVERIFY(evaluated.wait(10000)); // the new schedule's first evaluation: ProbeDownSlow goes pending
            QCOMPARE(page->activeModel()->rowCount(), 2);
            QStringList states;
            for (int row = 0; row < 2; ++row)
                states.append(page->activeModel()->index(row, 2).data().toString() + QLatin1Char('=') +
                              page->activeModel()->index(row, 0).data().toString());
            states.sort();
            QCOMPARE(states, QStringList({QStringLiteral("ProbeDown=firing"),
                                          QStringLiteral("ProbeDownSlow=pending")}));
            QCOMPARE(receiver.requestBodies().size(), 1);
            edited.alertRules.removeLast();
            emit window.settingsPage()->applyRequested(edited);
            QCOMPARE(page->activeModel()->rowCount(), 1);
        }
        // The Rules tab says which rule fires, with the PromQL it evaluates.
        QAbstractItemModelTester rulesTester(page->rulesModel());
        QCOMPARE(page->rulesModel()->rowCount(), 1);
        QCOMPARE(page->rulesModel()->index(0, 0).data().toString(), QStringLiteral("firing"));
        QCOMPARE(page->rulesModel()->index(0, 4).data().toString(), QStringLiteral("1"));
        QCOMPARE(page->rulesModel()->index(0, 6).data().toString(),
                 QStringLiteral("min by (probe) (probe_up) == 0"));
        window.showPage(QStringLiteral("alerts"));
        QVERIFY(window.grab().save(QStringLiteral(PERFDASH_SCREENSHOT_DIR "/alerts-firing.png")));
        page->findChild<QTabWidget*>(QStringLiteral("alertTabs"))->setCurrentIndex(1);
        QVERIFY(window.grab().save(QStringLiteral(PERFDASH_SCREENSHOT_DIR "/alerts-rules.png")));

        QVERIFY(faults(R"({"healthOutage": false})"));
        QTRY_COMPARE_WITH_TIMEOUT(page->activeModel()->rowCount(), 0, 15000);
        QCOMPARE(page->rulesModel()->index(0, 0).data().toString(), QStringLiteral("ok"));
        // ProbeDown's history, oldest last in the table: pending, firing, resolved.
        QStringList sequence;
        for (int row = page->historyModel()->rowCount() - 1; row >= 0; --row) {
            if (page->historyModel()->index(row, 1).data().toString() == QLatin1String("ProbeDown"))
                sequence.append(page->historyModel()->index(row, 3).data().toString() + QStringLiteral(">") +
                                page->historyModel()->index(row, 4).data().toString());
        }
        QVERIFY2(sequence.join(QLatin1Char(' '))
                     .endsWith(QStringLiteral("inactive>pending pending>firing firing>resolved")),
                 qPrintable(sequence.join(QLatin1Char(' '))));
        QCOMPARE(session.alertSession()->markersFor(QStringLiteral("health")).size(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(receiver.requestBodies().size(), 2, 10000);
        const QJsonObject resolved = QJsonDocument::fromJson(receiver.requestBodies().at(1)).object();
        QCOMPARE(resolved.value(QStringLiteral("status")).toString(), QStringLiteral("resolved"));
        const QJsonObject resolvedAlert = resolved.value(QStringLiteral("alerts")).toArray().at(0).toObject();
        // The resolved notice carries when the firing began and when it ended.
        QCOMPARE(resolvedAlert.value(QStringLiteral("startsAt")),
                 firingAlert.value(QStringLiteral("startsAt")));
        QVERIFY(resolvedAlert.value(QStringLiteral("endsAt")).toString() >
                resolvedAlert.value(QStringLiteral("startsAt")).toString());
        // And it is kept in the workspace's file.
        QVERIFY(session.flushStore());
        store::RecordStore records(const_cast<store::TimeSeriesStore*>(&session.store()));
        const std::vector<store::AlertEvent> events =
            records.alertEvents(0, QDateTime::currentMSecsSinceEpoch() + 1000);
        QVERIFY(events.size() >= 3);
        QCOMPARE(events.back().toState, QStringLiteral("resolved"));

        // Rules edited in Settings take effect at Apply, without a restart.
        const auto* rulesLine = page->findChild<QLabel*>(QStringLiteral("alertRules"));
        QVERIFY2(rulesLine->text().startsWith(QStringLiteral("1 rule")) &&
                     rulesLine->text().contains(QStringLiteral("every 1 s")),
                 qPrintable(rulesLine->text()));
        WorkspaceConfig edited = window.settingsPage()->savedConfig();
        edited.alertRules = alerts::defaultRules();
        edited.alerting.evaluationIntervalMs = 2000;
        emit window.settingsPage()->applyRequested(edited);
        QVERIFY2(rulesLine->text().startsWith(QStringLiteral("7 rule")) &&
                     rulesLine->text().contains(QStringLiteral("every 2 s")),
                 qPrintable(rulesLine->text()));
    }

    void brokenConfigEditKeepsTheLastGoodConfiguration()
    {
        DemoTargetProcess demo;
        QVERIFY2(demo.start(), qPrintable(demo.errorString()));
        QTemporaryDir dir;
        const WorkspacePaths paths = WorkspacePaths::resolve(dir.path() + QStringLiteral("/ws"));
        QString error;
        QVERIFY(paths.ensureDirectory(&error));
        WorkspaceConfig config;
        config.name = QStringLiteral("ws");
        ScrapeTarget target;
        target.name = QStringLiteral("one");
        target.url = demo.url(QStringLiteral("/metrics"));
        target.intervalMs = 200;
        target.timeoutMs = 200;
        config.targets.append(target);
        QVERIFY(writeWorkspaceFile(paths, config.toJson()));

        CommandLineOptions options;
        options.workspace = paths.directory();
        MainWindow window;
        DashboardSession session(options, &window);
        QSignalSpy applied(&session, &DashboardSession::configurationApplied);
        QVERIFY2(session.open(&error), qPrintable(error));
        const TargetTableModel* model = window.overviewPage()->targetModel();
        QTRY_COMPARE_WITH_TIMEOUT(model->targets().first().state, TargetStatus::State::Up, 20000);

        QVERIFY(writeWorkspaceFile(
            paths, R"({"formatVersion": 1, "targets": [{"name": "one", "url": "nonsense"}]})"));
        QTRY_VERIFY_WITH_TIMEOUT(!applied.isEmpty(), 10000);
        QCOMPARE(applied.last().at(0).toBool(), false);
        const QString message = applied.last().at(1).toString();
        QVERIFY2(message.contains(QStringLiteral("targets[0].url")) &&
                     message.contains(QStringLiteral("previous")),
                 qPrintable(message));
        QCOMPARE(session.workspace().config(), config);
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->targets().first().state, TargetStatus::State::Up);

        ScrapeTarget second = target;
        second.name = QStringLiteral("two");
        config.targets.append(second);
        applied.clear();
        QVERIFY(writeWorkspaceFile(paths, config.toJson()));
        QTRY_VERIFY_WITH_TIMEOUT(!applied.isEmpty() && applied.last().at(0).toBool(), 10000);
        QCOMPARE(session.workspace().config(), config);
        QCOMPARE(model->rowCount(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(model->targets().at(1).state, TargetStatus::State::Up, 20000);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
