#pragma once

#include <QColor>
#include <QFont>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <vector>

class QPainter;

namespace report {

struct ChartSeries
{
    QString name;
    QColor color;
    std::vector<QPointF> points; // x ascending
};

struct ChartSpec
{
    QString title;
    QString xLabel;
    std::vector<ChartSeries> series;
};

// Draws a line chart with QPainter paths (vectors on a PDF or SVG device): title, legend, grid,
// "nice" axis ticks from zero, one polyline per series. Sizes are in points times `unit` (device
// units per point), so the same chart reads the same at any resolution.
class ChartPainter
{
public:
    ChartPainter(QPainter& painter, QFont font, double unit);

    void paint(const QRectF& area, const ChartSpec& chart);

    // A step of 1, 2 or 5 times a power of ten giving about `ticks` intervals up to `maximum`.
    static double niceStep(double maximum, int ticks);

private:
    QPainter& m_painter;
    QFont m_font;
    double m_unit;
};

} // namespace report
