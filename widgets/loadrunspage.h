#pragma once

#include "chartcard.h"
#include "loadlaunchrequest.h"
#include "texttablemodel.h"

#include <QWidget>

class ChartGrid;
class LoadCompareModel;
class LoadLauncher;
class LoadRunView;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

// The Load runs page: a launcher with the live run below it, the history of stored runs, the
// review of one and the comparison of two. It holds no engine and no store: the app feeds it and
// listens to its requests.
class LoadRunsPage : public QWidget
{
    Q_OBJECT
public:
    explicit LoadRunsPage(QWidget* parent = nullptr);
    ~LoadRunsPage() override;

    LoadLauncher* launcher() const { return m_launcher; }
    LoadRunView* liveView() const { return m_live; }
    LoadRunView* reviewView() const { return m_review; }
    // One row per stored run, keyed by its id (a decimal string), newest first.
    void setHistory(const QList<TextTableModel::Row>& rows);
    TextTableModel* historyModel() const { return m_history; }
    QTableView* historyView() const { return m_historyView; }
    LoadCompareModel* compareModel() const { return m_compare; }
    void setCompareHeading(const QString& text);
    QString compareHeading() const;
    void setCompareCharts(const QList<ChartCardData>& charts);
    QList<ChartCard*> compareCards() const;
    // Shows a tab: "run", "history", "review" or "compare".
    void showTab(const QString& name);
    QString currentTab() const;
    // Asks for the review of the selected run, or the comparison of the two selected (oldest as A).
    void reviewSelected();
    void compareSelected();

    static QStringList historyHeaders();

signals:
    void reviewRequested(qint64 runId);
    void compareRequested(qint64 runA, qint64 runB);
    void reportRequested(qint64 runId); // the run's report on the Reports page

private:
    QWidget* runTab();
    QWidget* historyTab();
    QWidget* compareTab();
    QList<qint64> selectedRuns() const;
    void updateButtons();

    QTabWidget* m_tabs = nullptr;
    LoadLauncher* m_launcher = nullptr;
    LoadRunView* m_live = nullptr;
    LoadRunView* m_review = nullptr;
    TextTableModel* m_history = nullptr;
    QTableView* m_historyView = nullptr;
    QPushButton* m_reviewButton = nullptr;
    QPushButton* m_compareButton = nullptr;
    QPushButton* m_reportButton = nullptr;
    LoadCompareModel* m_compare = nullptr;
    QLabel* m_compareHeading = nullptr;
    ChartGrid* m_compareCharts = nullptr;
};
