#pragma once

#include "chartcard.h"

#include <QWidget>

class QComboBox;
class QGridLayout;
class QLabel;
class QToolButton;
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
// figures over a chosen span, each with its threshold.
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
    // The chart cards, in order; cards are added or removed to match.
    void setPanels(const QList<ChartCardData>& panels);
    QList<ChartCard*> cards() const { return m_cards; }
    // The time span the charts cover, in ms (the range picker's choice).
    qint64 span() const;
    // Live: the charts follow the clock; paused: they keep what they show.
    bool isLive() const;

signals:
    void spanChanged(qint64 spanMs);
    void liveChanged(bool live);

private:
    QLabel* m_heading = nullptr;
    QLabel* m_files = nullptr;
    QLabel* m_store = nullptr;
    TargetTableModel* m_targets = nullptr;
    QTableView* m_targetView = nullptr;
    QComboBox* m_span = nullptr;
    QToolButton* m_live = nullptr;
    QGridLayout* m_cardGrid = nullptr;
    QList<ChartCard*> m_cards;
};
