#include "alertspage.h"

#include "texttablemodel.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace {
QString timeText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QTableView* tableFor(TextTableModel* model, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    QObject::connect(model, &QAbstractItemModel::rowsInserted, view, &QTableView::resizeColumnsToContents);
    QObject::connect(model, &QAbstractItemModel::modelReset, view, &QTableView::resizeColumnsToContents);
    return view;
}
} // namespace

AlertsPage::AlertsPage(QWidget* parent)
    : QWidget(parent)
    , m_active(new TextTableModel(
          {tr("State"), tr("Severity"), tr("Rule"), tr("Labels"), tr("Since"), tr("Value"), tr("Summary")},
          this))
    , m_history(new TextTableModel(
          {tr("Time"), tr("Rule"), tr("Labels"), tr("From"), tr("To"), tr("Value"), tr("Summary")}, this))
    , m_ruleList(new TextTableModel(
          {tr("State"), tr("Rule"), tr("Severity"), tr("For"), tr("Firing"), tr("Pending"), tr("Expression")},
          this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    auto* heading = new QLabel(tr("Alerts"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    layout->addWidget(heading);
    m_rules = new QLabel(this);
    m_rules->setObjectName(QStringLiteral("alertRules"));
    m_rules->setWordWrap(true);
    layout->addWidget(m_rules);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("alertTabs"));
    layout->addWidget(m_tabs, 1);
    auto* activeTab = new QWidget(m_tabs);
    auto* activeLayout = new QVBoxLayout(activeTab);
    m_activeView = tableFor(m_active, activeTab);
    m_activeView->setObjectName(QStringLiteral("activeAlerts"));
    activeLayout->addWidget(m_activeView, 1);
    auto* actions = new QHBoxLayout;
    auto* acknowledgeButton = new QPushButton(tr("Acknowledge"), this);
    acknowledgeButton->setObjectName(QStringLiteral("acknowledgeAlert"));
    auto* silenceButton = new QPushButton(tr("Silence for 1 hour"), this);
    silenceButton->setObjectName(QStringLiteral("silenceAlert"));
    auto* unsilenceButton = new QPushButton(tr("Unsilence"), this);
    unsilenceButton->setObjectName(QStringLiteral("unsilenceAlert"));
    for (QPushButton* button : {acknowledgeButton, silenceButton, unsilenceButton})
        actions->addWidget(button);
    actions->addStretch(1);
    activeLayout->addLayout(actions);
    m_tabs->addTab(activeTab, tr("Active"));
    connect(acknowledgeButton, &QPushButton::clicked, this, [this] {
        if (const QString key = selectedKey(); !key.isEmpty())
            acknowledge(key);
    });
    connect(silenceButton, &QPushButton::clicked, this, [this] {
        if (const QString key = selectedKey(); !key.isEmpty())
            silence(key, QDateTime::currentMSecsSinceEpoch() + 3'600'000);
    });
    connect(unsilenceButton, &QPushButton::clicked, this, [this] {
        if (const QString key = selectedKey(); !key.isEmpty())
            unsilence(key);
    });

    auto* rulesView = tableFor(m_ruleList, m_tabs);
    rulesView->setObjectName(QStringLiteral("alertRuleList"));
    m_tabs->addTab(rulesView, tr("Rules"));
    auto* historyView = tableFor(m_history, m_tabs);
    historyView->setObjectName(QStringLiteral("alertHistory"));
    historyView->setToolTip(tr("Every transition, newest first"));
    m_tabs->addTab(historyView, tr("History"));
}

AlertsPage::~AlertsPage() = default;

void AlertsPage::setRulesSummary(const QString& text)
{
    m_rules->setText(text);
}

void AlertsPage::setRules(const QList<AlertRuleRow>& rows)
{
    QList<TextTableModel::Row> table;
    for (const AlertRuleRow& row : rows)
        table.append({row.name,
                      {row.state, row.name, row.severity, row.forText, QString::number(row.firing),
                       QString::number(row.pending), row.expression},
                      {}});
    m_ruleList->setRows(table);
    m_tabs->setTabText(1, tr("Rules (%1)").arg(rows.size()));
}

void AlertsPage::setActive(const QList<AlertRow>& rows)
{
    m_rows = rows;
    // An acknowledgement lasts until the alert resolves: forget those no longer active.
    QSet<QString> active;
    for (const AlertRow& row : rows)
        active.insert(row.key);
    m_acknowledged.intersect(active);
    showActive();
    m_tabs->setTabText(0, rows.isEmpty() ? tr("Active") : tr("Active (%1)").arg(rows.size()));
}

void AlertsPage::showActive()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<TextTableModel::Row> rows;
    for (const AlertRow& row : std::as_const(m_rows)) {
        QString state = row.state;
        if (isSilenced(row.key, now))
            state += tr(" (silenced until %1)")
                         .arg(QDateTime::fromMSecsSinceEpoch(m_silencedUntil.value(row.key))
                                  .toString(QStringLiteral("HH:mm")));
        else if (isAcknowledged(row.key))
            state += tr(" (acknowledged)");
        rows.append(
            {row.key,
             {state, row.severity, row.rule, row.labels, timeText(row.sinceMs), row.value, row.summary},
             {}});
    }
    m_active->setRows(rows);
}

void AlertsPage::setHistory(const QList<AlertHistoryRow>& rows)
{
    QList<TextTableModel::Row> table;
    for (const AlertHistoryRow& row : rows)
        table.append({QStringLiteral("%1|%2|%3|%4").arg(row.timeMs).arg(row.rule, row.labels, row.to),
                      {timeText(row.timeMs), row.rule, row.labels, row.from, row.to, row.value, row.summary},
                      {}});
    m_history->setRows(table);
}

bool AlertsPage::isSilenced(const QString& key, qint64 nowMs) const
{
    return m_silencedUntil.value(key, 0) > nowMs;
}

void AlertsPage::acknowledge(const QString& key)
{
    m_acknowledged.insert(key);
    showActive();
}

void AlertsPage::silence(const QString& key, qint64 untilMs)
{
    m_silencedUntil.insert(key, untilMs);
    showActive();
}

void AlertsPage::unsilence(const QString& key)
{
    m_silencedUntil.remove(key);
    showActive();
}

QString AlertsPage::selectedKey() const
{
    const QModelIndexList rows = m_activeView->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_active->rows().value(rows.first().row()).key;
}
