#pragma once

#include "traystatus.h"

#include <QObject>

class DashboardSession;
class MainWindow;
class QAction;
class QMenu;
class QSystemTrayIcon;

// perfdash in the system tray, where there is one: show or hide the window, the count of firing
// alerts, a balloon when one starts firing, Quit. Closing the window keeps perfdash running in the
// tray only when the user asked for it (the menu's check box); by default closing quits.
class TrayIcon : public QObject
{
    Q_OBJECT
public:
    explicit TrayIcon(MainWindow* window, QObject* parent = nullptr);
    ~TrayIcon() override;

    // Follows the alerts and the name of a newly opened workspace.
    void follow(DashboardSession* session);
    void clear();

    bool isShown() const { return m_tray != nullptr; }
    TrayStatus* status() { return &m_status; }
    QMenu* menu() const { return m_menu; }
    // Whether closing the window leaves perfdash running in the tray.
    bool keepsRunning() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildMenu();
    void updateTexts();
    void toggleWindow();
    void quit();
    void notify(const QString& title, const QString& message, bool firing, bool critical);

    MainWindow* m_window;
    TrayStatus m_status;
    QMenu* m_menu = nullptr;
    QAction* m_showHide = nullptr;
    QAction* m_firing = nullptr;
    QAction* m_keepRunning = nullptr;
    QSystemTrayIcon* m_tray = nullptr; // null where the desktop has no tray
    bool m_quitting = false;
};
