#include "databasepage.h"

#include "texttablemodel.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace {
QString seconds(double s)
{
    return s >= 120 ? QStringLiteral("%1 min").arg(s / 60, 0, 'f', 1)
                    : QStringLiteral("%1 s").arg(s, 0, 'f', 1);
}

QString pids(const QList<int>& list)
{
    QStringList parts;
    for (int pid : list)
        parts.append(QString::number(pid));
    return parts.join(QStringLiteral(", "));
}

QTableView* tableFor(TextTableModel* model, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->setWordWrap(false);
    return view;
}

QList<TextTableModel::Row> statementRows(const std::vector<PostgresStatement>& statements)
{
    QList<TextTableModel::Row> rows;
    for (const PostgresStatement& s : statements)
        rows.append({s.queryId + QLatin1Char('/') + s.database,
                     {QString::number(s.totalMs, 'f', 1), QString::number(s.meanMs, 'f', 2),
                      QString::number(s.calls), QString::number(s.rows), s.database, s.user, s.query}});
    return rows;
}
} // namespace

DatabasePage::DatabasePage(QWidget* parent)
    : SourcePage(tr("Database"), QStringLiteral("database"),
                 tr("No PostgreSQL source in this workspace: add one on the Settings page (Ctrl+8), tab "
                    "PostgreSQL."),
                 parent)
    , m_lockWaits(new TextTableModel({tr("Waiting pid"), tr("Blocked by"), tr("Waiting"), tr("Lock"),
                                      tr("Database"), tr("User"), tr("Query")},
                                     this))
    , m_byTotal(new TextTableModel({tr("Total ms"), tr("Mean ms"), tr("Calls"), tr("Rows"), tr("Database"),
                                    tr("User"), tr("Statement")},
                                   this))
    , m_byMean(new TextTableModel({tr("Total ms"), tr("Mean ms"), tr("Calls"), tr("Rows"), tr("Database"),
                                   tr("User"), tr("Statement")},
                                  this))
    , m_longRunning(new TextTableModel(
          {tr("pid"), tr("Running"), tr("State"), tr("Waiting on"), tr("Database"), tr("User"), tr("Query")},
          this))
{
    QVBoxLayout* layout = body();
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(tableFor(m_lockWaits, this), tr("Lock waits"));
    m_tabs->addTab(tableFor(m_byTotal, this), tr("Statements by total time"));
    m_tabs->addTab(tableFor(m_byMean, this), tr("Statements by mean time"));
    m_tabs->addTab(tableFor(m_longRunning, this), tr("Long-running queries"));
    layout->addWidget(m_tabs, 1);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("statementsNote"));
    m_note->setWordWrap(true);
    layout->addWidget(m_note);
}

DatabasePage::~DatabasePage() = default;

void DatabasePage::forgetAllBut(const QStringList& names)
{
    for (auto it = m_latest.begin(); it != m_latest.end();)
        it = names.contains(it.key()) ? std::next(it) : m_latest.erase(it);
}

void DatabasePage::setResult(const PostgresPollResult& result)
{
    m_latest[result.source] = result;
    resultArrived(result.source);
}

bool DatabasePage::showSource(const QString& name)
{
    const auto it = m_latest.constFind(name);
    if (it == m_latest.constEnd())
        return false;
    const PostgresPollResult& r = *it;
    const QString when = QDateTime::fromMSecsSinceEpoch(r.timestampMs).toString(QStringLiteral("HH:mm:ss"));
    if (!r.ok) {
        // The last good figures stay in the tables; the summary says what went wrong.
        setSummary(tr("<b>%1</b>: %2 (at %3; retry in %4 s)")
                       .arg(name.toHtmlEscaped(), r.error.toHtmlEscaped(), when)
                       .arg(qMax(1, r.retryInMs / 1000)));
        return true;
    }
    QStringList states;
    for (const MetricSample& s : r.samples) {
        if (s.metric == QLatin1String("pg_connections") && s.value > 0)
            states.append(QStringLiteral("%1 %2").arg(s.labels.value(0).second).arg(s.value));
    }
    double hits = 0;
    double reads = 0;
    double commits = 0;
    double rollbacks = 0;
    for (const MetricSample& s : r.samples) {
        if (s.metric == QLatin1String("pg_blks_hit_total"))
            hits += s.value;
        else if (s.metric == QLatin1String("pg_blks_read_total"))
            reads += s.value;
        else if (s.metric == QLatin1String("pg_xact_commit_total"))
            commits += s.value;
        else if (s.metric == QLatin1String("pg_xact_rollback_total"))
            rollbacks += s.value;
    }
    const double max = r.value(QStringLiteral("pg_max_connections"));
    const double usage = r.value(QStringLiteral("pg_connection_usage_ratio"));
    setSummary(
        tr("<b>%1</b> — PostgreSQL %2, polled at %3 in %4 ms<br>"
           "Connections: %5 % of %6 (%7)<br>"
           "Lock waits: %8 · oldest query %9 · oldest transaction %10<br>"
           "Buffer cache hit ratio (all databases, since the statistics reset): %11 · commits %12 · "
           "rollbacks %13")
            .arg(name.toHtmlEscaped(), r.serverVersion.section(QLatin1Char(' '), 0, 0).toHtmlEscaped(), when)
            .arg(qRound(r.durationSeconds * 1000))
            .arg(usage >= 0 ? QString::number(usage * 100, 'f', 0) : QStringLiteral("?"))
            .arg(max >= 0 ? QString::number(max) : QStringLiteral("?"))
            .arg(states.join(QStringLiteral(", ")).toHtmlEscaped())
            .arg(r.lockWaits.size())
            .arg(seconds(r.value(QStringLiteral("pg_oldest_query_age_seconds"), {}, 0)),
                 seconds(r.value(QStringLiteral("pg_oldest_transaction_age_seconds"), {}, 0)))
            .arg(hits + reads > 0 ? QStringLiteral("%1 %").arg(100 * hits / (hits + reads), 0, 'f', 2)
                                  : QStringLiteral("—"))
            .arg(commits)
            .arg(rollbacks));

    QList<TextTableModel::Row> waits;
    for (const PostgresLockWait& w : r.lockWaits)
        waits.append({QString::number(w.pid),
                      {QString::number(w.pid), pids(w.blockedBy), seconds(w.waitSeconds), w.waitEvent,
                       w.database, w.user, w.query}});
    for (const PostgresBlocker& b : r.blockers)
        waits.append({QStringLiteral("blocker ") + QString::number(b.pid),
                      {tr("%1 (holds)").arg(b.pid), QString(), seconds(b.transactionSeconds), b.state,
                       QString(), QString(), b.query}});
    m_lockWaits->setRows(waits);
    m_byTotal->setRows(statementRows(r.topByTotalTime));
    m_byMean->setRows(statementRows(r.topByMeanTime));
    QList<TextTableModel::Row> running;
    for (const PostgresRunningQuery& q : r.longRunning)
        running.append({QString::number(q.pid),
                        {QString::number(q.pid), seconds(q.ageSeconds), q.state, q.waitEventType, q.database,
                         q.user, q.query}});
    m_longRunning->setRows(running);
    m_note->setText(r.statementsAvailable ? r.statementsNote
                                          : tr("Statement statistics: %1").arg(r.statementsNote));
    return true;
}

QString DatabasePage::statementsNote() const
{
    return m_note->text();
}
