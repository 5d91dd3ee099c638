#include "linedownsampler.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace {
// Appends one column's points in x order, each once.
void appendColumn(QList<QPointF>* out, const QPointF& first, const QPointF& low, const QPointF& high,
                  const QPointF& last)
{
    std::array<QPointF, 4> column{first, low, high, last};
    std::stable_sort(column.begin(), column.end(),
                     [](const QPointF& a, const QPointF& b) { return a.x() < b.x(); });
    for (const QPointF& point : column) {
        if (out->isEmpty() || out->constLast() != point)
            out->append(point);
    }
}
} // namespace

QList<QPointF> downsampleForColumns(const QList<QPointF>& points, double xStart, double xEnd, int columns)
{
    if (columns < 1 || xEnd <= xStart || points.size() <= 4 * qsizetype(columns))
        return points;
    QList<QPointF> out;
    out.reserve(4 * qsizetype(columns));
    const double columnWidth = (xEnd - xStart) / columns;
    auto columnOf = [&](double x) {
        return std::clamp(int(std::floor((x - xStart) / columnWidth)), 0, columns - 1);
    };
    int current = columnOf(points.first().x());
    QPointF first = points.first(), low = first, high = first, last = first;
    for (qsizetype i = 1; i < points.size(); ++i) {
        const QPointF& point = points.at(i);
        const int column = columnOf(point.x());
        if (column != current) {
            appendColumn(&out, first, low, high, last);
            current = column;
            first = low = high = last = point;
            continue;
        }
        if (point.y() < low.y())
            low = point;
        if (point.y() > high.y())
            high = point;
        last = point;
    }
    appendColumn(&out, first, low, high, last);
    return out;
}
