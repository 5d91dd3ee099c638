#pragma once

#include <QList>
#include <QPointF>

// Reduces a line sorted by x to what `columns` pixel columns can show: per column its first,
// lowest, highest and last point, in x order (the M4 aggregation). Drawn at that width the
// result is the same picture as the whole line, peaks included, with at most 4 × columns points;
// a line that already has no more points than that is returned as it is.
QList<QPointF> downsampleForColumns(const QList<QPointF>& points, double xStart, double xEnd, int columns);
