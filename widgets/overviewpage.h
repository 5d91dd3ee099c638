#pragma once

#include <QWidget>

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

// First page: the open workspace and the state of its targets. Live chart cards join it
// with the collectors and the store; until then it shows only what is real.
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

private:
    QLabel* m_heading = nullptr;
    QLabel* m_files = nullptr;
    QLabel* m_store = nullptr;
    TargetTableModel* m_targets = nullptr;
    QTableView* m_targetView = nullptr;
};
