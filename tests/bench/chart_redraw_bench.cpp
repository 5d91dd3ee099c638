// Redraw of one chart after its data arrives (issue 6: "redrawing a chart over 1,000,000 stored
// points (7 days at 1 s) takes < 50 ms after the data arrives").
//
// What is timed, per repetition: ChartCard::setData() with the whole line, then the event loop
// until the chart's viewport has been painted (layout requests, the scene's dirty-item pass and
// the paint into the backing store all run inside that loop; nothing is timed on a worker).
// Peer, same process, same data, same 900×300 size and antialiasing: a plain QLineSeries in a
// QChartView given all 1,000,000 points (what Qt Charts does without perfdash's per-pixel-column
// thinning). Also the realistic store path: the store hands a chart at most 11,000 points per
// series (rollups), drawn through the same ChartCard.
//
// Runs on the offscreen platform (raster painting into a QImage backing store, as on X11 minus
// the transfer to the X server). Prints one JSON object per line.
#include "chartcard.h"
#include "chartview.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QElapsedTimer>
#include <QLineSeries>
#include <QValueAxis>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <random>
#include <time.h>
#include <vector>

namespace {
constexpr qint64 sevenDaysMs = 7LL * 24 * 3600 * 1000;

// A latency-like series in ms: a daily wave, noise, slow drift and a few tall spikes (incidents),
// evenly spaced over [startMs, startMs + 7 days].
QList<QPointF> makeSeries(qint64 startMs, qsizetype count, unsigned seed)
{
    std::mt19937_64 random(seed);
    std::normal_distribution<double> noise(0, 12);
    std::uniform_int_distribution<qsizetype> where(0, count - 1);
    QList<QPointF> points;
    points.reserve(count);
    const double step = double(sevenDaysMs) / double(count - 1);
    double drift = 0;
    for (qsizetype i = 0; i < count; ++i) {
        const double x = double(startMs) + step * double(i);
        const double day = std::fmod((x - double(startMs)) / 86'400'000.0, 1.0);
        drift = 0.999 * drift + 0.05 * noise(random);
        const double y = 120 + 60 * std::sin(2 * M_PI * day) + drift + std::abs(noise(random));
        points.append(QPointF(x, std::max(1.0, y)));
    }
    for (int spike = 0; spike < 12; ++spike) {
        const qsizetype at = where(random);
        for (qsizetype i = at; i < std::min(count, at + 40); ++i)
            points[i].setY(points[i].y() + 700 + 40 * spike);
    }
    return points;
}

// Counts paint events of a widget (the chart's viewport): the loop below runs until one has
// been delivered, so the timed region ends with the chart drawn.
class PaintCounter : public QObject
{
public:
    int paints = 0;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return QObject::eventFilter(watched, event);
    }
};

// Runs the event loop until `counter` saw a paint after `before` (bounded: 10 s), then drains
// what is left. A paint is delivered inside processEvents(), so on return it has been done.
bool waitForPaint(const PaintCounter& counter, int before)
{
    QElapsedTimer guard;
    guard.start();
    while (counter.paints == before && guard.elapsed() < 10'000)
        QCoreApplication::processEvents(QEventLoop::AllEvents);
    QCoreApplication::processEvents(QEventLoop::AllEvents);
    return counter.paints != before;
}

// CPU time of this (the GUI) thread: tells work from waiting in the event loop.
double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

struct Timing
{
    double medianMs = 0;
    double maxMs = 0;
    double callMedianMs = 0; // the redraw call alone (ChartCard::setData), before the event loop
    double cpuMedianMs = 0;  // GUI thread CPU time over the whole redraw
    int repetitions = 0;
};

// One warm-up, then `repetitions` timed runs of `redraw` each followed by the wait for a paint.
Timing measure(int repetitions, const PaintCounter& counter, const std::function<void()>& redraw)
{
    const int warmUp = counter.paints;
    redraw();
    waitForPaint(counter, warmUp);
    std::vector<double> ms;
    std::vector<double> callMs;
    std::vector<double> cpuMs;
    for (int i = 0; i < repetitions; ++i) {
        QCoreApplication::processEvents(QEventLoop::AllEvents);
        const int before = counter.paints;
        const double cpuStart = threadCpuMs();
        QElapsedTimer timer;
        timer.start();
        redraw();
        callMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!waitForPaint(counter, before)) {
            std::fprintf(stderr, "chart_redraw_bench: no paint within 10 s\n");
            std::exit(1);
        }
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
        cpuMs.push_back(threadCpuMs() - cpuStart);
    }
    return {median(ms), *std::max_element(ms.begin(), ms.end()), median(callMs), median(cpuMs), repetitions};
}

void report(const char* metric, double value, const char* unit, const QString& peer = {})
{
    const QByteArray peerJson =
        peer.isEmpty() ? QByteArray("null") : QByteArray("\"") + peer.toUtf8() + QByteArray("\"");
    std::printf(
        "{\"bench\": \"chart\", \"metric\": \"%s\", \"value\": %.3f, \"unit\": \"%s\", \"peer\": %s}\n",
        metric, value, unit, peerJson.constData());
    std::fflush(stdout);
}

ChartCardData cardData(const QList<QPointF>& points, qint64 startMs)
{
    ChartCardData data;
    data.title = QStringLiteral("Latency P95");
    data.unitSuffix = QStringLiteral(" ms");
    data.threshold = 500;
    data.thresholdText = QStringLiteral("P95 ≤ 500 ms");
    data.thresholdLine = QStringLiteral("p95");
    data.startMs = startMs;
    data.endMs = startMs + sevenDaysMs;
    data.lines.append({QStringLiteral("p95"), points});
    return data;
}

// The same as a user would see from a plain Qt Charts line chart: date-time and value axes,
// antialiasing on, every point handed to the series.
struct PlainChart
{
    QChartView view;
    QChart* chart = new QChart;
    QLineSeries* series = new QLineSeries;
    QDateTimeAxis* x = new QDateTimeAxis;
    QValueAxis* y = new QValueAxis;

    PlainChart(qint64 startMs)
    {
        chart->legend()->setAlignment(Qt::AlignBottom);
        chart->addSeries(series);
        x->setFormat(QStringLiteral("dd.MM HH:mm"));
        x->setRange(QDateTime::fromMSecsSinceEpoch(startMs),
                    QDateTime::fromMSecsSinceEpoch(startMs + sevenDaysMs));
        x->setTickCount(5);
        y->setRange(0, 2000);
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        series->attachAxis(x);
        series->attachAxis(y);
        view.setChart(chart);
        view.setRenderHint(QPainter::Antialiasing);
    }
};

void showAndSettle(QWidget& widget)
{
    widget.resize(900, 300);
    widget.show();
    for (int i = 0; i < 20; ++i)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}
} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int repetitions = std::max(7, qEnvironmentVariableIntValue("PERFDASH_BENCH_REPETITIONS"));
    const int peerRepetitions = 5; // seconds each: the peer draws every point

    const qint64 startMs = QDateTime::currentMSecsSinceEpoch() - sevenDaysMs;
    const QList<QPointF> million = makeSeries(startMs, 1'000'000, 6);
    const QList<QPointF> storePath = makeSeries(startMs, 11'000, 7);
    const ChartCardData millionData = cardData(million, startMs);
    const ChartCardData storeData = cardData(storePath, startMs);

    ChartCard card;
    showAndSettle(card);
    PaintCounter cardPaints;
    card.view()->viewport()->installEventFilter(&cardPaints);

    const Timing one = measure(repetitions, cardPaints, [&] { card.setData(millionData); });
    const qsizetype drawn = card.drawnPointCount();
    const int plotWidth = card.view()->width();
    // What a paint of the card costs by itself (no new data): the floor under both figures.
    const Timing paintOnly = measure(repetitions, cardPaints, [&] { card.view()->viewport()->update(); });
    const Timing small = measure(repetitions, cardPaints, [&] { card.setData(storeData); });
    card.hide();

    PlainChart plain(startMs);
    showAndSettle(plain.view);
    PaintCounter plainPaints;
    plain.view.viewport()->installEventFilter(&plainPaints);
    const Timing peer = measure(peerRepetitions, plainPaints, [&] { plain.series->replace(million); });

    const QString peerName =
        QStringLiteral("QLineSeries in QChartView, all 1,000,000 points, no thinning (Qt %1)")
            .arg(QString::fromLatin1(qVersion()));
    report("redraw_1m_points_ms", one.medianMs, "ms");
    report("redraw_1m_points_ms_max", one.maxMs, "ms");
    report("redraw_1m_points_setdata_ms", one.callMedianMs, "ms");
    report("redraw_1m_points_gui_thread_cpu_ms", one.cpuMedianMs, "ms");
    report("redraw_1m_points_drawn_points", double(drawn), "points");
    report("redraw_1m_points_plot_width", double(plotWidth), "px");
    report("redraw_1m_points_qlineseries_ms", peer.medianMs, "ms", peerName);
    report("redraw_speedup_vs_qlineseries", peer.medianMs / one.medianMs, "x", peerName);
    report("redraw_11k_points_ms", small.medianMs, "ms");
    report("redraw_11k_points_ms_max", small.maxMs, "ms");
    report("redraw_11k_points_setdata_ms", small.callMedianMs, "ms");
    report("redraw_11k_points_gui_thread_cpu_ms", small.cpuMedianMs, "ms");
    report("repaint_without_new_data_ms", paintOnly.medianMs, "ms");
    report("redraw_repetitions", double(one.repetitions), "count");
    report("redraw_qlineseries_repetitions", double(peer.repetitions), "count", peerName);
    return 0;
}
