#pragma once

#include "loadlaunchrequest.h"

#include <QWidget>
#include <functional>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

// The launcher of a load run: preset or scenario file, target, model and its parameters, Run and
// Cancel, and the progress of the run going (elapsed, remaining, live figures).
class LoadLauncher : public QWidget
{
    Q_OBJECT
public:
    // Asked before a run against a host other than this machine; true lets it run.
    using RemoteConfirmation = std::function<bool(const QString& host)>;

    explicit LoadLauncher(QWidget* parent = nullptr);
    ~LoadLauncher() override;

    void setPresets(const QStringList& names);
    void setTarget(const QString& url);
    QString target() const;
    // Tests replace the question box with their answer.
    void setRemoteConfirmation(RemoteConfirmation confirm) { m_confirmRemote = std::move(confirm); }
    LoadLaunchRequest request() const;
    // Checks the target (confirming a remote one) and emits runRequested; false when it did not.
    bool run();

    void setRunning(bool running);
    // Progress of the run going: the larger of its time and its request bound.
    void setProgress(qint64 elapsedMs, qint64 plannedMs, qint64 requests, qint64 maxRequests);
    void setStatus(const QString& text);
    QString statusText() const;
    int progressValue() const;

    static bool isLoopback(const QString& host);

signals:
    void runRequested(const LoadLaunchRequest& request);
    void cancelRequested();

private:
    void addForm();
    void chooseFile();

    QComboBox* m_scenario = nullptr;
    QLineEdit* m_file = nullptr;
    QPushButton* m_browse = nullptr;
    QLineEdit* m_target = nullptr;
    QComboBox* m_model = nullptr;
    QSpinBox* m_users = nullptr;
    QDoubleSpinBox* m_rate = nullptr;
    QSpinBox* m_duration = nullptr;
    QSpinBox* m_maxRequests = nullptr;
    QPushButton* m_run = nullptr;
    QPushButton* m_cancel = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_time = nullptr;
    QLabel* m_status = nullptr;
    RemoteConfirmation m_confirmRemote;
};
