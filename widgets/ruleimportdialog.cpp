#include "ruleimportdialog.h"

#include "alertruleform.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
QTableWidget* table(QWidget* parent, const QStringList& headers)
{
    auto* t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setWordWrap(false);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

QTableWidgetItem* cell(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setToolTip(text);
    return item;
}
} // namespace

RuleImportDialog::RuleImportDialog(const alerts::RuleImport& import, const QStringList& takenNames,
                                   QWidget* parent)
    : QDialog(parent)
    , m_import(import)
    , m_summary(new QLabel(this))
    , m_rulesHeading(new QLabel(tr("<b>Rules perfdash evaluates</b> (the checked ones are added)"), this))
    , m_ruleTable(table(this, {tr("Name"), tr("Evaluates"), tr("Severity"), tr("Note")}))
    , m_unmappedHeading(new QLabel(tr("<b>Rules that cannot be imported</b>"), this))
    , m_unmappedTable(table(this, {tr("Group"), tr("Name"), tr("Line"), tr("Why")}))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Import Prometheus rules"));
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_ruleTable->setObjectName(QStringLiteral("importedRules"));
    m_unmappedTable->setObjectName(QStringLiteral("unmappedRules"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_rulesHeading);
    layout->addWidget(m_ruleTable, 3);
    layout->addWidget(m_unmappedHeading);
    layout->addWidget(m_unmappedTable, 2);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(900, 560);

    if (!import.ok()) {
        QPalette palette = m_summary->palette();
        palette.setColor(QPalette::WindowText, QColor(0xa4, 0x1e, 0x1e));
        m_summary->setPalette(palette);
        m_summary->setText(tr("This is not a Prometheus rule file: %1").arg(import.error));
        for (QWidget* part :
             std::initializer_list<QWidget*>{m_rulesHeading, m_ruleTable, m_unmappedHeading, m_unmappedTable})
            part->hide();
        m_buttons->setStandardButtons(QDialogButtonBox::Close);
        layout->addStretch(1);
        resize(640, 160);
        return;
    }
    fillRules(takenNames);
    fillUnmapped();
    const int unmapped = int(import.unmapped.size());
    m_summary->setText(import.rules.isEmpty() && unmapped == 0
                           ? tr("The file holds no alerting rules.")
                           : tr("%n rule(s) can be imported", nullptr, int(m_rules.size())) +
                                 QStringLiteral("; ") +
                                 tr("%n cannot (listed below with why).", nullptr, unmapped));
    m_rulesHeading->setVisible(!m_rules.isEmpty());
    m_ruleTable->setVisible(!m_rules.isEmpty());
    m_unmappedHeading->setVisible(unmapped > 0);
    m_unmappedTable->setVisible(unmapped > 0);
    connect(m_ruleTable, &QTableWidget::itemChanged, this, &RuleImportDialog::updateOk);
    updateOk();
}

RuleImportDialog::~RuleImportDialog() = default;

void RuleImportDialog::fillRules(const QStringList& takenNames)
{
    QStringList taken = takenNames;
    m_ruleTable->setRowCount(int(m_import.rules.size()));
    for (int row = 0; row < m_import.rules.size(); ++row) {
        alerts::AlertRule rule = m_import.rules.at(row);
        const QString original = rule.name;
        for (int n = 2; taken.contains(rule.name); ++n)
            rule.name = QStringLiteral("%1 %2").arg(original).arg(n);
        taken.append(rule.name);
        auto* name = cell(rule.name);
        name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        name->setCheckState(Qt::Checked);
        m_ruleTable->setItem(row, 0, name);
        m_ruleTable->setItem(row, 1, cell(AlertRuleForm::conditionText(rule)));
        m_ruleTable->setItem(
            row, 2, cell(rule.severity == alerts::Severity::Critical ? tr("critical") : tr("warning")));
        m_ruleTable->setItem(
            row, 3, cell(rule.name == original ? QString() : tr("renamed: %1 is taken").arg(original)));
        m_rules.append(rule);
    }
    m_ruleTable->resizeColumnsToContents();
    m_ruleTable->setColumnWidth(1, std::min(m_ruleTable->columnWidth(1), 420));
}

void RuleImportDialog::fillUnmapped()
{
    m_unmappedTable->setRowCount(int(m_import.unmapped.size()));
    for (int row = 0; row < int(m_import.unmapped.size()); ++row) {
        const alerts::UnmappedRule& rule = m_import.unmapped.at(std::size_t(row));
        m_unmappedTable->setItem(row, 0, cell(rule.group));
        auto* name = cell(rule.name);
        name->setToolTip(rule.expr);
        m_unmappedTable->setItem(row, 1, name);
        m_unmappedTable->setItem(row, 2, cell(QString::number(rule.line)));
        auto* reason = cell(rule.reason);
        reason->setToolTip(rule.reason + QStringLiteral("\n") + rule.expr);
        m_unmappedTable->setItem(row, 3, reason);
    }
    m_unmappedTable->resizeColumnsToContents();
}

void RuleImportDialog::updateOk()
{
    const int count = int(checkedRules().size());
    QPushButton* ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("Add %n rule(s)", nullptr, count));
    ok->setEnabled(count > 0);
}

QList<alerts::AlertRule> RuleImportDialog::checkedRules() const
{
    QList<alerts::AlertRule> checked;
    for (int row = 0; row < m_rules.size(); ++row) {
        if (m_ruleTable->item(row, 0)->checkState() == Qt::Checked)
            checked.append(m_rules.at(row));
    }
    return checked;
}
