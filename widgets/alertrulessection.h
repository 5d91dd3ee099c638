#pragma once

#include "alertruleform.h"
#include "settingssection.h"

#include <memory>

class QLabel;
class QPushButton;

// The Alert rules tab: the list of rules with their form, plus Restore shipped rules (adds the
// shipped rules whose names are missing; edited and own rules stay) and Import Prometheus rules….
class AlertRulesSection : public SettingsSection
{
public:
    AlertRulesSection(WorkspaceConfig* edited, std::function<void()> changed);
    ~AlertRulesSection() override;

    QWidget* widget() const override { return m_widget; }
    QString title() const override { return m_list->title(); }
    void reload() override;
    int showProblems(const QStringList& problems) override { return m_list->showProblems(problems); }

    void restoreShippedRules();
    // Opens the import dialog (window-modal, not waited for) on a rule file's text; OK adds the
    // checked rules to the edited configuration.
    void importRules(const QByteArray& yaml, const QString& fileName);

private:
    using Rules = ListSection<alerts::AlertRule, AlertRuleForm>;
    void chooseFile();
    void add(const QList<alerts::AlertRule>& rules, const QString& note);
    QStringList names() const;

    WorkspaceConfig* m_config;
    std::function<void()> m_changed;
    std::unique_ptr<Rules> m_list;
    QWidget* m_widget = nullptr;
    QLabel* m_note = nullptr;
};
