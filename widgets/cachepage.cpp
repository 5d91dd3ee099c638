#include "cachepage.h"

#include "texttablemodel.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>
#include <optional>

namespace {
std::optional<double> valueOf(const RedisPollResult& r, const char* metric)
{
    for (const MetricSample& s : r.samples) {
        if (s.metric == QLatin1String(metric) && s.labels.isEmpty())
            return s.value;
    }
    return std::nullopt;
}

QString labelOf(const MetricSample& sample, const char* name)
{
    for (const auto& [key, value] : sample.labels) {
        if (key == QLatin1String(name))
            return value;
    }
    return {};
}

QString bytes(double value)
{
    return QLocale().formattedDataSize(qint64(value), 1, QLocale::DataSizeTraditionalFormat);
}

QString orDash(const std::optional<double>& value, int decimals = 0)
{
    return value ? QLocale().toString(*value, 'f', decimals) : QStringLiteral("—");
}
} // namespace

CachePage::CachePage(QWidget* parent)
    : SourcePage(tr("Cache & Queues"), QStringLiteral("cache"),
                 tr("No Redis source in this workspace: add one on the Settings page (Ctrl+8), tab Redis. "
                    "Application queues exposed on /metrics are charted on the Overview."),
                 parent)
    , m_queues(new TextTableModel({tr("Queue key"), tr("Type"), tr("Length"), tr("Pending (streams)")}, this))
{
    QVBoxLayout* layout = body();
    auto* view = new QTableView(this);
    view->setModel(m_queues);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    // Queue keys are long ("celery:import:high"): columns fit their contents as rows arrive.
    connect(m_queues, &QAbstractItemModel::rowsInserted, view, &QTableView::resizeColumnsToContents);
    connect(m_queues, &QAbstractItemModel::dataChanged, view, &QTableView::resizeColumnsToContents);
    layout->addWidget(new QLabel(tr("<b>Queues</b>"), this));
    layout->addWidget(view, 1);
    m_notes = new QLabel(this);
    m_notes->setWordWrap(true);
    layout->addWidget(m_notes);
}

CachePage::~CachePage() = default;

void CachePage::forgetAllBut(const QStringList& names)
{
    for (auto it = m_latest.begin(); it != m_latest.end();)
        it = names.contains(it.key()) ? std::next(it) : m_latest.erase(it);
}

void CachePage::setResult(const RedisPollResult& result)
{
    m_latest[result.source] = result;
    resultArrived(result.source);
}

bool CachePage::showSource(const QString& name)
{
    const auto it = m_latest.constFind(name);
    if (it == m_latest.constEnd())
        return false;
    const RedisPollResult& r = *it;
    const QString when = QDateTime::fromMSecsSinceEpoch(r.timestampMs).toString(QStringLiteral("HH:mm:ss"));
    if (!r.ok) {
        // The last good figures stay in the table; the summary says what went wrong.
        setSummary(tr("<b>%1</b>: %2 (at %3; next try in %4 s)")
                       .arg(name.toHtmlEscaped(), r.error.toHtmlEscaped(), when)
                       .arg(qMax(1, r.nextPollInMs / 1000)));
        return true;
    }
    QString role;
    QString version;
    QStringList keys;
    for (const MetricSample& s : r.samples) {
        if (s.metric == QLatin1String("redis_instance_info")) {
            role = labelOf(s, "role");
            version = labelOf(s, "redis_version");
        } else if (s.metric == QLatin1String("redis_db_keys")) {
            keys.append(
                QStringLiteral("%1: %2").arg(labelOf(s, "db")).arg(QLocale().toString(s.value, 'f', 0)));
        }
    }
    const auto maxMemory = valueOf(r, "redis_memory_max_bytes");
    const auto hitRate = valueOf(r, "redis_hit_rate");
    const auto ping = valueOf(r, "redis_ping_seconds");
    setSummary(
        tr("<b>%1</b> — Redis %2 (%3), polled at %4<br>"
           "Hit rate %5 · %6 ops/s · PING %7 ms<br>"
           "Memory %8 (%9) · clients %10 of %11, %12 blocked, %13 rejected<br>"
           "Evicted %14 · expired %15 · keys %16")
            .arg(name.toHtmlEscaped(), version.toHtmlEscaped(), role.toHtmlEscaped(), when)
            .arg(hitRate ? QStringLiteral("%1 %").arg(*hitRate * 100, 0, 'f', 1) : tr("— (no lookups yet)"))
            .arg(orDash(valueOf(r, "redis_ops_per_second")))
            .arg(ping ? QString::number(*ping * 1000, 'f', 2) : QStringLiteral("—"))
            .arg(bytes(valueOf(r, "redis_memory_used_bytes").value_or(0)))
            .arg(maxMemory && *maxMemory > 0 ? tr("maxmemory %1").arg(bytes(*maxMemory)) : tr("no maxmemory"))
            .arg(orDash(valueOf(r, "redis_connected_clients")), orDash(valueOf(r, "redis_max_clients")),
                 orDash(valueOf(r, "redis_blocked_clients")),
                 orDash(valueOf(r, "redis_rejected_connections_total")),
                 orDash(valueOf(r, "redis_evicted_keys_total")),
                 orDash(valueOf(r, "redis_expired_keys_total")))
            .arg(keys.isEmpty() ? tr("none") : keys.join(QStringLiteral(", "))));

    QMap<QString, QString> pending;
    for (const MetricSample& s : r.samples) {
        if (s.metric == QLatin1String("redis_stream_pending")) {
            const QString queue = labelOf(s, "queue");
            pending[queue] += (pending[queue].isEmpty() ? QString() : QStringLiteral(", ")) +
                              QStringLiteral("%1: %2").arg(labelOf(s, "group")).arg(s.value);
        }
    }
    QList<TextTableModel::Row> rows;
    for (const MetricSample& s : r.samples) {
        if (s.metric != QLatin1String("redis_queue_length"))
            continue;
        const QString queue = labelOf(s, "queue");
        const QString type = labelOf(s, "type");
        rows.append({queue,
                     {queue, type == QLatin1String("none") ? tr("missing") : type,
                      QLocale().toString(s.value, 'f', 0), pending.value(queue)}});
    }
    m_queues->setRows(rows);
    m_notes->setText(r.notes.join(QLatin1Char('\n')));
    return true;
}
