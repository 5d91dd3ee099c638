#pragma once

#include "workspaceconfig.h"

#include <QWidget>
#include <memory>
#include <vector>

class QLabel;
class QPushButton;
class AlertRulesSection;
class QTabWidget;
class SettingsSection;

// What the workspace watches, editable: scrape targets, health probes, JSON endpoints, PostgreSQL
// and Redis sources, storage, alert rules and where their notifications go. Every edit is checked by the
// model's own rules (WorkspaceConfig::validationErrors()), shown at the field and listed with its path; Apply
// is offered only for a configuration that can be saved. The page touches no file: Apply emits
// applyRequested() and whoever saves it answers with setConfig() or applyFailed().
class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit SettingsPage(QWidget* parent = nullptr);
    ~SettingsPage() override;

    // The configuration as saved: shown, and what Revert returns to. Unsaved edits are dropped.
    void setConfig(const WorkspaceConfig& config);
    // The file was changed outside perfdash and read back. Shown at once, unless there are unsaved
    // edits: those are kept, the page says the file changed, and Revert shows the file's version.
    void configChangedOnDisk(const WorkspaceConfig& config);
    // The file was changed outside perfdash but could not be taken up (message says why).
    void configFileRefused(const QString& message);
    // The last Apply was saved (setConfig() came first) or was not; a failure keeps the edits.
    void applySucceeded(const QString& message);
    void applyFailed(const QString& message);
    // Where Apply saves to, for the heading.
    void setConfigFile(const QString& path);

    const WorkspaceConfig& savedConfig() const { return m_saved; }
    const WorkspaceConfig& editedConfig() const { return m_edited; }
    bool hasUnsavedChanges() const { return m_edited != m_saved; }
    // What keeps the edits from being applied, each with its field path.
    QStringList problems() const { return m_problems; }
    QString message() const;

    void apply();
    void revert();
    // What Import Prometheus rules… does once the file is read: the import dialog over the file's
    // text (window-modal, not waited for); OK adds its checked rules to the edited configuration.
    void importPrometheusRules(const QByteArray& yaml, const QString& fileName = {});

signals:
    // The edited configuration, as it will read back from workspace.json.
    void applyRequested(const WorkspaceConfig& config);

private:
    enum class Tone
    {
        Info,
        Warning,
        Error
    };
    void showMessage(const QString& text, Tone tone);
    void edited();
    void revalidate();
    void reloadSections();

    WorkspaceConfig m_saved;
    WorkspaceConfig m_edited;
    QStringList m_problems;
    std::vector<std::unique_ptr<SettingsSection>> m_sections;
    AlertRulesSection* m_alertRules = nullptr;
    QTabWidget* m_tabs = nullptr;
    QLabel* m_where = nullptr;
    QLabel* m_demoNote = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_problemList = nullptr;
    QLabel* m_state = nullptr;
    QPushButton* m_revert = nullptr;
    QPushButton* m_apply = nullptr;
};
