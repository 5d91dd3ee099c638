#pragma once

#include "settingsform.h"
#include "workspaceconfig.h"

class QSpinBox;

// How long the workspace's data file keeps samples and how large it may grow.
class StorageForm : public SettingsForm
{
    Q_OBJECT
public:
    explicit StorageForm(QWidget* parent = nullptr);
    ~StorageForm() override;

    void setValue(const StorageSettings& storage);
    StorageSettings value() const;

private:
    QSpinBox* m_retention = nullptr;
    QSpinBox* m_maxFile = nullptr;
};
