#include "endpointspage.h"

#include "chartgrid.h"
#include "texttablemodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>
#include <cmath>

namespace {
enum Column
{
    JobColumn,
    PathColumn,
    RateColumn,
    P50Column,
    P95Column,
    P99Column,
    ErrorColumn,
};

QString milliseconds(double seconds)
{
    return std::isnan(seconds) ? QStringLiteral("—") : QString::number(seconds * 1000, 'f', 1);
}

// NaN sorts below every number.
QVariant sortable(double value)
{
    return std::isnan(value) ? QVariant(-1.0) : QVariant(value);
}

QString keyOf(const std::string& job, const std::string& path)
{
    return QString::fromStdString(job) + QLatin1Char('\n') + QString::fromStdString(path);
}
} // namespace

EndpointsPage::EndpointsPage(QWidget* parent)
    : QWidget(parent)
    , m_model(new TextTableModel({tr("Service"), tr("Path"), tr("Requests/s"), tr("P50 ms"), tr("P95 ms"),
                                  tr("P99 ms"), tr("5xx %")},
                                 this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    auto* heading = new QLabel(tr("Endpoints"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    layout->addWidget(heading);

    auto* bar = new QHBoxLayout;
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("endpointFilter"));
    m_filter->setPlaceholderText(tr("Filter by service or path"));
    m_filter->setClearButtonEnabled(true);
    bar->addWidget(m_filter, 1);
    m_window = new QLabel(this);
    bar->addWidget(m_window);
    layout->addLayout(bar);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(TextTableModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1); // service and path alike
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("endpointTable"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(RateColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_view, 1);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &EndpointsPage::selectionChanged);

    // A grid of one card: the crosshair and zoom work as on the other pages.
    m_charts = new ChartGrid(1, this);
    ChartCardData none;
    none.title = tr("Latency of the selected endpoint");
    none.message = tr("Select an endpoint to chart its P50 / P95 / P99.");
    m_charts->setPanels({none});
    m_charts->cards().first()->setObjectName(QStringLiteral("endpointChart"));
    layout->addWidget(m_charts, 1);
    connect(m_charts, &ChartGrid::zoomRequested, this, &EndpointsPage::zoomRequested);
    connect(m_charts, &ChartGrid::zoomResetRequested, this, &EndpointsPage::zoomResetRequested);
}

EndpointsPage::~EndpointsPage() = default;

void EndpointsPage::setEndpoints(const std::vector<panels::EndpointFigures>& endpoints, qint64 windowMs)
{
    m_window->setText(
        tr("rates and percentiles over the last %n minute(s)", nullptr, int(windowMs / 60'000)));
    QList<TextTableModel::Row> rows;
    for (const panels::EndpointFigures& e : endpoints) {
        rows.append(
            {keyOf(e.job, e.path),
             {QString::fromStdString(e.job), QString::fromStdString(e.path),
              std::isnan(e.requestsPerSecond) ? QStringLiteral("—")
                                              : QString::number(e.requestsPerSecond, 'f', 2),
              milliseconds(e.p50), milliseconds(e.p95), milliseconds(e.p99),
              std::isnan(e.errorRatio) ? QStringLiteral("—") : QString::number(e.errorRatio * 100, 'f', 2)},
             {QString::fromStdString(e.job), QString::fromStdString(e.path), sortable(e.requestsPerSecond),
              sortable(e.p50), sortable(e.p95), sortable(e.p99), sortable(e.errorRatio)}});
    }
    m_model->setRows(rows);
    // Something is charted from the start: the first row as sorted (the busiest, by default).
    if (!m_view->selectionModel()->hasSelection() && m_proxy->rowCount() > 0)
        m_view->selectRow(0);
}

void EndpointsPage::setChart(const ChartCardData& chart)
{
    m_charts->setPanels({chart});
}

ChartCard* EndpointsPage::chart() const
{
    return m_charts->cards().first();
}

std::pair<std::string, std::string> EndpointsPage::selected() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    const QModelIndex source = m_proxy->mapToSource(rows.first());
    const TextTableModel::Row& row = m_model->rows().at(source.row());
    return {row.cells.value(JobColumn).toStdString(), row.cells.value(PathColumn).toStdString()};
}

void EndpointsPage::select(const std::string& job, const std::string& path)
{
    const QString key = keyOf(job, path);
    for (qsizetype i = 0; i < m_model->rows().size(); ++i) {
        if (m_model->rows().at(i).key == key) {
            m_view->selectRow(m_proxy->mapFromSource(m_model->index(int(i), 0)).row());
            return;
        }
    }
}
