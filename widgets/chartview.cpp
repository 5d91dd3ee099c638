#include "chartview.h"

#include <QGraphicsLineItem>
#include <QGraphicsPolygonItem>
#include <QLabel>
#include <QMouseEvent>
#include <QRubberBand>
#include <cmath>

namespace {
// A drag shorter than this is a click, not a zoom.
constexpr int minimumDragPixels = 6;
} // namespace

ChartView::ChartView(QChart* chart, QWidget* parent)
    : QChartView(chart, parent)
    , m_crosshair(new QGraphicsLineItem)
    , m_crosshairLabel(new QLabel(this))
    , m_rubberBand(new QRubberBand(QRubberBand::Rectangle, this))
{
    setMouseTracking(true);
    setRubberBand(QChartView::NoRubberBand);
    m_crosshair->setZValue(1000);
    m_crosshair->hide();
    chart->scene()->addItem(m_crosshair);
    m_crosshairLabel->setObjectName(QStringLiteral("crosshairLabel"));
    // Tooltip colours follow the palette, so the label reads in light and dark themes alike.
    m_crosshairLabel->setAutoFillBackground(true);
    m_crosshairLabel->setBackgroundRole(QPalette::ToolTipBase);
    m_crosshairLabel->setForegroundRole(QPalette::ToolTipText);
    m_crosshairLabel->setFrameShape(QFrame::Box);
    m_crosshairLabel->setMargin(4);
    m_crosshairLabel->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_crosshairLabel->hide();
    // A chart laid out after the crosshair was set (just shown, resized) places it again.
    connect(chart, &QChart::plotAreaChanged, this, [this] {
        placeCrosshair();
        placeMarkers();
    });
}

ChartView::~ChartView() = default;

std::optional<qint64> ChartView::timeAt(const QPoint& position) const
{
    const QPointF chartPoint = chart()->mapFromScene(mapToScene(position));
    if (chart()->series().isEmpty() || !chart()->plotArea().contains(chartPoint))
        return std::nullopt;
    return valueAt(position);
}

qint64 ChartView::valueAt(const QPoint& position) const
{
    const QPointF chartPoint = chart()->mapFromScene(mapToScene(position));
    return qint64(std::llround(chart()->mapToValue(chartPoint, chart()->series().first()).x()));
}

void ChartView::setCrosshair(std::optional<qint64> timeMs, const QString& text)
{
    m_crosshairTime = timeMs;
    m_crosshairLabel->setText(text);
    placeCrosshair();
}

void ChartView::placeCrosshair()
{
    const std::optional<qint64> timeMs = m_crosshairTime;
    if (!timeMs || chart()->series().isEmpty()) {
        m_crosshair->hide();
        m_crosshairLabel->hide();
        return;
    }
    const QRectF plot = chart()->plotArea();
    const double x = chart()->mapToPosition(QPointF(double(*timeMs), 0), chart()->series().first()).x();
    if (x < plot.left() || x > plot.right()) {
        m_crosshair->hide();
        m_crosshairLabel->hide();
        return;
    }
    QPen pen(palette().color(QPalette::WindowText));
    pen.setStyle(Qt::DotLine);
    m_crosshair->setPen(pen);
    m_crosshair->setLine(
        QLineF(chart()->mapToScene(QPointF(x, plot.top())), chart()->mapToScene(QPointF(x, plot.bottom()))));
    m_crosshair->show();
    m_crosshairLabel->adjustSize();
    // Beside the line, on the side with room, near the top of the plot.
    const QPoint lineTop = mapFromScene(chart()->mapToScene(QPointF(x, plot.top())));
    int left = lineTop.x() + 8;
    if (left + m_crosshairLabel->width() > width())
        left = lineTop.x() - 8 - m_crosshairLabel->width();
    m_crosshairLabel->move(std::max(0, left), lineTop.y() + 4);
    m_crosshairLabel->show();
    m_crosshairLabel->raise();
}

void ChartView::setMarkers(const QList<ChartMarker>& markers)
{
    m_markers = markers;
    while (m_markerItems.size() < markers.size()) {
        auto* line = new QGraphicsLineItem;
        auto* flag = new QGraphicsPolygonItem;
        line->setZValue(900);
        flag->setZValue(901);
        chart()->scene()->addItem(line);
        chart()->scene()->addItem(flag);
        m_markerItems.append({line, flag});
    }
    while (m_markerItems.size() > markers.size()) {
        const auto [line, flag] = m_markerItems.takeLast();
        delete line;
        delete flag;
    }
    placeMarkers();
}

void ChartView::placeMarkers()
{
    const QRectF plot = chart()->plotArea();
    const bool drawable = !chart()->series().isEmpty() && plot.width() > 0;
    for (qsizetype i = 0; i < m_markers.size(); ++i) {
        const ChartMarker& marker = m_markers.at(i);
        const auto [line, flag] = m_markerItems.at(i);
        const double x =
            drawable
                ? chart()->mapToPosition(QPointF(double(marker.timeMs), 0), chart()->series().first()).x()
                : 0;
        const bool inside = drawable && x >= plot.left() && x <= plot.right();
        line->setVisible(inside);
        flag->setVisible(inside);
        if (!inside)
            continue;
        const QColor colour = marker.firing ? QColor(0xc0, 0x39, 0x2b) : QColor(0x27, 0xae, 0x60);
        QPen pen(colour);
        pen.setWidthF(1.2);
        line->setPen(pen);
        const QPointF top = chart()->mapToScene(QPointF(x, plot.top()));
        line->setLine(QLineF(top, chart()->mapToScene(QPointF(x, plot.bottom()))));
        flag->setPolygon(QPolygonF({top, top + QPointF(7, 4), top + QPointF(0, 8)}));
        flag->setBrush(colour);
        flag->setPen(Qt::NoPen);
        line->setToolTip(marker.text);
        flag->setToolTip(marker.text);
    }
}

int ChartView::visibleMarkerCount() const
{
    return int(std::count_if(m_markerItems.begin(), m_markerItems.end(),
                             [](const auto& item) { return item.first->isVisible(); }));
}

bool ChartView::hasCrosshair() const
{
    return m_crosshair->isVisible();
}

QString ChartView::crosshairText() const
{
    return m_crosshairLabel->isVisibleTo(this) ? m_crosshairLabel->text() : QString();
}

QRect ChartView::dragRect(const QPoint& to) const
{
    // The whole plot height: a drag picks a time span, never a value range.
    const QRectF plot = chart()->plotArea();
    const QPoint top = mapFromScene(chart()->mapToScene(plot.topLeft()));
    const QPoint bottom = mapFromScene(chart()->mapToScene(plot.bottomRight()));
    const int left = std::clamp(std::min(m_dragStart->x(), to.x()), top.x(), bottom.x());
    const int right = std::clamp(std::max(m_dragStart->x(), to.x()), top.x(), bottom.x());
    return QRect(QPoint(left, top.y()), QPoint(right, bottom.y()));
}

void ChartView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton && timeAt(event->position().toPoint())) {
        m_dragStart = event->position().toPoint();
        m_rubberBand->setGeometry(dragRect(*m_dragStart));
        event->accept();
        return;
    }
    QChartView::mousePressEvent(event);
}

void ChartView::mouseMoveEvent(QMouseEvent* event)
{
    const QPoint position = event->position().toPoint();
    if (m_dragStart) {
        m_rubberBand->setGeometry(dragRect(position));
        m_rubberBand->setVisible(std::abs(position.x() - m_dragStart->x()) >= minimumDragPixels);
    }
    if (const auto time = timeAt(position))
        emit hovered(*time);
    else
        emit hoverEnded();
    QChartView::mouseMoveEvent(event);
}

void ChartView::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton || !m_dragStart) {
        QChartView::mouseReleaseEvent(event);
        return;
    }
    const QRect span = dragRect(event->position().toPoint());
    m_dragStart.reset();
    m_rubberBand->hide();
    event->accept();
    if (span.width() < minimumDragPixels)
        return;
    const qint64 start = valueAt(QPoint(span.left(), span.center().y()));
    const qint64 end = valueAt(QPoint(span.right(), span.center().y()));
    if (end > start)
        emit zoomRequested(start, end);
}

void ChartView::mouseDoubleClickEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton) {
        m_dragStart.reset();
        m_rubberBand->hide();
        emit resetRequested();
        event->accept();
        return;
    }
    QChartView::mouseDoubleClickEvent(event);
}

void ChartView::leaveEvent(QEvent* event)
{
    emit hoverEnded();
    QChartView::leaveEvent(event);
}
