#pragma once

#include "chartcard.h"

#include <QWidget>
#include <optional>

class QGridLayout;

// Chart cards in a grid sharing one time axis: hovering one draws the crosshair on all, a drag
// across one asks to zoom all (the window's time range decides), a double-click to reset.
class ChartGrid : public QWidget
{
    Q_OBJECT
public:
    explicit ChartGrid(int columns, QWidget* parent = nullptr);
    ~ChartGrid() override;

    // The cards, in order; cards are added or removed to match.
    void setPanels(const QList<ChartCardData>& panels);
    QList<ChartCard*> cards() const { return m_cards; }
    // Draws the shared crosshair at `timeMs` on every card (nullopt: none).
    void setCrosshair(std::optional<qint64> timeMs);

signals:
    void zoomRequested(qint64 startMs, qint64 endMs);
    void zoomResetRequested();

private:
    int m_columns;
    QGridLayout* m_grid = nullptr;
    QList<ChartCard*> m_cards;
    std::optional<qint64> m_crosshair;
};
