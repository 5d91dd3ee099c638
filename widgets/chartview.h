#pragma once

#include <QChartView>
#include <optional>

class QGraphicsLineItem;
class QGraphicsPolygonItem;

// A moment marked on a chart, such as an alert's transition: drawn as a thin vertical line with
// a small flag at the top, red while firing, green once resolved; its text is the tooltip.
struct ChartMarker
{
    qint64 timeMs = 0;
    bool firing = true;
    QString text;

    bool operator==(const ChartMarker&) const = default;
};
class QLabel;
class QRubberBand;

// A chart view for time series: hovering reports the time under the mouse and a crosshair
// (a vertical line with a label of the values) can be drawn at any time; dragging across the
// plot asks for that span (zoom) and a double-click asks for the range to be reset. The view
// never zooms on its own: charts that share a time axis are zoomed together by their owner.
class ChartView : public QChartView
{
    Q_OBJECT
public:
    explicit ChartView(QChart* chart, QWidget* parent = nullptr);
    ~ChartView() override;

    // Draws the crosshair at `timeMs` with `text` beside it; nullopt hides it.
    void setCrosshair(std::optional<qint64> timeMs, const QString& text);
    bool hasCrosshair() const;
    QString crosshairText() const;
    // Replaces the markers; those outside the time axis are not drawn.
    void setMarkers(const QList<ChartMarker>& markers);
    int visibleMarkerCount() const;
    // The time at a position in the view, or nullopt outside the plot area.
    std::optional<qint64> timeAt(const QPoint& position) const;

signals:
    void hovered(qint64 timeMs);
    void hoverEnded();
    void zoomRequested(qint64 startMs, qint64 endMs);
    void resetRequested();

protected:
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    QRect dragRect(const QPoint& to) const;
    qint64 valueAt(const QPoint& position) const; // no plot-area check: for drag ends clamped to it
    void placeCrosshair();
    void placeMarkers();

    QGraphicsLineItem* m_crosshair = nullptr;
    QLabel* m_crosshairLabel = nullptr;
    QRubberBand* m_rubberBand = nullptr;
    std::optional<QPoint> m_dragStart;
    std::optional<qint64> m_crosshairTime;
    QList<ChartMarker> m_markers;
    QList<std::pair<QGraphicsLineItem*, QGraphicsPolygonItem*>> m_markerItems;
};
