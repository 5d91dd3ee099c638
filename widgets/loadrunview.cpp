#include "loadrunview.h"

#include "chartgrid.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

LoadRunView::LoadRunView(QWidget* parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_figures(new TextTableModel(figureHeaders(), this))
    , m_table(new QTableView(this))
    , m_charts(new ChartGrid(2, this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_heading->setObjectName(QStringLiteral("runHeading"));
    m_heading->setWordWrap(true);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_heading);
    m_table->setObjectName(QStringLiteral("runFigures"));
    m_table->setModel(m_figures);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setMaximumHeight(120);
    layout->addWidget(m_table);
    m_charts->setObjectName(QStringLiteral("runCharts"));
    layout->addWidget(m_charts, 1);
}

LoadRunView::~LoadRunView() = default;

QStringList LoadRunView::figureHeaders()
{
    return {tr("Endpoint"), tr("Requests"), tr("Req/s"),  tr("P50 ms"),        tr("P95 ms"),
            tr("P99 ms"),   tr("Max ms"),   tr("Errors"), tr("Errors by kind")};
}

void LoadRunView::setHeading(const QString& text)
{
    m_heading->setText(text);
}

QString LoadRunView::heading() const
{
    return m_heading->text();
}

void LoadRunView::setFigures(const QList<TextTableModel::Row>& rows)
{
    m_figures->setRows(rows);
}

void LoadRunView::setCharts(const QList<ChartCardData>& charts)
{
    m_charts->setPanels(charts);
}

QList<ChartCard*> LoadRunView::cards() const
{
    return m_charts->cards();
}
