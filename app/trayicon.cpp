#include "trayicon.h"

#include "alertsession.h"
#include "dashboardsession.h"
#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QIcon>
#include <QMenu>
#include <QSettings>
#include <QSystemTrayIcon>

namespace {
const QString keepRunningKey = QStringLiteral("tray/keepRunningOnClose");
}

TrayIcon::TrayIcon(MainWindow* window, QObject* parent)
    : QObject(parent)
    , m_window(window)
{
    buildMenu();
    connect(&m_status, &TrayStatus::changed, this, &TrayIcon::updateTexts);
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/perfdash.svg")), this);
        m_tray->setContextMenu(m_menu);
        connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
            if (reason == QSystemTrayIcon::Trigger)
                toggleWindow();
        });
        m_tray->show();
    }
    m_window->installEventFilter(this);
    updateTexts();
}

TrayIcon::~TrayIcon()
{
    delete m_tray; // before its context menu, which has no parent to delete it
    delete m_menu;
}

void TrayIcon::buildMenu()
{
    m_menu = new QMenu;
    m_showHide = m_menu->addAction(tr("Hide window"));
    connect(m_showHide, &QAction::triggered, this, &TrayIcon::toggleWindow);
    m_firing = m_menu->addAction(QString());
    m_firing->setEnabled(false); // a figure, not a command
    m_menu->addSeparator();
    m_keepRunning = m_menu->addAction(tr("Keep running in the tray when the window is closed"));
    m_keepRunning->setCheckable(true);
    m_keepRunning->setChecked(QSettings().value(keepRunningKey, false).toBool());
    connect(m_keepRunning, &QAction::toggled, this,
            [](bool on) { QSettings().setValue(keepRunningKey, on); });
    m_menu->addSeparator();
    connect(m_menu->addAction(tr("Quit perfdash")), &QAction::triggered, this, &TrayIcon::quit);
    connect(m_menu, &QMenu::aboutToShow, this, &TrayIcon::updateTexts);
}

void TrayIcon::updateTexts()
{
    m_showHide->setText(m_window->isVisible() ? tr("Hide window") : tr("Show window"));
    m_firing->setText(m_status.firingText());
    if (m_tray)
        m_tray->setToolTip(m_status.toolTip());
}

void TrayIcon::follow(DashboardSession* session)
{
    m_status.setWorkspaceName(session->workspace().config().name);
    AlertSession* alerts = session->alertSession();
    if (!alerts)
        return;
    m_status.setFiringCount(alerts->firingCount());
    connect(alerts, &AlertSession::firingCountChanged, &m_status, &TrayStatus::setFiringCount);
    connect(alerts, &AlertSession::notificationRaised, this, &TrayIcon::notify);
}

void TrayIcon::clear()
{
    m_status.setWorkspaceName({});
    m_status.setFiringCount(0);
}

bool TrayIcon::keepsRunning() const
{
    return m_tray && m_keepRunning->isChecked();
}

void TrayIcon::notify(const QString& title, const QString& message, bool firing, bool critical)
{
    if (m_tray && firing)
        m_tray->showMessage(title, message, critical ? QSystemTrayIcon::Critical : QSystemTrayIcon::Warning);
}

void TrayIcon::toggleWindow()
{
    if (m_window->isVisible() && !m_window->isMinimized()) {
        m_window->hide();
    } else {
        m_window->showNormal();
        m_window->raise();
        m_window->activateWindow();
    }
    updateTexts();
}

void TrayIcon::quit()
{
    m_quitting = true;
    if (m_window->close()) // false when the user keeps unapplied settings open
        QApplication::quit();
    m_quitting = false;
}

bool TrayIcon::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_window && (event->type() == QEvent::Show || event->type() == QEvent::Hide))
        updateTexts();
    if (watched == m_window && event->type() == QEvent::Close && keepsRunning() && !m_quitting) {
        m_window->hide();
        event->ignore();
        updateTexts();
        return true;
    }
    return QObject::eventFilter(watched, event);
}
