#pragma once

#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;
class CachePage;
class DatabasePage;
class EndpointsPage;
class OverviewPage;
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
    SettingsPage* settingsPage() const { return m_settings; }
    QString currentPageId() const;
    // False when no page has that id.
    bool showPage(const QString& id);
    void setStatusMessage(const QString& message);

    void restoreLayout();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void addPages();
    void saveLayout() const;

    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_pages = nullptr;
    OverviewPage* m_overview = nullptr;
    DatabasePage* m_database = nullptr;
    CachePage* m_cache = nullptr;
    EndpointsPage* m_endpoints = nullptr;
    SettingsPage* m_settings = nullptr;
    QLabel* m_status = nullptr;
};
