#pragma once

#include <QWidget>
#include <optional>
#include <utility>

class QAction;
class QComboBox;
class QLabel;
class QToolButton;

// The time range every chart shows, picked once for the whole window: the last 5 minutes to 7
// days following the clock (live), or a fixed window — paused, zoomed by a drag across a chart,
// shifted, or typed in as a custom range. Pausing freezes the window's end where it is.
class TimeRangeBar : public QWidget
{
    Q_OBJECT
public:
    explicit TimeRangeBar(QWidget* parent = nullptr);
    ~TimeRangeBar() override;

    // The window at `nowMs`: [now - span, now] while live, else the fixed one.
    std::pair<qint64, qint64> window(qint64 nowMs) const;
    // The preset span picked in the list (a zoom or custom range does not change it).
    qint64 presetSpan() const;
    bool isLive() const;
    // A fixed window other than a plain pause: zoomed, shifted or custom.
    bool isZoomed() const { return m_zoomed; }

    void setPresetSpan(qint64 spanMs); // the nearest preset
    void setLive(bool live);
    // Shows [startMs, endMs] (at least 10 s), paused.
    void zoomTo(qint64 startMs, qint64 endMs);
    // Back to the preset span, live.
    void resetZoom();
    // Moves the window by `fraction` of its width (negative: back in time), paused.
    void shift(double fraction);
    // Doubles the window around its middle, never beyond now.
    void zoomOut();
    // Asks for a custom range in a dialog (not modal to the event loop: tests find and accept it).
    void chooseCustomRange();

    // How often live charts are redrawn (the refresh picker), in ms.
    int refreshInterval() const;
    void setRefreshInterval(int ms); // the nearest choice

    // The range commands with their shortcuts, for a menu or a window: Alt+1..6 the presets,
    // Alt+Left/Right shift, Alt+Minus zoom out, Alt+0 reset, Alt+L live/pause, custom range.
    QList<QAction*> rangeActions() const { return m_actions; }

signals:
    void rangeChanged();
    void refreshIntervalChanged(int ms);

private:
    void setFixed(std::optional<std::pair<qint64, qint64>> window, bool zoomed);
    void showState();
    void addActions();

    QComboBox* m_presets = nullptr;
    QComboBox* m_refresh = nullptr;
    QList<QAction*> m_actions;
    QLabel* m_fixedLabel = nullptr;
    QToolButton* m_reset = nullptr;
    QToolButton* m_live = nullptr;
    std::optional<std::pair<qint64, qint64>> m_fixed; // set whenever not live
    bool m_zoomed = false;
    int m_lastPreset = 0;
};
