#pragma once

#include "chartcard.h"

#include <QWidget>

class HealthTiles;
class ChartGrid;
class QLabel;
class QTableView;
class TargetTableModel;

// What the overview shows of the open workspace.
struct WorkspaceSummary
{
    QString name;
    QString configFile;
    QString dataFile;
    QString journalMode;
};

// First page: the open workspace, the state of its sources, and chart cards of the standard
// figures over the window's time range, each with its threshold. The cards share their time axis:
// hovering one draws the crosshair on all, a drag across one asks to zoom all.
class OverviewPage : public QWidget
{
    Q_OBJECT
public:
    explicit OverviewPage(QWidget* parent = nullptr);
    ~OverviewPage() override;

    void setWorkspace(const WorkspaceSummary& summary);
    // The time-series store: writing (detail gives the figures) or failing (detail says why).
    void setStoreState(bool writing, const QString& detail);
    QString storeState() const;
    TargetTableModel* targetModel() const { return m_targets; }
    HealthTiles* healthTiles() const { return m_tiles; }
    // The chart cards, in order; cards are added or removed to match.
    void setPanels(const QList<ChartCardData>& panels);
    QList<ChartCard*> cards() const;

signals:
    void zoomRequested(qint64 startMs, qint64 endMs);
    void zoomResetRequested();

private:
    QLabel* m_heading = nullptr;
    QLabel* m_files = nullptr;
    QLabel* m_store = nullptr;
    TargetTableModel* m_targets = nullptr;
    QTableView* m_targetView = nullptr;
    HealthTiles* m_tiles = nullptr;
    ChartGrid* m_charts = nullptr;
};
