#pragma once

#include "prometheusruleimport.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QTableWidget;

// What a Prometheus rule file gives: the rules perfdash can evaluate, each checkable (all checked
// at first; one whose name is taken gets a number and says so), and every rule it cannot, with its
// group, name, line and why. A file that is not a rule file shows its error and offers nothing.
class RuleImportDialog : public QDialog
{
    Q_OBJECT
public:
    // `takenNames`: the names of the rules the workspace has already.
    RuleImportDialog(const alerts::RuleImport& import, const QStringList& takenNames,
                     QWidget* parent = nullptr);
    ~RuleImportDialog() override;

    // The checked rules, named as the list shows them.
    QList<alerts::AlertRule> checkedRules() const;

private:
    void fillRules(const QStringList& takenNames);
    void fillUnmapped();
    void updateOk();

    alerts::RuleImport m_import;
    QList<alerts::AlertRule> m_rules; // m_import.rules with unique names
    QLabel* m_summary = nullptr;
    QLabel* m_rulesHeading = nullptr;
    QTableWidget* m_ruleTable = nullptr;
    QLabel* m_unmappedHeading = nullptr;
    QTableWidget* m_unmappedTable = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};
