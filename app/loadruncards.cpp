#include "loadruncards.h"

#include "overviewcards.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <functional>

namespace {
class LoadRunCards
{
    Q_DECLARE_TR_FUNCTIONS(LoadRunCards)
};

using Value = std::function<std::optional<double>(const load::LoadSecond&)>;

ChartCardData::Line line(const QString& name, const load::LoadResult& result, qint64 originMs, bool relative,
                         const Value& value)
{
    ChartCardData::Line shown{name, {}, false};
    for (const load::LoadSecond& second : result.seconds) {
        const std::optional<double> y = value(second);
        const double x = double(relative ? originMs + second.second * 1000 : second.startedMs);
        if (y)
            shown.points.append(QPointF(x, *y));
    }
    return shown;
}

Value percentile(double p)
{
    return [p](const load::LoadSecond& second) -> std::optional<double> {
        if (second.total.latency.count() == 0)
            return std::nullopt; // a second without answers has no latency, not a zero one
        return double(second.total.latency.valueAtPercentileUs(p)) / 1000.0;
    };
}

const Value requests = [](const load::LoadSecond& s) {
    return std::optional<double>(double(s.total.requests));
};
const Value errors = [](const load::LoadSecond& s) {
    return std::optional<double>(double(s.total.errorCount()));
};
const Value users = [](const load::LoadSecond& s) { return std::optional<double>(double(s.activeUsers)); };

ChartCardData card(const QString& title, const QString& suffix, qint64 startMs, qint64 endMs)
{
    ChartCardData data;
    data.title = title;
    data.unitSuffix = suffix;
    data.startMs = startMs;
    data.endMs = endMs;
    data.message = LoadRunCards::tr("No second measured yet.");
    return data;
}

QString ms(std::int64_t us)
{
    return QLocale().toString(double(us) / 1000.0, 'f', 1);
}

QString errorsByKind(const load::EndpointFigures& figures)
{
    QStringList parts;
    for (int kind = 0; kind < load::errorKindCount; ++kind) {
        if (const auto count = figures.errors[std::size_t(kind)])
            parts.append(load::errorKindName(load::ErrorKind(kind)) + QLatin1Char(' ') +
                         QString::number(count));
    }
    return parts.join(QStringLiteral(", "));
}

TextTableModel::Row figureRow(const QString& name, const load::EndpointFigures& f, std::int64_t durationMs)
{
    const double rate = durationMs > 0 ? double(f.requests) * 1000.0 / double(durationMs) : 0;
    const auto& h = f.latency;
    return {name,
            {name, QLocale().toString(f.requests), QLocale().toString(rate, 'f', 1),
             ms(h.valueAtPercentileUs(50)), ms(h.valueAtPercentileUs(95)), ms(h.valueAtPercentileUs(99)),
             ms(h.maxUs()), QLocale().toString(f.errorCount()), errorsByKind(f)}};
}
} // namespace

QList<ChartCardData> runCards(const load::LoadResult& result, qint64 startMs, qint64 endMs)
{
    ChartCardData rps =
        card(LoadRunCards::tr("Requests per second"), LoadRunCards::tr(" req/s"), startMs, endMs);
    rps.lines.append(line(LoadRunCards::tr("all"), result, 0, false, requests));
    ChartCardData latency =
        card(LoadRunCards::tr("Latency P50 / P95 / P99"), QStringLiteral(" ms"), startMs, endMs);
    for (const auto& [name, p] :
         {std::pair{QStringLiteral("P50"), 50.0}, std::pair{QStringLiteral("P95"), 95.0},
          std::pair{QStringLiteral("P99"), 99.0}})
        latency.lines.append(line(name, result, 0, false, percentile(p)));
    ChartCardData errorRate =
        card(LoadRunCards::tr("Errors per second"), LoadRunCards::tr("/s"), startMs, endMs);
    errorRate.lines.append(line(LoadRunCards::tr("errors"), result, 0, false, errors));
    ChartCardData active = card(LoadRunCards::tr("Active users"), {}, startMs, endMs);
    active.lines.append(line(LoadRunCards::tr("users"), result, 0, false, users));
    return {rps, latency, errorRate, active};
}

QList<TextTableModel::Row> runFigureRows(const load::LoadResult& result, const QStringList& endpoints)
{
    QList<TextTableModel::Row> rows;
    for (std::size_t i = 0; i < result.totals.endpoints.size(); ++i)
        rows.append(figureRow(endpoints.value(qsizetype(i), QString::number(i)), result.totals.endpoints[i],
                              result.durationMs));
    rows.append(figureRow(LoadRunCards::tr("all endpoints"), result.totals.total, result.durationMs));
    return rows;
}

QList<ChartCardData> compareCards(const load::LoadResult& a, const load::LoadResult& b, const QString& nameA,
                                  const QString& nameB)
{
    // A clock from midnight reads as the time since each run's start.
    const qint64 origin = QDateTime(QDate(2000, 1, 1), QTime(0, 0)).toMSecsSinceEpoch();
    const qint64 seconds = qint64(std::max(a.seconds.size(), b.seconds.size()));
    const qint64 end = origin + std::max<qint64>(seconds, 1) * 1000;
    ChartCardData latency =
        card(LoadRunCards::tr("Latency P50 / P95 (time since start)"), QStringLiteral(" ms"), origin, end);
    ChartCardData rps = card(LoadRunCards::tr("Requests per second (time since start)"),
                             LoadRunCards::tr(" req/s"), origin, end);
    ChartCardData errorRate =
        card(LoadRunCards::tr("Errors per second (time since start)"), LoadRunCards::tr("/s"), origin, end);
    for (const auto& [run, name] : {std::pair{&a, nameA}, std::pair{&b, nameB}}) {
        latency.lines.append(line(name + QStringLiteral(" P50"), *run, origin, true, percentile(50)));
        latency.lines.append(line(name + QStringLiteral(" P95"), *run, origin, true, percentile(95)));
        rps.lines.append(line(name, *run, origin, true, requests));
        errorRate.lines.append(line(name, *run, origin, true, errors));
    }
    return {latency, rps, errorRate};
}

QList<ChartCardData> collectorCards(const panels::OverviewData& data)
{
    QList<ChartCardData> cards;
    for (const QString& id : {QStringLiteral("pools"), QStringLiteral("cache"), QStringLiteral("queues")}) {
        for (const panels::PanelData& panel : data.panels) {
            if (panel.id == id)
                cards.append(chartCard(panel, data.startMs, data.endMs));
        }
    }
    return cards;
}

QList<ChartMarker> alertMarkers(const std::vector<store::AlertEvent>& events)
{
    QList<ChartMarker> markers;
    for (const store::AlertEvent& event : events) {
        const bool firing = event.toState == QLatin1String("firing");
        if (!firing && event.fromState != QLatin1String("firing"))
            continue; // pending and no-data steps are not news on a run's timeline
        markers.append(
            {event.timeMs, firing,
             event.rule + QStringLiteral(": ") + event.fromState + QStringLiteral(" → ") + event.toState});
    }
    return markers;
}

void addMarkers(QList<ChartCardData>* cards, const QList<ChartMarker>& markers)
{
    for (ChartCardData& card : *cards)
        card.markers += markers;
}
