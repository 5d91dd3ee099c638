#pragma once

#include "chartcard.h"
#include "endpointtable.h"

#include <QWidget>
#include <vector>

class ChartGrid;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class TextTableModel;

// Every service and path the targets expose: requests/s, P50/P95/P99 and 5xx share over the
// last minutes, sortable (numbers as numbers) and filtered by text; the selected one is charted.
class EndpointsPage : public QWidget
{
    Q_OBJECT
public:
    explicit EndpointsPage(QWidget* parent = nullptr);
    ~EndpointsPage() override;

    void setEndpoints(const std::vector<panels::EndpointFigures>& endpoints, qint64 windowMs);
    void setChart(const ChartCardData& chart);
    // The selected job and path; empty when none is selected.
    std::pair<std::string, std::string> selected() const;
    void select(const std::string& job, const std::string& path);

    // For tests.
    TextTableModel* model() const { return m_model; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    QLineEdit* filter() const { return m_filter; }
    ChartCard* chart() const;

signals:
    void selectionChanged();
    void zoomRequested(qint64 startMs, qint64 endMs);
    void zoomResetRequested();

private:
    TextTableModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QLineEdit* m_filter = nullptr;
    QLabel* m_window = nullptr;
    QTableView* m_view = nullptr;
    ChartGrid* m_charts = nullptr;
};
