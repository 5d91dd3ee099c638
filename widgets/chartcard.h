#pragma once

#include "chartview.h"

#include <QFrame>
#include <QList>
#include <QPointF>
#include <QString>
#include <optional>

class QChart;
class QDateTimeAxis;
class QValueAxis;
class QLabel;

// What a chart card draws: plain data, made by the app from the model (no SQL here).
struct ChartCardData
{
    struct Line
    {
        QString name;
        QList<QPointF> points; // x: ms since the epoch, y: the value in the card's unit
        bool limit = false;    // drawn dashed for reference, never the card's current value
    };
    QString title;
    QString unitSuffix; // e.g. " ms", " %", " req/s"
    double scale = 1;   // value * scale is what is shown (seconds -> ms, ratio -> %)
    QList<Line> lines;
    std::optional<double> threshold; // in the shown unit
    bool alertAbove = true;
    QString thresholdText;
    QString thresholdLine; // the line the threshold applies to; empty: every line
    qint64 startMs = 0;
    qint64 endMs = 0;
    QString message;            // shown instead of the chart when there are no lines: why
    QList<ChartMarker> markers; // e.g. alert transitions of the card's figure
};

// One card of the Overview: title, the current value coloured by its threshold, a line chart with
// the threshold drawn across it, or the reason there is nothing to draw. Lines are thinned to
// what the plot's pixel columns can show before drawing (peaks kept); the card's colours follow
// the palette, light or dark. Hover, drag and double-click are passed on (see ChartView) so that
// cards sharing a time axis move together.
class ChartCard : public QFrame
{
    Q_OBJECT
public:
    explicit ChartCard(QWidget* parent = nullptr);
    ~ChartCard() override;

    void setData(const ChartCardData& data);
    // For tests and the status line: the value text and whether it breaks the threshold.
    QString title() const;
    QString valueText() const;
    QString message() const; // why there is no chart; empty while there is one
    bool isAlerting() const { return m_alerting; }
    int lineCount() const; // lines with points, the threshold not counted

    // What the card's context menu offers: the chart as a PNG, its data as CSV
    // (line,timestamp_ms,time,value in the shown unit). False when the file cannot be written.
    bool savePng(const QString& path);
    bool saveCsv(const QString& path) const;

    // The shared crosshair: a line at `timeMs` labelled with each line's value there.
    void setCrosshair(std::optional<qint64> timeMs);
    // What the crosshair label says at `timeMs`: the time, then "name value" per line.
    QString valuesAt(qint64 timeMs) const;
    ChartView* view() const { return m_view; }
    // Points handed to the chart after thinning, over all lines (the threshold not counted).
    qsizetype drawnPointCount() const { return m_drawnPoints; }
    bool isDark() const { return m_dark; }

signals:
    void hovered(qint64 timeMs);
    void hoverEnded();
    void zoomRequested(qint64 startMs, qint64 endMs);
    void resetRequested();

protected:
    void contextMenuEvent(QContextMenuEvent* event) override;
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void rebuildChart(const ChartCardData& data);
    void clearChart(); // no series, no axes
    void buildChart(const ChartCardData& data);
    void updateChart(const ChartCardData& data);
    // The lines' names and kinds and the threshold: what decides the series and axes.
    static QString shapeOf(const ChartCardData& data);
    void applyPalette();
    int plotColumns() const;
    void thinLines();
    void fitToWidth();

    QLabel* m_title = nullptr;
    QLabel* m_value = nullptr;
    QLabel* m_message = nullptr;
    QChart* m_chart = nullptr;
    ChartView* m_view = nullptr;
    QDateTimeAxis* m_x = nullptr;
    QValueAxis* m_y = nullptr;
    QString m_shape;
    bool m_alerting = false;
    bool m_dark = false;
    int m_lineCount = 0;
    int m_thinnedFor = 0; // the pixel columns the drawn lines were thinned for
    qsizetype m_drawnPoints = 0;
    ChartCardData m_data;
};
