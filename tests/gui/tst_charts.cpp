#include "chartcard.h"
#include "chartview.h"
#include "linedownsampler.h"
#include "timerangebar.h"

#include <QApplication>
#include <QChart>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QLineSeries>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <cmath>
#include <random>

namespace {
constexpr qint64 hourMs = 3'600'000;

QList<QPointF> noisyLine(qsizetype count, qint64 startMs, qint64 stepMs, unsigned seed)
{
    std::mt19937 random(seed);
    std::normal_distribution<double> noise(100, 15);
    QList<QPointF> points;
    points.reserve(count);
    for (qsizetype i = 0; i < count; ++i)
        points.append(QPointF(double(startMs + i * stepMs), noise(random)));
    return points;
}

ChartCardData latencyData(qint64 startMs, qint64 endMs, QList<QPointF> p50, QList<QPointF> p95)
{
    ChartCardData data;
    data.title = QStringLiteral("Latency");
    data.unitSuffix = QStringLiteral(" ms");
    data.startMs = startMs;
    data.endMs = endMs;
    data.lines = {{QStringLiteral("P50"), std::move(p50)}, {QStringLiteral("P95"), std::move(p95)}};
    data.threshold = 500;
    data.thresholdText = QStringLiteral("P95 ≤ 500 ms");
    data.thresholdLine = QStringLiteral("P95");
    return data;
}

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x20, 0x22, 0x25));
    palette.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
    palette.setColor(QPalette::Base, QColor(0x18, 0x1a, 0x1c));
    palette.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
    palette.setColor(QPalette::Mid, QColor(0x50, 0x50, 0x50));
    return palette;
}
} // namespace

class TestCharts : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QDir().mkpath(QStringLiteral(PERFDASH_SCREENSHOT_DIR)); }

    void downsamplingKeepsEveryColumnsExtremes()
    {
        const QList<QPointF> line = noisyLine(100'000, 0, 10, 7);
        const int columns = 500;
        const QList<QPointF> thin = downsampleForColumns(line, 0, 1'000'000, columns);
        QVERIFY(thin.size() <= 4 * columns);
        QVERIFY(thin.size() >= 2 * columns); // first and last of each column at least
        QVERIFY(std::is_sorted(thin.begin(), thin.end(),
                               [](const QPointF& a, const QPointF& b) { return a.x() < b.x(); }));
        // Per column the drawn line reaches exactly the lowest and highest value of the raw line.
        for (int column = 0; column < columns; ++column) {
            double rawLow = INFINITY, rawHigh = -INFINITY, thinLow = INFINITY, thinHigh = -INFINITY;
            const double from = column * 2000.0, to = from + 2000.0;
            for (const QPointF& p : line) {
                if (p.x() >= from && p.x() < to) {
                    rawLow = std::min(rawLow, p.y());
                    rawHigh = std::max(rawHigh, p.y());
                }
            }
            for (const QPointF& p : thin) {
                if (p.x() >= from && p.x() < to) {
                    thinLow = std::min(thinLow, p.y());
                    thinHigh = std::max(thinHigh, p.y());
                }
            }
            QCOMPARE(thinLow, rawLow);
            QCOMPARE(thinHigh, rawHigh);
        }
        QCOMPARE(thin.first(), line.first());
        QCOMPARE(thin.last(), line.last());
        // A single spike survives, wherever it is.
        QList<QPointF> spiky = line;
        spiky[54'321].setY(5000);
        const QList<QPointF> thinSpiky = downsampleForColumns(spiky, 0, 1'000'000, columns);
        QVERIFY(thinSpiky.contains(spiky.at(54'321)));
        // Short lines are left alone.
        const QList<QPointF> shortLine = noisyLine(100, 0, 10, 1);
        QCOMPARE(downsampleForColumns(shortLine, 0, 1000, columns), shortLine);
    }

    void cardDrawsAMillionPointsThinned()
    {
        const qint64 start = 1'700'000'000'000;
        const qsizetype count = 1'000'000;
        ChartCardData data = latencyData(start, start + count * 600, noisyLine(count, start, 600, 3), {});
        data.lines.removeLast();
        ChartCard card;
        card.resize(900, 300);
        card.show();
        QVERIFY(QTest::qWaitForWindowExposed(&card));
        card.setData(data);
        QCOMPARE(card.lineCount(), 1);
        const int columns = int(std::ceil(card.view()->width() * card.devicePixelRatioF()));
        QVERIFY2(card.drawnPointCount() <= 4 * columns, qPrintable(QString::number(card.drawnPointCount())));
        QVERIFY(card.drawnPointCount() > columns);
        // What is drawn reaches the raw line's extremes, so the y axis is the same as unthinned.
        auto* series = qobject_cast<QLineSeries*>(card.view()->chart()->series().first());
        const QList<QPointF> drawn = series->points();
        const auto byY = [](const QPointF& a, const QPointF& b) { return a.y() < b.y(); };
        QCOMPARE(
            std::max_element(drawn.begin(), drawn.end(), byY)->y(),
            std::max_element(data.lines.first().points.begin(), data.lines.first().points.end(), byY)->y());
        // CSV export still has every point.
        QCOMPARE(card.valuesAt(start + 600 * 10).split(QLatin1Char('\n')).size(), 2);
        // Wider: drawn finer.
        const qsizetype before = card.drawnPointCount();
        card.resize(1800, 300);
        QTRY_VERIFY(card.drawnPointCount() > before);
    }

    void aRefreshReplacesPointsInPlace()
    {
        const qint64 start = 1'700'000'000'000;
        ChartCard card;
        card.resize(700, 300);
        card.setData(latencyData(start, start + hourMs, noisyLine(61, start, 60'000, 5),
                                 noisyLine(61, start, 60'000, 6)));
        QChart* chart = card.view()->chart();
        const QList<QAbstractSeries*> before = chart->series();
        QCOMPARE(before.size(), 3); // P50, P95, the threshold
        // The same lines a minute later: the same series and axes, with the new points and range.
        ChartCardData later =
            latencyData(start + 60'000, start + hourMs + 60'000, noisyLine(61, start + 60'000, 60'000, 7),
                        noisyLine(61, start + 60'000, 60'000, 8));
        card.setData(later);
        QCOMPARE(chart->series(), before);
        QCOMPARE(qobject_cast<QLineSeries*>(before.at(0))->points(), later.lines.at(0).points);
        const auto* x = qobject_cast<QDateTimeAxis*>(chart->axes(Qt::Horizontal).first());
        QCOMPARE(x->min().toMSecsSinceEpoch(), start + 60'000);
        QCOMPARE(qobject_cast<QLineSeries*>(before.at(2))->points().first(),
                 QPointF(double(start + 60'000), 500));
        // Another line appears: built anew.
        later.lines.append({QStringLiteral("P99"), noisyLine(61, start + 60'000, 60'000, 9)});
        card.setData(later);
        QCOMPARE(chart->series().size(), 4);
        QCOMPARE(chart->series().at(2)->name(), QStringLiteral("P99"));
    }

    void crosshairShowsEachLinesValueAtThatTime()
    {
        const qint64 start = 1'700'000'000'000;
        QList<QPointF> p50, p95;
        for (int i = 0; i <= 60; ++i) {
            p50.append(QPointF(double(start + i * 60'000), 10 + i));
            p95.append(QPointF(double(start + i * 60'000), 100 + i));
        }
        ChartCard card;
        card.resize(700, 300);
        card.setData(latencyData(start, start + hourMs, p50, p95));
        card.show();
        QVERIFY(QTest::qWaitForWindowExposed(&card));
        const QString text = card.valuesAt(start + 30 * 60'000 + 1000);
        const QStringList rows = text.split(QLatin1Char('\n'));
        QCOMPARE(rows.size(), 3);
        QCOMPARE(
            rows.at(0),
            QDateTime::fromMSecsSinceEpoch(start + 30 * 60'000 + 1000).toString(QStringLiteral("HH:mm:ss")));
        QCOMPARE(rows.at(1), QStringLiteral("P50  40.0 ms"));
        QCOMPARE(rows.at(2), QStringLiteral("P95  130 ms"));
        // Past the data's end (beyond 2 % of the span): no value, not the last one repeated.
        QVERIFY(card.valuesAt(start + 2 * hourMs).endsWith(QStringLiteral("P95  —")));

        QSignalSpy hovered(&card, &ChartCard::hovered);
        ChartView* view = card.view();
        const QRectF plot = view->chart()->plotArea();
        const QPoint middle = view->mapFromScene(view->chart()->mapToScene(plot.center()));
        QTest::mouseMove(view->viewport(), middle);
        QTRY_COMPARE(hovered.count(), 1);
        const qint64 hoveredAt = hovered.first().first().toLongLong();
        QVERIFY(std::abs(hoveredAt - (start + hourMs / 2)) < hourMs / 100);
        card.setCrosshair(hoveredAt);
        QVERIFY(view->hasCrosshair());
        QCOMPARE(view->crosshairText(), card.valuesAt(hoveredAt));
        QVERIFY(card.grab().save(QStringLiteral(PERFDASH_SCREENSHOT_DIR "/chart-crosshair.png")));
        card.setCrosshair(std::nullopt);
        QVERIFY(!view->hasCrosshair());
    }

    void markersSitAtTheirTimes()
    {
        const qint64 start = 1'700'000'000'000;
        ChartCardData data = latencyData(start, start + hourMs, noisyLine(61, start, 60'000, 5), {});
        data.markers = {{start + hourMs / 4, true, QStringLiteral("CoreP95High firing: P95 612 ms")},
                        {start + 3 * hourMs / 4, false, QStringLiteral("CoreP95High resolved")},
                        {start + 2 * hourMs, true, QStringLiteral("outside the range")}};
        ChartCard card;
        card.resize(700, 300);
        card.setData(data);
        card.show();
        QVERIFY(QTest::qWaitForWindowExposed(&card));
        QTRY_COMPARE(card.view()->visibleMarkerCount(), 2);
        // The firing marker is a red vertical line at a quarter of the plot's width.
        QChart* chart = card.view()->chart();
        const QRectF plot = chart->plotArea();
        const QImage image = card.view()->grab().toImage();
        const QPoint at = card.view()->mapFromScene(
            chart->mapToScene(QPointF(plot.left() + plot.width() / 4, plot.top() + plot.height() * 0.6)));
        const auto reddish = [&](int dx) {
            const QColor c = image.pixelColor(at.x() + dx, at.y());
            return c.red() > 150 && c.green() < 120;
        };
        QVERIFY(reddish(-1) || reddish(0) || reddish(1));
        QVERIFY(card.grab().save(QStringLiteral(PERFDASH_SCREENSHOT_DIR "/chart-markers.png")));
        data.markers.clear();
        card.setData(data);
        QCOMPARE(card.view()->visibleMarkerCount(), 0);
    }

    void dragAsksForAZoomAndDoubleClickForAReset()
    {
        const qint64 start = 1'700'000'000'000;
        ChartCard card;
        card.resize(700, 300);
        card.setData(latencyData(start, start + hourMs, noisyLine(61, start, 60'000, 5), {}));
        card.show();
        QVERIFY(QTest::qWaitForWindowExposed(&card));
        QSignalSpy zoom(&card, &ChartCard::zoomRequested);
        QSignalSpy reset(&card, &ChartCard::resetRequested);
        ChartView* view = card.view();
        const QRectF plot = view->chart()->plotArea();
        auto at = [&](double fraction) {
            return view->mapFromScene(
                view->chart()->mapToScene(QPointF(plot.left() + plot.width() * fraction, plot.center().y())));
        };
        // A click without a drag is not a zoom.
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at(0.3));
        QCOMPARE(zoom.count(), 0);
        QTest::mousePress(view->viewport(), Qt::LeftButton, {}, at(0.25));
        QTest::mouseMove(view->viewport(), at(0.5));
        QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, at(0.5));
        QCOMPARE(zoom.count(), 1);
        const qint64 from = zoom.first().at(0).toLongLong(), to = zoom.first().at(1).toLongLong();
        QVERIFY2(std::abs(from - (start + hourMs / 4)) < hourMs / 100,
                 qPrintable(QString::number(from - start)));
        QVERIFY2(std::abs(to - (start + hourMs / 2)) < hourMs / 100, qPrintable(QString::number(to - start)));
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at(0.5));
        QCOMPARE(reset.count(), 1);
        QCOMPARE(zoom.count(), 1);
    }

    void cardFollowsADarkPalette()
    {
        const qint64 start = 1'700'000'000'000;
        ChartCard card;
        card.resize(700, 300);
        card.setData(latencyData(start, start + hourMs, noisyLine(61, start, 60'000, 5), {}));
        QVERIFY(!card.isDark());
        card.setPalette(darkPalette());
        QVERIFY(card.isDark());
        QCOMPARE(card.view()->chart()->backgroundBrush().color(), darkPalette().color(QPalette::Base));
        for (QAbstractAxis* axis : card.view()->chart()->axes())
            QCOMPARE(axis->labelsColor(), darkPalette().color(QPalette::Text));
        card.show();
        QVERIFY(QTest::qWaitForWindowExposed(&card));
        const QImage image = card.grab().toImage();
        QVERIFY(image.save(QStringLiteral(PERFDASH_SCREENSHOT_DIR "/chart-dark.png")));
        // The plot's middle is dark, not the light theme's white.
        QVERIFY(image.pixelColor(image.width() / 2, image.height() / 2).lightness() < 100);
    }

    void rangeBarPresetsPauseZoomAndShift()
    {
        TimeRangeBar bar;
        QSignalSpy changed(&bar, &TimeRangeBar::rangeChanged);
        QVERIFY(bar.isLive());
        QCOMPARE(bar.window(10 * hourMs), std::pair(10 * hourMs - 15 * 60'000, 10 * hourMs));

        bar.setPresetSpan(hourMs);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(bar.window(10 * hourMs), std::pair(9 * hourMs, 10 * hourMs));

        // Pausing freezes the end: later clocks see the same window; a new span keeps that end.
        bar.setLive(false);
        QVERIFY(!bar.isLive());
        QVERIFY(!bar.isZoomed());
        const auto paused = bar.window(0);
        QCOMPARE(bar.window(paused.second + hourMs), paused);
        bar.setPresetSpan(6 * hourMs);
        QCOMPARE(bar.window(0), std::pair(paused.second - 6 * hourMs, paused.second));

        bar.zoomTo(1000 * hourMs, 1001 * hourMs);
        QVERIFY(bar.isZoomed());
        QCOMPARE(bar.window(0), std::pair(1000 * hourMs, 1001 * hourMs));
        QVERIFY(bar.findChild<QToolButton*>(QStringLiteral("resetZoom"))->isVisibleTo(&bar));
        bar.shift(-0.5);
        QCOMPARE(bar.window(0), std::pair(1000 * hourMs - hourMs / 2, 1001 * hourMs - hourMs / 2));
        bar.zoomOut();
        QCOMPARE(bar.window(0).second - bar.window(0).first, 2 * hourMs);
        // Never narrower than 10 s.
        bar.zoomTo(5000, 5001);
        QCOMPARE(bar.window(0).second - bar.window(0).first, 10'000);

        bar.resetZoom();
        QVERIFY(bar.isLive());
        QVERIFY(!bar.isZoomed());
        QCOMPARE(bar.presetSpan(), 6 * hourMs);
        QVERIFY(!bar.findChild<QToolButton*>(QStringLiteral("resetZoom"))->isVisibleTo(&bar));
    }

    void customRangeDialogAndShortcuts()
    {
        QWidget window;
        auto* bar = new TimeRangeBar(&window);
        window.addActions(bar->rangeActions());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QApplication::setActiveWindow(&window);

        QTest::keyClick(&window, Qt::Key_3, Qt::AltModifier);
        QCOMPARE(bar->presetSpan(), hourMs);
        QTest::keyClick(&window, Qt::Key_L, Qt::AltModifier);
        QVERIFY(!bar->isLive());
        QTest::keyClick(&window, Qt::Key_Left, Qt::AltModifier);
        QVERIFY(bar->isZoomed());
        QTest::keyClick(&window, Qt::Key_0, Qt::AltModifier);
        QVERIFY(bar->isLive());

        auto* picker = bar->findChild<QComboBox*>(QStringLiteral("spanPicker"));
        picker->setCurrentIndex(picker->count() - 1);
        emit picker->activated(picker->count() - 1);
        auto* dialog = bar->findChild<QDialog*>(QStringLiteral("customRangeDialog"));
        QVERIFY(dialog);
        auto* from = dialog->findChild<QDateTimeEdit*>(QStringLiteral("rangeFrom"));
        auto* to = dialog->findChild<QDateTimeEdit*>(QStringLiteral("rangeTo"));
        const QDateTime begin(QDate(2026, 11, 30), QTime(9, 0));
        to->setDateTime(begin.addSecs(-60));
        from->setDateTime(begin);
        // From after To is refused with a reason.
        QVERIFY(!dialog->findChild<QLabel*>(QStringLiteral("rangeProblem"))->text().isEmpty());
        to->setDateTime(begin.addSecs(3 * 3600));
        QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("rangeProblem"))->text().isEmpty());
        dialog->accept();
        QVERIFY(bar->isZoomed());
        QCOMPARE(bar->window(0),
                 std::pair(begin.toMSecsSinceEpoch(), begin.addSecs(3 * 3600).toMSecsSinceEpoch()));
        QCOMPARE(picker->currentIndex(), 2); // the list still shows the preset it returns to
        QVERIFY(bar->findChild<QLabel*>(QStringLiteral("fixedRange"))
                    ->text()
                    .contains(QStringLiteral("2026-11-30 09:00:00")));
    }
};

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
