#include "overviewpage.h"

#include "chartgrid.h"
#include "healthtiles.h"
#include "targettablemodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QTableView>
#include <QVBoxLayout>

OverviewPage::OverviewPage(QWidget* parent)
    : QWidget(parent)
    , m_targets(new TargetTableModel(this))
{
    // Twelve cards do not fit every screen: the page scrolls, the cards keep a readable height.
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("overviewScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget(scroll);
    scroll->setWidget(content);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(24, 20, 24, 20);

    m_heading = new QLabel(tr("Overview"), this);
    m_heading->setObjectName(QStringLiteral("pageHeading"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    layout->addWidget(m_heading);

    m_files = new QLabel(this);
    m_files->setObjectName(QStringLiteral("workspaceFiles"));
    m_files->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_files->setWordWrap(true);
    layout->addWidget(m_files);

    m_store = new QLabel(this);
    m_store->setObjectName(QStringLiteral("storeState"));
    m_store->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_store->setWordWrap(true);
    layout->addWidget(m_store);

    layout->addSpacing(8);
    layout->addWidget(new QLabel(tr("<b>Health</b>"), this));
    m_tiles = new HealthTiles(m_targets, this);
    m_tiles->setObjectName(QStringLiteral("healthTiles"));
    layout->addWidget(m_tiles);

    layout->addSpacing(8);
    auto* chartsHeading =
        new QLabel(tr("<b>Charts</b> — drag across a chart to zoom, double-click to reset"), this);
    chartsHeading->setObjectName(QStringLiteral("chartsHeading"));
    layout->addWidget(chartsHeading);
    m_charts = new ChartGrid(3, this);
    m_charts->setObjectName(QStringLiteral("overviewCharts"));
    connect(m_charts, &ChartGrid::zoomRequested, this, &OverviewPage::zoomRequested);
    connect(m_charts, &ChartGrid::zoomResetRequested, this, &OverviewPage::zoomResetRequested);
    layout->addWidget(m_charts, 1);

    // Every source in full below the charts: address, state and the last figures or error.
    auto* targetsHeading = new QLabel(tr("<b>Targets</b>"), this);
    layout->addSpacing(12);
    layout->addWidget(targetsHeading);

    m_targetView = new QTableView(this);
    m_targetView->setObjectName(QStringLiteral("targetTable"));
    m_targetView->setModel(m_targets);
    m_targetView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_targetView->verticalHeader()->hide();
    m_targetView->horizontalHeader()->setStretchLastSection(true);
    m_targetView->setMinimumHeight(150);
    m_targetView->setMaximumHeight(180);
    connect(m_targets, &QAbstractItemModel::rowsInserted, m_targetView, &QTableView::resizeColumnsToContents);
    connect(m_targets, &QAbstractItemModel::dataChanged, m_targetView, &QTableView::resizeColumnsToContents);
    layout->addWidget(m_targetView);
}

OverviewPage::~OverviewPage() = default;

void OverviewPage::setWorkspace(const WorkspaceSummary& summary)
{
    m_heading->setText(tr("Overview — workspace “%1”").arg(summary.name));
    m_files->setText(tr("Configuration: %1<br>Data file: %2 (SQLite, journal mode %3)")
                         .arg(summary.configFile.toHtmlEscaped(), summary.dataFile.toHtmlEscaped(),
                              summary.journalMode.toHtmlEscaped()));
}

void OverviewPage::setStoreState(bool writing, const QString& detail)
{
    m_store->setProperty("writing", writing);
    // A failing store must stand out: data is only held in memory until it recovers.
    m_store->setText(
        writing ? tr("Store: %1").arg(detail.toHtmlEscaped())
                : tr("<b style=\"color:#c0392b\">Store not writing:</b> %1").arg(detail.toHtmlEscaped()));
}

QString OverviewPage::storeState() const
{
    return m_store->text();
}

void OverviewPage::setPanels(const QList<ChartCardData>& panels)
{
    m_charts->setPanels(panels);
}

QList<ChartCard*> OverviewPage::cards() const
{
    return m_charts->cards();
}
