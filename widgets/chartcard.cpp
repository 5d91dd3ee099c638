#include "chartcard.h"

#include "chartview.h"
#include "linedownsampler.h"

#include <QChart>
#include <QContextMenuEvent>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QFile>
#include <QFileDialog>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMenu>
#include <QTextStream>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace {
const QColor alertColor(0xc0, 0x39, 0x2b);
const QColor okColor(0x27, 0xae, 0x60);

QString formatValue(double value, const QString& suffix)
{
    const int decimals = std::abs(value) >= 100 ? 0 : std::abs(value) >= 10 ? 1 : 2;
    return QString::number(value, 'f', decimals) + suffix;
}
} // namespace

ChartCard::ChartCard(QWidget* parent)
    : QFrame(parent)
    , m_chart(new QChart)
{
    setFrameShape(QFrame::StyledPanel);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    auto* header = new QHBoxLayout;
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_value = new QLabel(this);
    m_value->setObjectName(QStringLiteral("cardValue"));
    m_value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    header->addWidget(m_title, 1);
    header->addWidget(m_value);
    layout->addLayout(header);

    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(0, 0, 0, 0));
    m_chart->setBackgroundRoundness(0);
    m_view = new ChartView(m_chart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(180);
    layout->addWidget(m_view, 1);
    connect(m_view, &ChartView::hovered, this, &ChartCard::hovered);
    connect(m_view, &ChartView::hoverEnded, this, &ChartCard::hoverEnded);
    connect(m_view, &ChartView::zoomRequested, this, &ChartCard::zoomRequested);
    connect(m_view, &ChartView::resetRequested, this, &ChartCard::resetRequested);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("cardMessage"));
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setMinimumHeight(180);
    layout->addWidget(m_message, 1);
    m_message->hide();
    applyPalette();
}

ChartCard::~ChartCard() = default;

void ChartCard::setData(const ChartCardData& data)
{
    m_data = data;
    m_title->setText(data.title);
    m_lineCount = int(std::count_if(data.lines.begin(), data.lines.end(),
                                    [](const ChartCardData::Line& line) { return !line.points.isEmpty(); }));
    const bool empty = m_lineCount == 0;
    m_view->setVisible(!empty);
    m_message->setVisible(empty);
    m_alerting = false;
    if (empty) {
        m_message->setText(data.message);
        m_value->setText(QStringLiteral("—"));
        m_value->setStyleSheet({});
        clearChart();
        m_drawnPoints = 0;
        m_view->setMarkers({});
        return;
    }
    // The current value: the latest point of the line the threshold is about (else the worst).
    double current = std::nan("");
    for (const ChartCardData::Line& line : data.lines) {
        if (line.points.isEmpty() || line.limit ||
            (!data.thresholdLine.isEmpty() && line.name != data.thresholdLine))
            continue;
        const double value = line.points.last().y();
        if (std::isnan(current) || (data.alertAbove ? value > current : value < current))
            current = value;
    }
    if (!std::isnan(current)) {
        m_alerting =
            data.threshold && (data.alertAbove ? current > *data.threshold : current < *data.threshold);
        const QString name = data.thresholdLine.isEmpty() ? QString() : data.thresholdLine + QLatin1Char(' ');
        m_value->setText(name + formatValue(current, data.unitSuffix));
        m_value->setStyleSheet(data.threshold ? QStringLiteral("color: %1; font-weight: bold")
                                                    .arg((m_alerting ? alertColor : okColor).name())
                                              : QString());
        m_value->setToolTip(data.thresholdText);
    }
    rebuildChart(data);
}

QString ChartCard::shapeOf(const ChartCardData& data)
{
    QString shape = data.thresholdText + QLatin1Char(data.threshold ? 'T' : '-');
    for (const ChartCardData::Line& line : data.lines)
        shape += QLatin1Char('\n') + line.name + QLatin1Char(line.limit ? 'L' : '-');
    return shape;
}

void ChartCard::rebuildChart(const ChartCardData& data)
{
    // A live refresh brings the same lines with new points: those are replaced in place, since
    // making the series and axes again (and the legend and layout with them) costs most of a redraw.
    const QString shape = shapeOf(data);
    if (shape != m_shape || !m_x || !m_y) {
        buildChart(data);
        m_shape = shape;
    }
    updateChart(data);
}

void ChartCard::clearChart()
{
    m_chart->removeAllSeries();
    for (QAbstractAxis* axis : m_chart->axes()) {
        m_chart->removeAxis(axis);
        delete axis; // removeAxis hands the axis back; it is not deleted for us
    }
    m_x = nullptr;
    m_y = nullptr;
}

void ChartCard::buildChart(const ChartCardData& data)
{
    clearChart();
    m_x = new QDateTimeAxis;
    m_y = new QValueAxis;
    const QColor text = palette().color(QPalette::Text);
    const QColor grid = palette().color(QPalette::Mid);
    for (QAbstractAxis* axis : {static_cast<QAbstractAxis*>(m_x), static_cast<QAbstractAxis*>(m_y)}) {
        axis->setLabelsColor(text);
        axis->setLinePenColor(grid);
        axis->setGridLineColor(m_dark ? grid.darker(150) : grid.lighter(130));
    }
    m_y->setTruncateLabels(false);
    m_chart->addAxis(m_x, Qt::AlignBottom);
    m_chart->addAxis(m_y, Qt::AlignLeft);
    for (const ChartCardData::Line& line : data.lines) {
        auto* series = new QLineSeries;
        series->setName(line.name);
        if (line.limit) {
            QPen pen(palette().color(QPalette::PlaceholderText));
            pen.setStyle(Qt::DashDotLine);
            pen.setWidthF(1.5);
            series->setPen(pen);
        }
        m_chart->addSeries(series);
        series->attachAxis(m_x);
        series->attachAxis(m_y);
    }
    if (data.threshold) {
        auto* threshold = new QLineSeries;
        threshold->setName(data.thresholdText);
        QPen pen(alertColor);
        pen.setStyle(Qt::DashLine);
        pen.setWidthF(1.5);
        threshold->setPen(pen);
        m_chart->addSeries(threshold);
        threshold->attachAxis(m_x);
        threshold->attachAxis(m_y);
    }
}

void ChartCard::updateChart(const ChartCardData& data)
{
    // Ticks must differ: seconds for a span of minutes, the date for one of days.
    const qint64 span = data.endMs - data.startMs;
    m_x->setFormat(span > 86'400'000     ? QStringLiteral("dd.MM HH:mm")
                   : span <= 10 * 60'000 ? QStringLiteral("HH:mm:ss")
                                         : QStringLiteral("HH:mm"));
    m_x->setRange(QDateTime::fromMSecsSinceEpoch(data.startMs), QDateTime::fromMSecsSinceEpoch(data.endMs));
    const QList<QAbstractSeries*> series = m_chart->series();
    double top = 0;
    for (qsizetype i = 0; i < data.lines.size(); ++i) {
        const ChartCardData::Line& line = data.lines.at(i);
        // A line of a few points would be invisible without its points drawn.
        static_cast<QLineSeries*>(series.at(i))->setPointsVisible(line.points.size() < 30);
        for (const QPointF& point : line.points)
            top = std::max(top, point.y());
    }
    m_thinnedFor = 0;
    thinLines();
    fitToWidth();
    m_view->setMarkers(data.markers); // after the axis range: they are placed on it
    if (data.threshold) {
        static_cast<QLineSeries*>(series.last())
            ->replace({QPointF(double(data.startMs), *data.threshold),
                       QPointF(double(data.endMs), *data.threshold)});
    }
    // The threshold is in view when the data comes near it (a 5 ms line under a 500 ms limit would
    // otherwise lie flat on the axis); percentages stop at 100 unless a value goes beyond.
    if (data.threshold && *data.threshold > 0 && top >= *data.threshold * 0.2)
        top = std::max(top, *data.threshold);
    if (data.unitSuffix == QLatin1String(" %") && top <= 100) {
        m_y->setRange(0, 100);
    } else {
        m_y->setRange(0, top > 0 ? top * 1.15 : 1);
        m_y->applyNiceNumbers();
    }
    // Whole numbers from 1,000 up ("23000", not "2.3e+04"); three significant digits below.
    m_y->setLabelFormat(top >= 1000 ? QStringLiteral("%.0f") : QStringLiteral("%.3g"));
}

int ChartCard::plotColumns() const
{
    // Before the first layout the view has no real width; a wide guess is refined on resize.
    const int width = m_view->isVisible() ? std::max(m_view->width(), 100) : 1600;
    return int(std::ceil(width * m_view->devicePixelRatioF()));
}

void ChartCard::thinLines()
{
    const int columns = plotColumns();
    if (columns <= m_thinnedFor)
        return;
    m_thinnedFor = columns;
    m_drawnPoints = 0;
    const QList<QAbstractSeries*> series = m_chart->series();
    for (qsizetype i = 0; i < m_data.lines.size() && i < series.size(); ++i) {
        const QList<QPointF> points = downsampleForColumns(m_data.lines.at(i).points, double(m_data.startMs),
                                                           double(m_data.endMs), columns);
        static_cast<QLineSeries*>(series.at(i))->replace(points);
        m_drawnPoints += points.size();
    }
}

void ChartCard::resizeEvent(QResizeEvent* event)
{
    QFrame::resizeEvent(event);
    if (m_lineCount > 0) {
        thinLines(); // wider than the lines were thinned for: draw them finer
        fitToWidth();
    }
}

void ChartCard::fitToWidth()
{
    // A time label takes about 90 px with its gap: fewer ticks on a narrow card, never cut labels.
    const int width = m_view->width();
    int ticks = std::clamp(width / 90, 2, 7);
    // A span of a few whole seconds (a load run) gets ticks on whole seconds: no two read the same.
    const qint64 span = m_data.endMs - m_data.startMs;
    if (span > 0 && span <= 60'000 && span % 1000 == 0) {
        while (ticks > 2 && (span / 1000) % (ticks - 1) != 0)
            --ticks;
    }
    for (QAbstractAxis* axis : m_chart->axes(Qt::Horizontal)) {
        if (auto* time = qobject_cast<QDateTimeAxis*>(axis))
            time->setTickCount(ticks);
    }
    // A legend that cannot hold its names is left out: the crosshair names every line.
    const QFontMetrics metrics(m_chart->legend()->font());
    int needed = 0;
    for (const QLegendMarker* marker : m_chart->legend()->markers())
        needed += metrics.horizontalAdvance(marker->label()) + 30;
    m_chart->legend()->setVisible(needed <= width);
}

void ChartCard::applyPalette()
{
    // Dark when the palette's window is: the system's (or the user's chosen) theme decides.
    const QPalette& colours = palette();
    m_dark = colours.color(QPalette::Window).lightness() < 128;
    m_chart->setBackgroundBrush(colours.base());
    m_chart->setBackgroundPen(Qt::NoPen);
    m_chart->setPlotAreaBackgroundVisible(false);
    m_chart->setTitleBrush(colours.text());
    m_chart->legend()->setLabelColor(colours.color(QPalette::Text));
    m_view->setBackgroundBrush(colours.base());
}

void ChartCard::changeEvent(QEvent* event)
{
    QFrame::changeEvent(event);
    if (event->type() != QEvent::PaletteChange)
        return;
    applyPalette();
    m_shape.clear(); // the axes and limit lines take their colours when they are made
    if (m_lineCount > 0)
        rebuildChart(m_data);
}

void ChartCard::setCrosshair(std::optional<qint64> timeMs)
{
    m_view->setCrosshair(m_lineCount > 0 ? timeMs : std::nullopt, timeMs ? valuesAt(*timeMs) : QString());
}

QString ChartCard::valuesAt(qint64 timeMs) const
{
    const bool days = m_data.endMs - m_data.startMs > 86'400'000;
    QStringList rows{QDateTime::fromMSecsSinceEpoch(timeMs).toString(days ? QStringLiteral("dd.MM HH:mm:ss")
                                                                          : QStringLiteral("HH:mm:ss"))};
    // A point farther than 2 % of the span from the crosshair is not "at that time": a gap.
    const double tolerance = std::max<double>(1000, (m_data.endMs - m_data.startMs) * 0.02);
    for (const ChartCardData::Line& line : m_data.lines) {
        if (line.points.isEmpty())
            continue;
        auto after = std::lower_bound(line.points.begin(), line.points.end(), double(timeMs),
                                      [](const QPointF& point, double x) { return point.x() < x; });
        auto nearest = after;
        if (after == line.points.end() ||
            (after != line.points.begin() && timeMs - std::prev(after)->x() < after->x() - timeMs))
            nearest = std::prev(after);
        const bool near = std::abs(nearest->x() - double(timeMs)) <= tolerance;
        rows.append(QStringLiteral("%1  %2").arg(
            line.name, near ? formatValue(nearest->y(), m_data.unitSuffix) : QStringLiteral("—")));
    }
    return rows.join(QLatin1Char('\n'));
}

QString ChartCard::title() const
{
    return m_title->text();
}

QString ChartCard::message() const
{
    return m_message->isVisibleTo(this) ? m_message->text() : QString();
}

QString ChartCard::valueText() const
{
    return m_value->text();
}

int ChartCard::lineCount() const
{
    return m_lineCount;
}

bool ChartCard::savePng(const QString& path)
{
    return grab().save(path, "PNG");
}

bool ChartCard::saveCsv(const QString& path) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
        return false;
    QTextStream out(&file);
    const QString unit = m_data.unitSuffix.trimmed();
    out << "line,timestamp_ms,time,value" << (unit.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(unit))
        << "\n";
    for (const ChartCardData::Line& line : m_data.lines) {
        QString name = line.name;
        name.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        for (const QPointF& point : line.points)
            out << '"' << name << "\"," << qint64(point.x()) << ','
                << QDateTime::fromMSecsSinceEpoch(qint64(point.x())).toUTC().toString(Qt::ISODateWithMs)
                << ',' << QString::number(point.y(), 'g', 17) << "\n";
    }
    out.flush();
    return file.error() == QFileDevice::NoError;
}

void ChartCard::contextMenuEvent(QContextMenuEvent* event)
{
    QMenu menu(this);
    const QString base = m_data.title.isEmpty() ? QStringLiteral("chart") : m_data.title;
    menu.addAction(tr("Save chart as PNG…"), this, [this, base] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save chart"), base + QStringLiteral(".png"), tr("PNG images (*.png)"));
        if (!path.isEmpty() && !savePng(path))
            m_message->setText(tr("Could not write %1").arg(path));
    });
    QAction* csv = menu.addAction(tr("Save data as CSV…"), this, [this, base] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save chart data"), base + QStringLiteral(".csv"), tr("CSV files (*.csv)"));
        if (!path.isEmpty() && !saveCsv(path))
            m_message->setText(tr("Could not write %1").arg(path));
    });
    csv->setEnabled(m_lineCount > 0);
    menu.exec(event->globalPos());
}
