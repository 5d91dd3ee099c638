#include "loadrunspage.h"

#include "chartgrid.h"
#include "loadcomparemodel.h"
#include "loadlauncher.h"
#include "loadrunview.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace {
const QStringList tabNames = {QStringLiteral("run"), QStringLiteral("history"), QStringLiteral("review"),
                              QStringLiteral("compare")};

// Charts need more height than a tab has: the tab scrolls.
QScrollArea* scrolling(QWidget* content, QWidget* parent)
{
    auto* area = new QScrollArea(parent);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the cards shrink to the width instead
    area->setWidget(content);
    return area;
}
} // namespace

LoadRunsPage::LoadRunsPage(QWidget* parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_history(new TextTableModel(historyHeaders(), this))
    , m_compare(new LoadCompareModel(this))
{
    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(tr("<h2>Load runs</h2>"), this);
    layout->addWidget(title);
    layout->addWidget(m_tabs, 1);
    m_tabs->setObjectName(QStringLiteral("loadTabs"));
    m_tabs->addTab(runTab(), tr("Run"));
    m_tabs->addTab(historyTab(), tr("History"));
    m_review = new LoadRunView(this);
    m_review->setObjectName(QStringLiteral("loadReview"));
    m_review->setHeading(tr("Pick a run in the history to review it."));
    m_tabs->addTab(scrolling(m_review, this), tr("Review"));
    m_tabs->addTab(compareTab(), tr("Compare"));
}

LoadRunsPage::~LoadRunsPage() = default;

QWidget* LoadRunsPage::runTab()
{
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    m_launcher = new LoadLauncher(content);
    m_launcher->setObjectName(QStringLiteral("loadLauncher"));
    layout->addWidget(m_launcher);
    m_live = new LoadRunView(content);
    m_live->setObjectName(QStringLiteral("loadLive"));
    layout->addWidget(m_live, 1);
    return scrolling(content, this);
}

QWidget* LoadRunsPage::historyTab()
{
    auto* tab = new QWidget(this);
    auto* layout = new QVBoxLayout(tab);
    m_historyView = new QTableView(tab);
    m_historyView->setObjectName(QStringLiteral("loadHistory"));
    m_historyView->setModel(m_history);
    m_historyView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_historyView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_historyView->verticalHeader()->hide();
    m_historyView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_historyView->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_historyView, 1);
    auto* buttons = new QHBoxLayout;
    m_reviewButton = new QPushButton(tr("Review"), tab);
    m_reviewButton->setObjectName(QStringLiteral("reviewRun"));
    m_compareButton = new QPushButton(tr("Compare the two selected"), tab);
    m_compareButton->setObjectName(QStringLiteral("compareRuns"));
    m_reportButton = new QPushButton(tr("Report…"), tab);
    m_reportButton->setObjectName(QStringLiteral("reportRun"));
    buttons->addWidget(m_reviewButton);
    buttons->addWidget(m_compareButton);
    buttons->addWidget(m_reportButton);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(m_reviewButton, &QPushButton::clicked, this, &LoadRunsPage::reviewSelected);
    connect(m_compareButton, &QPushButton::clicked, this, &LoadRunsPage::compareSelected);
    connect(m_reportButton, &QPushButton::clicked, this, [this] {
        const QList<qint64> ids = selectedRuns();
        if (ids.size() == 1)
            emit reportRequested(ids.first());
    });
    connect(m_historyView, &QTableView::doubleClicked, this, &LoadRunsPage::reviewSelected);
    connect(m_historyView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &LoadRunsPage::updateButtons);
    updateButtons();
    return tab;
}

QWidget* LoadRunsPage::compareTab()
{
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    m_compareHeading = new QLabel(tr("Select two runs in the history and compare them."), content);
    m_compareHeading->setObjectName(QStringLiteral("compareHeading"));
    m_compareHeading->setWordWrap(true);
    layout->addWidget(m_compareHeading);
    auto* table = new QTableView(content);
    table->setObjectName(QStringLiteral("compareTable"));
    table->setModel(m_compare);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table->setMinimumHeight(360); // the figures without scrolling
    layout->addWidget(table);
    m_compareCharts = new ChartGrid(2, content);
    m_compareCharts->setObjectName(QStringLiteral("compareCharts"));
    layout->addWidget(m_compareCharts, 1);
    return scrolling(content, this);
}

QStringList LoadRunsPage::historyHeaders()
{
    return {tr("Started"),  tr("Name"),     tr("Target"), tr("State"),
            tr("Duration"), tr("Requests"), tr("P95 ms"), tr("Errors")};
}

void LoadRunsPage::setHistory(const QList<TextTableModel::Row>& rows)
{
    m_history->setRows(rows);
    updateButtons();
}

QList<qint64> LoadRunsPage::selectedRuns() const
{
    QList<qint64> ids;
    for (const QModelIndex& index : m_historyView->selectionModel()->selectedRows())
        ids.append(m_history->rows().at(index.row()).key.toLongLong());
    std::sort(ids.begin(), ids.end()); // ids grow with time: the older run is A
    return ids;
}

void LoadRunsPage::updateButtons()
{
    const qsizetype selected = m_historyView->selectionModel()->selectedRows().size();
    m_reviewButton->setEnabled(selected == 1);
    m_reportButton->setEnabled(selected == 1);
    m_compareButton->setEnabled(selected == 2);
}

void LoadRunsPage::reviewSelected()
{
    const QList<qint64> ids = selectedRuns();
    if (ids.size() == 1)
        emit reviewRequested(ids.first());
}

void LoadRunsPage::compareSelected()
{
    const QList<qint64> ids = selectedRuns();
    if (ids.size() == 2)
        emit compareRequested(ids.at(0), ids.at(1));
}

void LoadRunsPage::setCompareHeading(const QString& text)
{
    m_compareHeading->setText(text);
}

QString LoadRunsPage::compareHeading() const
{
    return m_compareHeading->text();
}

void LoadRunsPage::setCompareCharts(const QList<ChartCardData>& charts)
{
    m_compareCharts->setPanels(charts);
}

QList<ChartCard*> LoadRunsPage::compareCards() const
{
    return m_compareCharts->cards();
}

void LoadRunsPage::showTab(const QString& name)
{
    const qsizetype index = tabNames.indexOf(name);
    if (index >= 0)
        m_tabs->setCurrentIndex(int(index));
}

QString LoadRunsPage::currentTab() const
{
    return tabNames.value(m_tabs->currentIndex());
}
