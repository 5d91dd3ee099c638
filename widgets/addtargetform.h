#pragma once

#include "settingsform.h"
#include "workspaceconfig.h"

class QLineEdit;

// The few fields of a first workspace: its name, the /metrics URL and an optional health URL.
// Problems are the workspace rules' own (WorkspaceConfig::validationErrors), shown at their field.
class AddTargetForm : public SettingsForm
{
    Q_OBJECT
public:
    explicit AddTargetForm(QWidget* parent = nullptr);
    ~AddTargetForm() override;

    void reset(const QString& workspaceName);
    // The workspace these fields describe: one target and, with a health URL, one probe.
    WorkspaceConfig draft() const;
    // Every problem of draft(), keyed by this form's fields ("url: ...", "healthUrl: ...").
    QStringList problems() const;
    QLineEdit* urlEdit() const { return m_url; }

private:
    QLineEdit* m_name = nullptr;
    QLineEdit* m_url = nullptr;
    QLineEdit* m_healthUrl = nullptr;
};
