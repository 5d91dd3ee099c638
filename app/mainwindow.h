#pragma once

#include "apptheme.h"

#include <QMainWindow>

class QActionGroup;
class QLabel;
class QListWidget;
class QStackedWidget;
class QToolBar;
class AlertsPage;
class CachePage;
class DatabasePage;
class EndpointsPage;
class LoadRunsPage;
class ReportsPage;
class OverviewPage;
class TimeRangeBar;
class SettingsPage;

// The shell: navigation on the left, one page at a time on the right, status at the bottom.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    OverviewPage* overviewPage() const { return m_overview; }
    DatabasePage* databasePage() const { return m_database; }
    CachePage* cachePage() const { return m_cache; }
    EndpointsPage* endpointsPage() const { return m_endpoints; }
    AlertsPage* alertsPage() const { return m_alerts; }
    LoadRunsPage* loadRunsPage() const { return m_loadRuns; }
    ReportsPage* reportsPage() const { return m_reports; }
    // The time range all charts share (top right of the window).
    TimeRangeBar* timeRange() const { return m_timeRange; }
    SettingsPage* settingsPage() const { return m_settings; }
    QString currentPageId() const;
    // False when no page has that id.
    bool showPage(const QString& id);
    void setStatusMessage(const QString& message);

    // Shows `page` instead of the dashboard (the first run's welcome); nullptr brings the dashboard back.
    void setFrontPage(QWidget* page);
    QWidget* frontPage() const;

    void restoreLayout();
    // Ticks `theme` in View > Theme (after it was applied from settings or the command line).
    void showTheme(Theme theme);

signals:
    void pageChanged(const QString& id);

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void addPages();
    void addViewMenu();
    void updateNavigationPalette();
    // Asks what to do with unapplied settings; true when the window may close.
    bool settleUnsavedSettings();
    void saveLayout() const;

    QStackedWidget* m_shell = nullptr; // the dashboard, or a front page in its place
    QToolBar* m_toolBar = nullptr;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_pages = nullptr;
    OverviewPage* m_overview = nullptr;
    DatabasePage* m_database = nullptr;
    CachePage* m_cache = nullptr;
    EndpointsPage* m_endpoints = nullptr;
    AlertsPage* m_alerts = nullptr;
    LoadRunsPage* m_loadRuns = nullptr;
    ReportsPage* m_reports = nullptr;
    TimeRangeBar* m_timeRange = nullptr;
    SettingsPage* m_settings = nullptr;
    QLabel* m_status = nullptr;
    QActionGroup* m_themeActions = nullptr;
};
