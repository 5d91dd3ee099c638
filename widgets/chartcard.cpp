#include "chartcard.h"

#include <QChart>
#include <QChartView>
#include <QContextMenuEvent>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
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
    m_view = new QChartView(m_chart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(180);
    layout->addWidget(m_view, 1);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("cardMessage"));
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setMinimumHeight(180);
    layout->addWidget(m_message, 1);
    m_message->hide();
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
        m_chart->removeAllSeries();
        return;
    }
    // The current value: the latest point of the line the threshold is about (else the worst).
    double current = std::nan("");
    for (const ChartCardData::Line& line : data.lines) {
        if (line.points.isEmpty() || (!data.thresholdLine.isEmpty() && line.name != data.thresholdLine))
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

void ChartCard::rebuildChart(const ChartCardData& data)
{
    m_chart->removeAllSeries();
    for (QAbstractAxis* axis : m_chart->axes())
        m_chart->removeAxis(axis);
    auto* x = new QDateTimeAxis;
    x->setFormat(data.endMs - data.startMs > 86'400'000 ? QStringLiteral("dd.MM HH:mm")
                                                        : QStringLiteral("HH:mm"));
    x->setRange(QDateTime::fromMSecsSinceEpoch(data.startMs), QDateTime::fromMSecsSinceEpoch(data.endMs));
    x->setTickCount(5);
    auto* y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%.3g"));
    m_chart->addAxis(x, Qt::AlignBottom);
    m_chart->addAxis(y, Qt::AlignLeft);
    double top = 0;
    for (const ChartCardData::Line& line : data.lines) {
        auto* series = new QLineSeries;
        series->setName(line.name);
        series->replace(line.points);
        series->setPointsVisible(line.points.size() < 30); // a line of a few points would be invisible
        for (const QPointF& point : line.points)
            top = std::max(top, point.y());
        m_chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
    }
    if (data.threshold) {
        auto* threshold = new QLineSeries;
        threshold->setName(data.thresholdText);
        threshold->append(double(data.startMs), *data.threshold);
        threshold->append(double(data.endMs), *data.threshold);
        QPen pen(alertColor);
        pen.setStyle(Qt::DashLine);
        pen.setWidthF(1.5);
        threshold->setPen(pen);
        m_chart->addSeries(threshold);
        threshold->attachAxis(x);
        threshold->attachAxis(y);
    }
    // The threshold is in view when the data comes near it (a 5 ms line under a 500 ms limit would
    // otherwise lie flat on the axis); percentages stop at 100 unless a value goes beyond.
    const double dataTop = top;
    if (data.threshold && *data.threshold > 0 && dataTop >= *data.threshold * 0.2)
        top = std::max(top, *data.threshold);
    if (data.unitSuffix == QLatin1String(" %") && top <= 100) {
        y->setRange(0, 100);
    } else {
        y->setRange(0, top > 0 ? top * 1.15 : 1);
        y->applyNiceNumbers();
    }
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
