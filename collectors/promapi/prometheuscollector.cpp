#include "prometheuscollector.h"

#include "collectorslogging.h"
#include "promapiclient.h"
#include "standardqueries.h"

#include <QDateTime>

struct PrometheusCollector::Source
{
    PrometheusServer server;
    std::unique_ptr<PromApiClient> client;
    quint64 generation = 0; // a timer or answer of an older generation is dropped
    bool inFlight = false;
    bool backfilled = false;
};

// One poll in flight: the answers gathered until the last query is back.
struct PrometheusCollector::Poll
{
    PrometheusPollResult result;
    std::size_t pending = 0;
};

namespace {
// The stored series of one answer: the server's labels without __name__, then the query's own.
void addSeries(const promapi::SourceQuery& query, const promapi::QueryResult& answer,
               PrometheusPollResult* out)
{
    for (const promapi::Series& series : answer.series) {
        PrometheusPollResult::Series stored{query.metric, {}, series.points};
        for (const auto& label : series.labels)
            if (label.first != QLatin1String("__name__") && label.first != QLatin1String("source"))
                stored.labels.append(label);
        stored.labels.append(query.extraLabels);
        out->series.push_back(std::move(stored));
    }
}

void addAnswer(const promapi::SourceQuery& query, const promapi::QueryResult& answer,
               PrometheusPollResult* out)
{
    for (const QString& warning : answer.response.warnings)
        out->warnings.append(QStringLiteral("%1: %2").arg(query.metric, warning));
    if (!answer.response.ok()) {
        // The server unreachable or refusing us fails every query alike: said once, not per query.
        const QString& type = answer.response.errorType;
        const bool perQuery = type != QLatin1String("transport") && type != QLatin1String("http");
        const QString error = perQuery
                                  ? QStringLiteral("%1: %2").arg(query.metric, answer.response.errorText())
                                  : answer.response.errorText();
        if (!out->errors.contains(error))
            out->errors.append(error);
        return;
    }
    if (answer.type == promapi::QueryResult::Type::String) {
        out->errors.append(QStringLiteral("%1: the query answers a string, not numbers").arg(query.metric));
        return;
    }
    addSeries(query, answer, out);
}
} // namespace

PrometheusCollector::PrometheusCollector(QObject* parent)
    : QObject(parent)
{
}

PrometheusCollector::~PrometheusCollector()
{
    stop();
}

void PrometheusCollector::start()
{
    m_loop.start();
}

void PrometheusCollector::stop()
{
    m_loop.stop();
    m_sources.clear();
}

void PrometheusCollector::configure(const QList<PrometheusServer>& servers)
{
    m_loop.post([this, servers] { apply(servers); });
}

void PrometheusCollector::pollNow(const QString& server, qint64 atMs)
{
    m_loop.post([this, server, atMs] {
        auto it = m_sources.find(server);
        if (it != m_sources.end() && !it->second->inFlight)
            poll(server, it->second->generation, atMs);
    });
}

void PrometheusCollector::apply(const QList<PrometheusServer>& servers)
{
    std::map<QString, std::unique_ptr<Source>> kept;
    for (const PrometheusServer& server : servers) {
        auto existing = m_sources.find(server.name);
        if (existing != m_sources.end() && existing->second->server == server) {
            kept.emplace(server.name, std::move(existing->second));
            continue;
        }
        auto source = std::make_unique<Source>();
        source->server = server;
        source->client = std::make_unique<PromApiClient>(&m_loop, server);
        source->generation = ++m_generation;
        schedule(*source, 0);
        kept.emplace(server.name, std::move(source));
    }
    m_sources = std::move(kept); // a removed source's answers find no source and are dropped
}

void PrometheusCollector::schedule(Source& source, int delayMs)
{
    const QString name = source.server.name;
    const quint64 generation = source.generation;
    m_loop.callAt(CurlMultiLoop::Clock::now() + std::chrono::milliseconds(delayMs),
                  [this, name, generation] { poll(name, generation, 0); });
}

void PrometheusCollector::poll(const QString& name, quint64 generation, qint64 atMs)
{
    auto it = m_sources.find(name);
    if (it == m_sources.end() || it->second->generation != generation || it->second->inFlight)
        return;
    Source& source = *it->second;
    const std::vector<promapi::SourceQuery> queries = promapi::sourceQueries(source.server);
    auto state = std::make_shared<Poll>();
    state->pending = queries.size();
    state->result.server = name;
    state->result.source = source.server.sourceLabel();
    state->result.timestampMs = atMs > 0 ? atMs : QDateTime::currentMSecsSinceEpoch();
    state->result.backfill = !source.backfilled && source.server.backfillMs > 0 && atMs == 0;
    source.inFlight = true;
    source.backfilled = true;
    if (queries.empty()) {
        finish(name, generation, state->result);
        return;
    }
    const qint64 end = state->result.timestampMs;
    for (const promapi::SourceQuery& query : queries) {
        auto done = [this, name, generation, state, query](const promapi::QueryResult& answer) {
            addAnswer(query, answer, &state->result);
            if (--state->pending == 0)
                finish(name, generation, state->result);
        };
        if (state->result.backfill)
            source.client->queryRange(query.promql, end - source.server.backfillMs, end,
                                      source.server.intervalMs, done);
        else
            source.client->query(query.promql, end, done);
    }
}

void PrometheusCollector::finish(const QString& name, quint64 generation, const PrometheusPollResult& result)
{
    auto it = m_sources.find(name);
    if (it == m_sources.end() || it->second->generation != generation)
        return;
    it->second->inFlight = false;
    schedule(*it->second, it->second->server.intervalMs);
    if (!result.ok())
        qCDebug(lcCollectors).noquote()
            << result.source << "poll failed:" << result.errors.join(QStringLiteral("; "));
    QMetaObject::invokeMethod(
        this, [this, result] { emit polled(result); }, Qt::QueuedConnection);
}
