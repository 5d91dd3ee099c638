#include "chartpainter.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

namespace report {

namespace {
QString tickText(double value, double step)
{
    return QString::number(value, 'f', step >= 1 ? 0 : step >= 0.1 ? 1 : 2);
}
} // namespace

ChartPainter::ChartPainter(QPainter& painter, QFont font, double unit)
    : m_painter(painter)
    , m_font(std::move(font))
    , m_unit(unit)
{
}

double ChartPainter::niceStep(double maximum, int ticks)
{
    if (!(maximum > 0))
        return 1;
    const double raw = maximum / ticks;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double factor : {1.0, 2.0, 5.0})
        if (raw <= factor * power)
            return factor * power;
    return 10 * power;
}

void ChartPainter::paint(const QRectF& area, const ChartSpec& chart)
{
    const double u = m_unit;
    m_painter.save();
    QFont small = m_font;
    small.setPointSizeF(7);
    QFont bold = m_font;
    bold.setPointSizeF(8.5);
    bold.setBold(true);
    const QFontMetricsF smallMetrics(small, m_painter.device());
    const QFontMetricsF boldMetrics(bold, m_painter.device());

    m_painter.setPen(QPen(QColor(0xd0, 0xd5, 0xdd), 0.6 * u));
    m_painter.setBrush(Qt::NoBrush);
    m_painter.drawRect(area);

    // Title on the left, legend on the right of the same line.
    const double pad = 6 * u;
    m_painter.setFont(bold);
    m_painter.setPen(QColor(0x22, 0x2b, 0x38));
    m_painter.drawText(QPointF(area.left() + pad, area.top() + pad + boldMetrics.ascent()), chart.title);
    m_painter.setFont(small);
    double legendX = area.right() - pad;
    for (auto it = chart.series.rbegin(); it != chart.series.rend(); ++it) {
        const double width = smallMetrics.horizontalAdvance(it->name);
        legendX -= width;
        m_painter.setPen(QColor(0x44, 0x4c, 0x58));
        m_painter.drawText(QPointF(legendX, area.top() + pad + boldMetrics.ascent()), it->name);
        legendX -= 14 * u;
        m_painter.setPen(QPen(it->color, 1.6 * u));
        const double y = area.top() + pad + boldMetrics.ascent() - smallMetrics.ascent() / 3;
        m_painter.drawLine(QPointF(legendX, y), QPointF(legendX + 10 * u, y));
        legendX -= 8 * u;
    }

    double maxX = 1;
    double maxY = 0;
    for (const ChartSeries& series : chart.series)
        for (const QPointF& point : series.points) {
            maxX = std::max(maxX, point.x());
            maxY = std::max(maxY, point.y());
        }
    const double yStep = niceStep(maxY > 0 ? maxY : 1, 4);
    const double yTop = std::max(yStep, std::ceil((maxY > 0 ? maxY : 1) / yStep) * yStep);
    const double xStep = niceStep(maxX, 6);

    const double labelWidth = smallMetrics.horizontalAdvance(tickText(yTop, yStep)) + 4 * u;
    const QRectF plot(area.left() + pad + labelWidth, area.top() + pad + boldMetrics.height() + 6 * u,
                      area.width() - 2 * pad - labelWidth,
                      area.height() - 2 * pad - boldMetrics.height() - 6 * u - 2 * smallMetrics.height() -
                          2 * u);
    const auto mapX = [&](double x) { return plot.left() + x / maxX * plot.width(); };
    const auto mapY = [&](double y) { return plot.bottom() - y / yTop * plot.height(); };

    for (double y = 0; y <= yTop + yStep / 2; y += yStep) {
        m_painter.setPen(QPen(QColor(0xe6, 0xe9, 0xee), 0.5 * u));
        m_painter.drawLine(QPointF(plot.left(), mapY(y)), QPointF(plot.right(), mapY(y)));
        m_painter.setPen(QColor(0x5c, 0x65, 0x70));
        const QString text = tickText(y, yStep);
        m_painter.drawText(QPointF(plot.left() - 3 * u - smallMetrics.horizontalAdvance(text),
                                   mapY(y) + smallMetrics.ascent() / 2.5),
                           text);
    }
    for (double x = 0; x <= maxX + xStep / 100; x += xStep) {
        const QString text = tickText(x, xStep);
        m_painter.setPen(QPen(QColor(0xb8, 0xbe, 0xc7), 0.5 * u));
        m_painter.drawLine(QPointF(mapX(x), plot.bottom()), QPointF(mapX(x), plot.bottom() + 2 * u));
        m_painter.setPen(QColor(0x5c, 0x65, 0x70));
        m_painter.drawText(QPointF(mapX(x) - smallMetrics.horizontalAdvance(text) / 2,
                                   plot.bottom() + 2 * u + smallMetrics.ascent()),
                           text);
    }
    m_painter.drawText(QPointF(plot.center().x() - smallMetrics.horizontalAdvance(chart.xLabel) / 2,
                               plot.bottom() + 3 * u + smallMetrics.height() + smallMetrics.ascent()),
                       chart.xLabel);
    m_painter.setPen(QPen(QColor(0x8a, 0x93, 0x9e), 0.6 * u));
    m_painter.drawLine(plot.bottomLeft(), plot.bottomRight());

    m_painter.setClipRect(plot.adjusted(-u, -u, u, u));
    for (const ChartSeries& series : chart.series) {
        if (series.points.empty())
            continue;
        QPainterPath path(QPointF(mapX(series.points.front().x()), mapY(series.points.front().y())));
        for (const QPointF& point : series.points)
            path.lineTo(mapX(point.x()), mapY(point.y()));
        m_painter.setPen(QPen(series.color, 1.3 * u, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        m_painter.drawPath(path);
    }
    m_painter.restore();
}

} // namespace report
