#include "mainwindow.h"

#include "alertspage.h"
#include "apptheme.h"
#include "cachepage.h"
#include "databasepage.h"
#include "endpointspage.h"
#include "loadrunspage.h"
#include "overviewpage.h"
#include "pagecatalog.h"
#include "pendingpage.h"
#include "reportspage.h"
#include "settingspage.h"
#include "timerangebar.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>

namespace {
constexpr int pageIdRole = Qt::UserRole;
}

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_timeRange(new TimeRangeBar(this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("perfdash"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/perfdash.svg")));

    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setFixedWidth(190);
    m_navigation->setSpacing(2);
    m_navigation->setFrameShape(QFrame::NoFrame);
    updateNavigationPalette();
    m_pages->setObjectName(QStringLiteral("pages"));

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    m_shell = new QStackedWidget(this);
    m_shell->setObjectName(QStringLiteral("shell"));
    m_shell->addWidget(central);
    setCentralWidget(m_shell);

    m_status->setObjectName(QStringLiteral("statusMessage"));
    statusBar()->addWidget(m_status, 1);

    auto* toolBar = m_toolBar = addToolBar(tr("Time range"));
    toolBar->setObjectName(QStringLiteral("timeRangeToolBar"));
    toolBar->setMovable(false);
    auto* spacer = new QWidget(toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolBar->addWidget(spacer);
    m_timeRange->setObjectName(QStringLiteral("timeRange"));
    toolBar->addWidget(m_timeRange);
    addViewMenu();

    addPages();
    connect(m_overview, &OverviewPage::zoomRequested, m_timeRange, &TimeRangeBar::zoomTo);
    connect(m_overview, &OverviewPage::zoomResetRequested, m_timeRange, &TimeRangeBar::resetZoom);
    connect(m_endpoints, &EndpointsPage::zoomRequested, m_timeRange, &TimeRangeBar::zoomTo);
    connect(m_endpoints, &EndpointsPage::zoomResetRequested, m_timeRange, &TimeRangeBar::resetZoom);
    for (SourcePage* page : {static_cast<SourcePage*>(m_database), static_cast<SourcePage*>(m_cache)}) {
        connect(page, &SourcePage::zoomRequested, m_timeRange, &TimeRangeBar::zoomTo);
        connect(page, &SourcePage::zoomResetRequested, m_timeRange, &TimeRangeBar::resetZoom);
    }
    connect(m_loadRuns, &LoadRunsPage::reportRequested, this, [this](qint64 runId) {
        m_reports->select(QStringLiteral("run:%1").arg(runId));
        showPage(QStringLiteral("reports"));
    });
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_navigation, &QListWidget::currentRowChanged, this,
            [this] { emit pageChanged(currentPageId()); });
    m_navigation->setCurrentRow(0);
    resize(1180, 720);
}

MainWindow::~MainWindow() = default;

void MainWindow::updateNavigationPalette()
{
    // A soft selection keeps the page icons (drawn in the highlight's blue) visible.
    QPalette navigationPalette = palette();
    const QColor highlight = navigationPalette.color(QPalette::Highlight);
    const QColor base = navigationPalette.color(QPalette::Base);
    navigationPalette.setColor(QPalette::Highlight,
                               QColor::fromRgbF((highlight.redF() + 3 * base.redF()) / 4,
                                                (highlight.greenF() + 3 * base.greenF()) / 4,
                                                (highlight.blueF() + 3 * base.blueF()) / 4));
    navigationPalette.setColor(QPalette::HighlightedText, navigationPalette.color(QPalette::Text));
    m_navigation->setPalette(navigationPalette);
}

void MainWindow::changeEvent(QEvent* event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateNavigationPalette();
}

void MainWindow::addViewMenu()
{
    QMenu* view = menuBar()->addMenu(tr("&View"));
    QMenu* theme = view->addMenu(tr("Theme"));
    auto* themes = new QActionGroup(this);
    const std::pair<Theme, QString> choices[] = {
        {Theme::System, tr("Follow the system")}, {Theme::Light, tr("Light")}, {Theme::Dark, tr("Dark")}};
    for (const auto& [choice, text] : choices) {
        QAction* action = theme->addAction(text);
        action->setCheckable(true);
        action->setChecked(AppTheme::current() == choice);
        action->setData(AppTheme::name(choice));
        themes->addAction(action);
        connect(action, &QAction::triggered, this, [choice] {
            AppTheme::apply(choice);
            QSettings().setValue(QStringLiteral("appearance/theme"), AppTheme::name(choice));
        });
    }
    m_themeActions = themes;
    QMenu* range = view->addMenu(tr("Time range"));
    range->addActions(m_timeRange->rangeActions());
}

void MainWindow::showTheme(Theme theme)
{
    for (QAction* action : m_themeActions->actions())
        action->setChecked(action->data().toString() == AppTheme::name(theme));
}

void MainWindow::addPages()
{
    const QList<PageInfo> pages = PageCatalog::pages();
    for (int i = 0; i < pages.size(); ++i) {
        const PageInfo& page = pages.at(i);
        auto* item =
            new QListWidgetItem(QIcon(QStringLiteral(":/icons/%1.svg").arg(page.iconName)), page.title);
        item->setData(pageIdRole, page.id);
        item->setToolTip(tr("%1 (Ctrl+%2)").arg(page.title).arg(i + 1));
        m_navigation->addItem(item);

        QWidget* widget = nullptr;
        if (page.id == QLatin1String("overview"))
            widget = m_overview = new OverviewPage(m_pages);
        else if (page.id == QLatin1String("database"))
            widget = m_database = new DatabasePage(m_pages);
        else if (page.id == QLatin1String("endpoints"))
            widget = m_endpoints = new EndpointsPage(m_pages);
        else if (page.id == QLatin1String("cache"))
            widget = m_cache = new CachePage(m_pages);
        else if (page.id == QLatin1String("load"))
            widget = m_loadRuns = new LoadRunsPage(m_pages);
        else if (page.id == QLatin1String("reports"))
            widget = m_reports = new ReportsPage(m_pages);
        else if (page.id == QLatin1String("alerts"))
            widget = m_alerts = new AlertsPage(m_pages);
        else if (page.id == QLatin1String("settings"))
            widget = m_settings = new SettingsPage(m_pages);
        else
            widget = new PendingPage(page.title, page.purpose, page.planned, page.issue, m_pages);
        widget->setObjectName(page.id + QStringLiteral("Page"));
        m_pages->addWidget(widget);

        // Ctrl+1 .. Ctrl+8 switch pages, in navigation order.
        auto* shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)), this);
        connect(shortcut, &QShortcut::activated, this, [this, i] { m_navigation->setCurrentRow(i); });
    }
}

QString MainWindow::currentPageId() const
{
    const QListWidgetItem* item = m_navigation->currentItem();
    return item ? item->data(pageIdRole).toString() : QString();
}

bool MainWindow::showPage(const QString& id)
{
    for (int row = 0; row < m_navigation->count(); ++row) {
        if (m_navigation->item(row)->data(pageIdRole).toString() == id) {
            m_navigation->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

void MainWindow::setStatusMessage(const QString& message)
{
    m_status->setText(message);
}

void MainWindow::setFrontPage(QWidget* page)
{
    if (page && m_shell->indexOf(page) < 0)
        m_shell->addWidget(page);
    m_shell->setCurrentWidget(page ? page : m_shell->widget(0));
    m_toolBar->setVisible(!page); // the time range is about charts, which a front page has none of
}

QWidget* MainWindow::frontPage() const
{
    return m_shell->currentIndex() == 0 ? nullptr : m_shell->currentWidget();
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    const QString page = settings.value(QStringLiteral("mainWindow/page")).toString();
    if (!page.isEmpty())
        showPage(page);
    // The span and refresh rate come back; a zoom or pause is about a moment and does not.
    if (settings.contains(QStringLiteral("charts/span")))
        m_timeRange->setPresetSpan(settings.value(QStringLiteral("charts/span")).toLongLong());
    if (settings.contains(QStringLiteral("charts/refreshMs")))
        m_timeRange->setRefreshInterval(settings.value(QStringLiteral("charts/refreshMs")).toInt());
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    settings.setValue(QStringLiteral("mainWindow/page"), currentPageId());
    settings.setValue(QStringLiteral("charts/span"), m_timeRange->presetSpan());
    settings.setValue(QStringLiteral("charts/refreshMs"), m_timeRange->refreshInterval());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_settings->hasUnsavedChanges() && !settleUnsavedSettings()) {
        event->ignore();
        return;
    }
    if (!frontPage()) // a front page hides the toolbar: that state is not the dashboard's layout
        saveLayout();
    event->accept();
}

bool MainWindow::settleUnsavedSettings()
{
    QMessageBox box(QMessageBox::Warning, tr("Unsaved settings"),
                    tr("The Settings page has changes that are not applied yet."),
                    QMessageBox::Apply | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("unsavedSettings"));
    box.setInformativeText(tr("Apply them to workspace.json before closing, or discard them?"));
    box.setDefaultButton(QMessageBox::Apply);
    const int answer = box.exec();
    if (answer == QMessageBox::Discard)
        return true;
    if (answer == QMessageBox::Apply) {
        m_settings->apply();
        if (!m_settings->hasUnsavedChanges())
            return true;
    }
    // Cancelled, or the changes could not be applied (invalid, or the file not written): stay.
    showPage(QStringLiteral("settings"));
    return false;
}
