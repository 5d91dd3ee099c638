#include "servicepickerdialog.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>
#include <algorithm>
#include <map>

namespace {
enum Column
{
    JobColumn,
    InstanceColumn,
    HealthColumn,
    LastScrapeColumn,
    ErrorColumn,
    ColumnCount
};
} // namespace

ServicePickerDialog::ServicePickerDialog(const QList<PrometheusService>& chosen, QWidget* parent)
    : QDialog(parent)
    , m_chosen(chosen)
    , m_status(new QLabel(tr("Asking the server for its targets…"), this))
    , m_table(new QTableWidget(0, ColumnCount, this))
{
    setWindowTitle(tr("Pick services"));
    m_table->setHorizontalHeaderLabels(
        {tr("Job"), tr("Instance"), tr("Health"), tr("Last scrape"), tr("Last error")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(760, 360);
}

bool ServicePickerDialog::isChosen(const promapi::Target& target) const
{
    return std::any_of(m_chosen.begin(), m_chosen.end(), [&](const PrometheusService& s) {
        return s.job == target.job && (s.instance.isEmpty() || s.instance == target.instance);
    });
}

void ServicePickerDialog::addRow(const promapi::Target& target)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto* job = new QTableWidgetItem(target.job);
    job->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
    job->setCheckState(isChosen(target) ? Qt::Checked : Qt::Unchecked);
    m_table->setItem(row, JobColumn, job);
    // RFC 3339 with nanoseconds from the server; the seconds are enough here, in local time.
    QDateTime scraped = QDateTime::fromString(target.lastScrape.left(19), Qt::ISODate);
    scraped.setTimeZone(QTimeZone::utc());
    const QString lastScrape =
        tr("%1 (%2 ms)")
            .arg(scraped.isValid() ? scraped.toLocalTime().toString(QStringLiteral("HH:mm:ss"))
                                   : target.lastScrape)
            .arg(qRound(target.lastScrapeDurationSeconds * 1000));
    const QStringList texts{target.instance, target.health, lastScrape, target.lastError};
    for (int column = InstanceColumn; column < ColumnCount; ++column)
        m_table->setItem(row, column, new QTableWidgetItem(texts.at(column - InstanceColumn)));
}

void ServicePickerDialog::setTargets(const QList<promapi::Target>& targets)
{
    m_table->setRowCount(0);
    for (const promapi::Target& target : targets)
        addRow(target);
    m_table->resizeColumnsToContents();
    m_status->setText(targets.isEmpty()
                          ? tr("The server has no scrape targets.")
                          : tr("%n target(s); check the services to watch.", nullptr, int(targets.size())));
}

void ServicePickerDialog::setError(const QString& message)
{
    m_table->setRowCount(0);
    m_status->setText(tr("The server could not list its targets: %1").arg(message));
}

QList<PrometheusService> ServicePickerDialog::chosenServices() const
{
    // Per job: its instances, and whether every one of them is checked.
    std::map<QString, std::pair<QStringList, bool>> jobs;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString job = m_table->item(row, JobColumn)->text();
        auto& [instances, all] = jobs.try_emplace(job, QStringList(), true).first->second;
        if (m_table->item(row, JobColumn)->checkState() == Qt::Checked)
            instances.append(m_table->item(row, InstanceColumn)->text());
        else
            all = false;
    }
    QList<PrometheusService> services;
    for (const auto& [job, checked] : jobs) {
        if (checked.second && !checked.first.isEmpty())
            services.append({job, {}});
        else
            for (const QString& instance : checked.first)
                services.append({job, instance});
    }
    return services;
}
