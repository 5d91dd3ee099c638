#include "alertrulessection.h"

#include "ruleimportdialog.h"
#include "settingspage.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

AlertRulesSection::AlertRulesSection(WorkspaceConfig* edited, std::function<void()> changed)
    : m_config(edited)
    , m_changed(changed)
    , m_list(std::make_unique<Rules>(
          Rules::Kind{
              &WorkspaceConfig::alertRules, QStringLiteral("alerts"), SettingsPage::tr("Alert rules"),
              SettingsPage::tr("NewRule"),
              SettingsPage::tr("No alert rules: nothing alerts. Add one, restore the shipped rules or "
                               "import a Prometheus rule file.")},
          edited, std::move(changed)))
    , m_widget(new QWidget)
    , m_note(new QLabel(m_widget))
{
    auto* layout = new QVBoxLayout(m_widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list->widget(), 1);
    auto* buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 6, 0, 0);
    auto* restore = new QPushButton(SettingsPage::tr("Restore shipped rules"), m_widget);
    restore->setObjectName(QStringLiteral("restoreShippedRules"));
    restore->setToolTip(
        SettingsPage::tr("Adds the rules perfdash ships whose names are missing; your rules and "
                         "edits stay"));
    auto* import = new QPushButton(SettingsPage::tr("Import Prometheus rules…"), m_widget);
    import->setObjectName(QStringLiteral("importPrometheusRules"));
    import->setToolTip(
        SettingsPage::tr("Adds rules of a Prometheus rule file (.yml) that perfdash can evaluate"));
    m_note->setObjectName(QStringLiteral("alertRulesNote"));
    m_note->setWordWrap(true);
    buttons->addWidget(restore);
    buttons->addWidget(import);
    buttons->addWidget(m_note, 1);
    layout->addLayout(buttons);
    QObject::connect(restore, &QPushButton::clicked, m_widget, [this] { restoreShippedRules(); });
    QObject::connect(import, &QPushButton::clicked, m_widget, [this] { chooseFile(); });
}

AlertRulesSection::~AlertRulesSection() = default;

void AlertRulesSection::reload()
{
    m_note->clear();
    m_list->reload();
}

QStringList AlertRulesSection::names() const
{
    QStringList list;
    for (const alerts::AlertRule& rule : std::as_const(m_config->alertRules))
        list.append(rule.name);
    return list;
}

void AlertRulesSection::add(const QList<alerts::AlertRule>& rules, const QString& note)
{
    m_config->alertRules.append(rules);
    m_list->reload();
    m_note->setText(note);
    if (!rules.isEmpty())
        m_changed();
}

void AlertRulesSection::restoreShippedRules()
{
    const QStringList taken = names();
    QList<alerts::AlertRule> missing;
    QStringList missingNames;
    for (const alerts::AlertRule& rule : alerts::defaultRules()) {
        if (!taken.contains(rule.name)) {
            missing.append(rule);
            missingNames.append(rule.name);
        }
    }
    add(missing, missing.isEmpty()
                     ? SettingsPage::tr("Every shipped rule is there; nothing added.")
                     : SettingsPage::tr("Added %n shipped rule(s): %1.", nullptr, int(missing.size()))
                           .arg(missingNames.join(QStringLiteral(", "))));
}

void AlertRulesSection::chooseFile()
{
    const QString fileName =
        QFileDialog::getOpenFileName(m_widget, SettingsPage::tr("Import Prometheus rules"), QString(),
                                     SettingsPage::tr("Prometheus rule files (*.yml *.yaml);;All files (*)"));
    if (fileName.isEmpty())
        return;
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        m_note->setText(SettingsPage::tr("Could not read %1: %2").arg(fileName, file.errorString()));
        return;
    }
    importRules(file.readAll(), fileName);
}

void AlertRulesSection::importRules(const QByteArray& yaml, const QString& fileName)
{
    auto* dialog = new RuleImportDialog(alerts::importPrometheusRules(yaml), names(), m_widget);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!fileName.isEmpty())
        dialog->setWindowTitle(
            SettingsPage::tr("Import Prometheus rules from %1").arg(QFileInfo(fileName).fileName()));
    QObject::connect(dialog, &QDialog::accepted, m_widget, [this, dialog] {
        const QList<alerts::AlertRule> rules = dialog->checkedRules();
        add(rules, SettingsPage::tr("Added %n imported rule(s).", nullptr, int(rules.size())));
    });
    dialog->open();
}
