#pragma once

#include <QObject>
#include <QString>

// What the tray icon says: the open workspace and how many alerts fire. Kept apart from the icon
// so that it can be tested where no system tray exists (offscreen, most CI machines).
class TrayStatus : public QObject
{
    Q_OBJECT
public:
    explicit TrayStatus(QObject* parent = nullptr);
    ~TrayStatus() override;

    void setWorkspaceName(const QString& name); // empty: no workspace open
    void setFiringCount(int count);
    QString workspaceName() const { return m_workspace; }
    int firingCount() const { return m_firing; }

    QString firingText() const;
    QString toolTip() const;

signals:
    void changed();

private:
    QString m_workspace;
    int m_firing = 0;
};
