#pragma once

#include "targetstatus.h"

#include <QWidget>

class QGridLayout;
class QLabel;
class TargetTableModel;

// One tile per watched source, coloured by its state: its name and kind, Up/Down, and the latest
// figures or the last error — the Overview's health at a glance, kept in step with the targets'
// model (rows merged, never rebuilt from scratch).
class HealthTiles : public QWidget
{
    Q_OBJECT
public:
    explicit HealthTiles(TargetTableModel* model, QWidget* parent = nullptr);
    ~HealthTiles() override;

    int tileCount() const { return int(m_tiles.size()); }
    // For tests: the state and detail text tile `index` shows.
    QString stateText(int index) const;
    QString detailText(int index) const;

private:
    struct Tile
    {
        QWidget* frame = nullptr;
        QLabel* name = nullptr;
        QLabel* state = nullptr;
        QLabel* detail = nullptr;
    };
    void sync();
    void show(int row, const TargetStatus& status); // tile `row` shows the model's row `row`

    TargetTableModel* m_model = nullptr;
    QGridLayout* m_grid = nullptr;
    QList<Tile> m_tiles;
};
