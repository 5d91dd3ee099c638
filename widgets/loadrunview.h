#pragma once

#include "chartcard.h"
#include "texttablemodel.h"

#include <QWidget>

class ChartGrid;
class QLabel;
class QTableView;

// One load run drawn: a heading, its figures per endpoint and total, and its charts (RPS,
// P50/P95/P99, errors/s, active users, and the collectors' figures over the same window).
// The live run and a review of a stored one look the same.
class LoadRunView : public QWidget
{
    Q_OBJECT
public:
    explicit LoadRunView(QWidget* parent = nullptr);
    ~LoadRunView() override;

    void setHeading(const QString& text);
    QString heading() const;
    void setFigures(const QList<TextTableModel::Row>& rows);
    TextTableModel* figuresModel() const { return m_figures; }
    void setCharts(const QList<ChartCardData>& charts);
    QList<ChartCard*> cards() const;

    static QStringList figureHeaders();

private:
    QLabel* m_heading = nullptr;
    TextTableModel* m_figures = nullptr;
    QTableView* m_table = nullptr;
    ChartGrid* m_charts = nullptr;
};
