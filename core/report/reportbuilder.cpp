#include "reportbuilder.h"

#include "reporttext.h"
#include "scenariofields.h"
#include "sourcesections.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <algorithm>

namespace report {

namespace {
using Tone = ReportCell::Tone;

const QColor p50Colour(0x2e, 0x7d, 0x32);
const QColor p95Colour(0xef, 0x6c, 0x00);
const QColor p99Colour(0xc6, 0x28, 0x28);
const QColor rpsColour(0x15, 0x65, 0xc0);
const QColor errorColour(0xc6, 0x28, 0x28);
const QColor poolColour(0x6a, 0x1b, 0x9a);
const QColor queueColour(0x00, 0x83, 0x8f);
const QColor inFlightColour(0x79, 0x55, 0x48);

QString dateTime(std::int64_t ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss t"));
}

QString clock(std::int64_t ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("HH:mm:ss"));
}

QString fixed(double value, int decimals = 2)
{
    return QString::number(value, 'f', decimals);
}

// "1666ms" as a scenario writes it, read as "1.7 s"; text that is no duration stays as it is.
QString readableDuration(const QString& text)
{
    std::int64_t ms = 0;
    if (!load::ScenarioFields::parseDuration(text, &ms))
        return text;
    if (ms >= 60'000 && ms % 60'000 == 0)
        return QStringLiteral("%1 min").arg(ms / 60'000);
    return ms % 1000 == 0 ? QStringLiteral("%1 s").arg(ms / 1000)
                          : fixed(double(ms) / 1000.0, 1) + QStringLiteral(" s");
}

ReportBlock block(ReportBlock::Kind kind, const QString& text = {})
{
    ReportBlock made;
    made.kind = kind;
    made.text = text;
    return made;
}

ReportBlock keyValues(const std::vector<std::pair<QString, QString>>& pairs)
{
    ReportBlock made = block(ReportBlock::Kind::Table);
    made.table.widths = {0.34, 0.66};
    made.table.alignRight = {false, false};
    for (const auto& [key, value] : pairs)
        made.table.rows.push_back({{key, Tone::Strong}, {value, Tone::Plain}});
    return made;
}

class Builder
{
public:
    Builder(const PlanResult& result, const ReportOptions& options)
        : m_result(result)
        , m_options(options)
        , m_t(options.language)
    {
    }

    ReportDocument build()
    {
        m_document.language = m_t.language();
        m_document.title = m_t("Performance acceptance report");
        m_document.runningHead = m_document.title + QStringLiteral(" · ") + m_result.system;
        m_document.footer = QStringLiteral("perfdash ") + m_result.perfdashVersion + QStringLiteral(" · ") +
                            dateTime(m_result.startedMs);
        m_document.pageFormat = m_t("Page %1 of %2");
        cover();
        summary();
        for (const ScenarioOutcome& scenario : m_result.scenarios)
            scenarioSection(scenario);
        addAll(SourceSections::alerts(m_result, m_t));
        closing();
        return m_document;
    }

private:
    void add(ReportBlock made) { m_document.blocks.push_back(std::move(made)); }
    void addAll(std::vector<ReportBlock> blocks)
    {
        for (ReportBlock& made : blocks)
            add(std::move(made));
    }

    QString verdictWord(bool passed) const { return passed ? m_t("PASS") : m_t("FAIL"); }

    QString titleOf(const Criterion& criterion) const
    {
        return m_t.isChinese() && !criterion.titleZh.isEmpty() ? criterion.titleZh : criterion.title;
    }

    QString failedList() const
    {
        QStringList failed;
        for (const CriterionOutcome& outcome : m_result.criteria)
            if (outcome.criterion.required && !outcome.passed)
                failed.append(titleOf(outcome.criterion));
        if (!m_result.error.isEmpty())
            failed.append(m_t("The run was not completed: %1").arg(m_result.error));
        return failed.join(m_t.isChinese() ? QStringLiteral("；") : QStringLiteral("; "));
    }

    void cover()
    {
        add(block(ReportBlock::Kind::Title, m_document.title));
        add(block(ReportBlock::Kind::Subtitle, m_result.system));
        if (hasNoVerdict())
            add(block(ReportBlock::Kind::Paragraph, m_t("No criteria were set: the run is reported as "
                                                        "measured, without a verdict.")));
        else
            verdictBlocks();
        coverTable();
    }

    // A stored load run without thresholds has nothing to judge; one that did not finish still fails.
    bool hasNoVerdict() const { return m_result.criteria.empty() && m_result.error.isEmpty(); }

    void verdictBlocks()
    {
        ReportBlock verdict = block(ReportBlock::Kind::Verdict,
                                    m_t("Verdict") + QStringLiteral(": ") + verdictWord(m_result.passed()));
        verdict.passed = m_result.passed();
        add(verdict);
        add(block(ReportBlock::Kind::Paragraph,
                  m_result.passed() ? m_t("The acceptance criteria were met.")
                                    : m_t("The acceptance criteria were not met: %1.").arg(failedList())));
    }

    void coverTable()
    {
        const QString ranBy = !m_options.signedBy.isEmpty() ? m_options.signedBy : m_result.ranBy;
        add(keyValues({{m_t("System under test"), m_result.system},
                       {m_t("Version"), m_result.version},
                       {m_t("Target"), m_result.target},
                       {m_t("Plan"), m_result.planName},
                       {m_t("Date"), dateTime(m_result.startedMs)},
                       {m_t("Run by"), ranBy},
                       {m_t("Client machine"), m_result.clientHost},
                       {m_t("perfdash version"), m_result.perfdashVersion}}));
        if (!m_result.overrides.isEmpty())
            add(block(
                ReportBlock::Kind::Note,
                m_t("This run was shortened (%1); the criteria name the full run.").arg(m_result.overrides)));
        add(block(ReportBlock::Kind::PageBreak));
    }

    void summary()
    {
        add(block(ReportBlock::Kind::Heading, m_t("Summary of criteria")));
        if (m_result.criteria.empty())
            add(block(ReportBlock::Kind::Paragraph, m_t("No criteria were set for this run.")));
        else
            criteriaTable();
        if (!m_result.error.isEmpty())
            add(block(ReportBlock::Kind::Paragraph,
                      m_t("The run was not completed: %1").arg(m_result.error)));
    }

    void criteriaTable()
    {
        ReportBlock table = block(ReportBlock::Kind::Table);
        table.table.header = {m_t("Criterion"), m_t("Scenario"), m_t("Measured"),
                              m_t("Threshold"), m_t("Margin"),   m_t("Verdict")};
        table.table.widths = {0.37, 0.17, 0.12, 0.12, 0.13, 0.09};
        table.table.alignRight = {false, false, true, true, true, false};
        int required = 0;
        int passed = 0;
        for (const CriterionOutcome& outcome : m_result.criteria) {
            QString title = titleOf(outcome.criterion);
            if (!outcome.criterion.required)
                title += QStringLiteral(" [") + m_t("advisory") + QLatin1Char(']');
            required += outcome.criterion.required ? 1 : 0;
            passed += outcome.criterion.required && outcome.passed ? 1 : 0;
            table.table.rows.push_back(
                {{title, Tone::Plain, m_t.detail(outcome.detail)},
                 {outcome.criterion.scenario, Tone::Muted},
                 {outcome.measured ? outcome.valueText() : m_t("not measured"), Tone::Strong},
                 {outcome.criterion.thresholdText(), Tone::Plain},
                 {outcome.marginText(), outcome.passed ? Tone::Plain : Tone::Fail},
                 {verdictWord(outcome.passed), outcome.passed ? Tone::PassBadge : Tone::FailBadge}});
        }
        add(table);
        add(block(ReportBlock::Kind::Paragraph,
                  m_t("%1 of %2 required criteria passed.").arg(passed).arg(required)));
        if (required < int(m_result.criteria.size()))
            add(block(
                ReportBlock::Kind::Note,
                m_t("Advisory criteria (seed 003's extras) are reported but do not decide the verdict.")));
    }

    void scenarioSection(const ScenarioOutcome& scenario)
    {
        add(block(ReportBlock::Kind::PageBreak));
        add(block(ReportBlock::Kind::Heading, m_t("Scenario") + QStringLiteral(": ") + scenario.name));
        if (!scenario.description.isEmpty())
            add(block(ReportBlock::Kind::Note, scenario.description));
        const QJsonObject load = scenario.report.value(QStringLiteral("load")).toObject();
        if (!load.isEmpty())
            loadSection(scenario, load);
        const QJsonObject acceptance = scenario.report.value(QStringLiteral("acceptance")).toObject();
        if (acceptance.contains(QStringLiteral("cacheSecondAccess")))
            cacheSection(acceptance.value(QStringLiteral("cacheSecondAccess")).toObject());
        if (acceptance.contains(QStringLiteral("batch")))
            batchSection(acceptance.value(QStringLiteral("batch")).toArray());
        collectorSection(scenario);
    }

    QString runEndText(const QString& end) const
    {
        for (const char* word : {"completed", "cancelled", "aborted", "failed"})
            if (end == QLatin1String(word))
                return m_t(word);
        return end;
    }

    void loadSection(const ScenarioOutcome& scenario, const QJsonObject& load)
    {
        const QJsonObject written = scenario.report.value(QStringLiteral("scenario")).toObject();
        const QJsonObject model = written.value(QStringLiteral("model")).toObject();
        const bool closed = model.value(QStringLiteral("type")).toString() != QLatin1String("open");
        add(block(ReportBlock::Kind::Subheading, m_t("Configuration")));
        std::vector<std::pair<QString, QString>> pairs{
            {m_t("Model"), closed ? m_t("closed (fixed users)") : m_t("open (arrival rate)")}};
        if (closed) {
            pairs.emplace_back(m_t("Users"), QString::number(model.value(QStringLiteral("users")).toInt()));
            pairs.emplace_back(m_t("Ramp-up"),
                               readableDuration(model.value(QStringLiteral("rampUp")).toString()));
            pairs.emplace_back(m_t("Think time"),
                               readableDuration(model.value(QStringLiteral("thinkTime")).toString()));
        } else {
            pairs.emplace_back(m_t("Arrival rate"), fixed(model.value(QStringLiteral("rate")).toDouble(), 1) +
                                                        QStringLiteral(" /s"));
            pairs.emplace_back(m_t("Connections"),
                               QString::number(model.value(QStringLiteral("connections")).toInt()));
        }
        pairs.emplace_back(m_t("Duration"),
                           readableDuration(model.value(QStringLiteral("duration")).toString()));
        QStringList requests;
        for (const QJsonValue& value : written.value(QStringLiteral("requests")).toArray())
            requests.append(QStringLiteral("%1: %2 %3 (×%4)")
                                .arg(value[QStringLiteral("name")].toString(),
                                     value[QStringLiteral("method")].toString(),
                                     value[QStringLiteral("url")].toString())
                                .arg(value[QStringLiteral("weight")].toInt()));
        pairs.emplace_back(m_t("Requests"), requests.join(QLatin1Char('\n')));
        add(keyValues(pairs));
        pairs.clear();
        add(block(ReportBlock::Kind::Subheading, m_t("Environment")));
        pairs.emplace_back(m_t("Target"), scenario.report.value(QStringLiteral("target")).toString());
        pairs.emplace_back(m_t("Client machine"), m_result.clientHost);
        pairs.emplace_back(
            m_t("Connections"),
            QString::number(
                model.value(closed ? QStringLiteral("users") : QStringLiteral("connections")).toInt()));
        pairs.emplace_back(m_t("Started"), dateTime(load.value(QStringLiteral("startedMs")).toInteger()));
        pairs.emplace_back(m_t("Measured duration"),
                           fixed(double(load.value(QStringLiteral("durationMs")).toInteger()) / 1000.0, 1) +
                               QStringLiteral(" s"));
        pairs.emplace_back(m_t("Run end"), runEndText(load.value(QStringLiteral("end")).toString()));
        add(keyValues(pairs));

        add(block(ReportBlock::Kind::Subheading, m_t("Latency percentiles (ms)")));
        ReportBlock table = block(ReportBlock::Kind::Table);
        table.table.header = {m_t("Endpoint"),       m_t("Requests"),
                              m_t("Errors"),         m_t("RPS"),
                              m_t("Mean"),           QStringLiteral("P50"),
                              QStringLiteral("P90"), QStringLiteral("P95"),
                              QStringLiteral("P99"), m_t("Max")};
        table.table.widths = {0.19, 0.1, 0.08, 0.09, 0.09, 0.09, 0.09, 0.09, 0.09, 0.09};
        table.table.alignRight = {false, true, true, true, true, true, true, true, true, true};
        const auto row = [&](const QString& name, const QJsonObject& figures, Tone tone) {
            const QJsonObject latency = figures.value(QStringLiteral("latencyMs")).toObject();
            std::vector<ReportCell> cells{
                {name, tone},
                {QString::number(figures.value(QStringLiteral("requests")).toInteger()), tone},
                {QString::number(figures.value(QStringLiteral("errors")).toInteger()),
                 figures.value(QStringLiteral("errors")).toInteger() > 0 ? Tone::Fail : tone},
                {fixed(figures.value(QStringLiteral("requestsPerSecond")).toDouble(), 1), tone}};
            for (const char* key : {"mean", "p50", "p90", "p95", "p99", "max"})
                cells.push_back({fixed(latency.value(QLatin1String(key)).toDouble()), tone});
            table.table.rows.push_back(cells);
        };
        const QJsonObject endpoints = load.value(QStringLiteral("endpoints")).toObject();
        for (auto it = endpoints.begin(); it != endpoints.end(); ++it)
            row(it.key(), it.value().toObject(), Tone::Plain);
        row(m_t("all endpoints"), load.value(QStringLiteral("totals")).toObject(), Tone::Strong);
        add(table);

        timelineCharts(scenario);
        errorsByKind(load.value(QStringLiteral("totals")).toObject());
        m_percentileMethods.insert(load.value(QStringLiteral("percentileMethod")).toString());
    }

    void timelineCharts(const ScenarioOutcome& scenario)
    {
        if (scenario.timeline.empty())
            return;
        ChartSpec latency{m_t("Latency over time (ms)"),
                          m_t("Seconds since start"),
                          {{QStringLiteral("P50"), p50Colour, {}},
                           {QStringLiteral("P95"), p95Colour, {}},
                           {QStringLiteral("P99"), p99Colour, {}}}};
        ChartSpec throughput{m_t("Throughput over time (requests per second)"),
                             m_t("Seconds since start"),
                             {{m_t("RPS"), rpsColour, {}}}};
        ChartSpec errors{m_t("Errors over time (per second)"),
                         m_t("Seconds since start"),
                         {{m_t("Errors"), errorColour, {}}}};
        for (const TimelinePoint& point : scenario.timeline) {
            latency.series[0].points.emplace_back(point.second, point.p50Ms);
            latency.series[1].points.emplace_back(point.second, point.p95Ms);
            latency.series[2].points.emplace_back(point.second, point.p99Ms);
            throughput.series[0].points.emplace_back(point.second, point.requests);
            errors.series[0].points.emplace_back(point.second, point.errors);
        }
        ReportBlock first = block(ReportBlock::Kind::Chart);
        first.charts = {latency};
        add(first);
        ReportBlock second = block(ReportBlock::Kind::Chart);
        second.charts = {throughput, errors};
        add(second);
    }

    void errorsByKind(const QJsonObject& totals)
    {
        add(block(ReportBlock::Kind::Subheading, m_t("Errors by kind")));
        const QJsonObject kinds = totals.value(QStringLiteral("errorsByKind")).toObject();
        ReportBlock table = block(ReportBlock::Kind::Table);
        table.table.header = {m_t("Kind"), m_t("Count")};
        table.table.widths = {0.5, 0.5};
        table.table.alignRight = {false, true};
        for (auto it = kinds.begin(); it != kinds.end(); ++it)
            if (it.value().toInteger() > 0)
                table.table.rows.push_back(
                    {{it.key(), Tone::Plain}, {QString::number(it.value().toInteger()), Tone::Fail}});
        if (table.table.rows.empty())
            add(block(ReportBlock::Kind::Paragraph, m_t("No request failed.")));
        else
            add(table);
    }

    void cacheSection(const QJsonObject& cache)
    {
        add(block(ReportBlock::Kind::Subheading, m_t("Cache: cold vs warm access")));
        ReportBlock table = block(ReportBlock::Kind::Table);
        table.table.header = {m_t("Key"), m_t("Cold (ms)"), m_t("Warm (ms)"), m_t("Improvement"),
                              QStringLiteral("X-Cache")};
        table.table.widths = {0.16, 0.2, 0.2, 0.2, 0.24};
        table.table.alignRight = {false, true, true, true, false};
        const double minimum =
            cache.value(QStringLiteral("config"))[QStringLiteral("minImprovement")].toDouble(0.5);
        for (const QJsonValue& value : cache.value(QStringLiteral("keys")).toArray()) {
            const double improvement = value[QStringLiteral("improvement")].toDouble();
            table.table.rows.push_back(
                {{value[QStringLiteral("key")].toString(), Tone::Plain},
                 {fixed(value[QStringLiteral("coldMs")].toDouble()), Tone::Plain},
                 {fixed(value[QStringLiteral("warmMs")].toDouble()), Tone::Plain},
                 {fixed(improvement * 100, 1) + QStringLiteral(" %"),
                  improvement >= minimum ? Tone::Pass : Tone::Fail},
                 {value[QStringLiteral("coldCache")].toString() + QStringLiteral(" → ") +
                      value[QStringLiteral("warmCache")].toString(),
                  Tone::Muted}});
        }
        add(table);
        add(block(ReportBlock::Kind::Paragraph,
                  m_t("Overall: cold P50 %1 ms, warm P50 %2 ms, improvement %3 (required %4).")
                      .arg(fixed(cache.value(QStringLiteral("coldP50Ms")).toDouble()),
                           fixed(cache.value(QStringLiteral("warmP50Ms")).toDouble()),
                           fixed(cache.value(QStringLiteral("improvementP50")).toDouble() * 100, 1) +
                               QStringLiteral(" %"),
                           QStringLiteral("≥ ") + fixed(minimum * 100, 0) + QStringLiteral(" %"))));
    }

    void batchSection(const QJsonArray& checks)
    {
        add(block(ReportBlock::Kind::Subheading, m_t("Batch operations")));
        ReportBlock table = block(ReportBlock::Kind::Table);
        table.table.header = {m_t("Check"),        m_t("Rows"),  m_t("Expected"), m_t("Answered"),
                              m_t("Slowest (ms)"), m_t("Limit"), m_t("Result")};
        table.table.widths = {0.34, 0.08, 0.1, 0.12, 0.13, 0.1, 0.13};
        table.table.alignRight = {false, true, true, false, true, true, false};
        for (const QJsonValue& value : checks) {
            const QJsonObject config = value[QStringLiteral("config")].toObject();
            QStringList statuses;
            for (const QJsonValue& attempt : value[QStringLiteral("attempts")].toArray())
                statuses.append(QString::number(attempt[QStringLiteral("status")].toInt()));
            statuses.removeDuplicates();
            const bool passed = value[QStringLiteral("passed")].toBool();
            table.table.rows.push_back(
                {{config.value(QStringLiteral("name")).toString(), Tone::Plain,
                  value[QStringLiteral("failure")].toString()},
                 {QString::number(config.value(QStringLiteral("rows")).toInt()), Tone::Plain},
                 {QString::number(config.value(QStringLiteral("expectStatus")).toInt()), Tone::Plain},
                 {statuses.join(QStringLiteral(", ")), Tone::Plain},
                 {fixed(value[QStringLiteral("maxMs")].toDouble(), 1), Tone::Strong},
                 {readableDuration(config.value(QStringLiteral("timeLimit")).toString()), Tone::Plain},
                 {verdictWord(passed), passed ? Tone::PassBadge : Tone::FailBadge}});
        }
        add(table);
    }

    QString figure(double value, int decimals = 0, const QString& suffix = {}) const
    {
        return value < 0 ? m_t("not exposed") : fixed(value, decimals) + suffix;
    }

    void collectorSection(const ScenarioOutcome& scenario)
    {
        const CollectorSummary& seen = scenario.collectors;
        add(block(ReportBlock::Kind::Subheading, m_t("What the collectors saw")));
        const bool scraped = seen.samples > 0 || seen.failedScrapes > 0;
        if (!scraped && scenario.postgres.empty() && scenario.redis.empty()) {
            add(block(ReportBlock::Kind::Paragraph, m_t("No metrics were watched during this scenario.")));
            return;
        }
        if (scraped)
            metricsSection(scenario);
        for (const PostgresSummary& source : scenario.postgres)
            addAll(SourceSections::postgres(source, m_t));
        for (const RedisSummary& source : scenario.redis)
            addAll(SourceSections::redis(source, m_t));
        eventSection(scenario);
    }

    void metricsSection(const ScenarioOutcome& scenario)
    {
        const CollectorSummary& seen = scenario.collectors;
        ReportBlock table = block(ReportBlock::Kind::Table);
        table.table.header = {m_t("Figure"), m_t("Value")};
        table.table.widths = {0.6, 0.4};
        table.table.alignRight = {false, true};
        const auto row = [&](const QString& name, const QString& value) {
            table.table.rows.push_back({{name, Tone::Plain}, {value, Tone::Plain}});
        };
        row(m_t("Peak database pool in use"),
            seen.peakPoolInUse < 0
                ? m_t("not exposed")
                : fixed(seen.peakPoolInUse, 0) + QStringLiteral(" / ") + fixed(seen.poolSize, 0));
        row(m_t("Peak pool overflow"), figure(seen.peakPoolOverflow));
        row(m_t("Requests that waited for a connection"), figure(seen.poolWaits));
        row(m_t("Peak queue backlog"), figure(seen.peakQueueBacklog));
        row(m_t("Peak requests in flight"), figure(seen.peakInFlight));
        row(m_t("Cache hit rate"), seen.cacheHitRate < 0 && seen.samples >= 2
                                       ? m_t("no cache lookups")
                                       : figure(seen.cacheHitRate, 1, QStringLiteral(" %")));
        row(m_t("Scrapes (failed)"),
            QStringLiteral("%1 (%2)").arg(seen.samples + seen.failedScrapes).arg(seen.failedScrapes));
        add(table);
        // A chart of a scenario over in a moment (the batch steps) would show a dot, not a trend.
        if (seen.points.size() >= 3 && scenario.finishedMs - scenario.startedMs >= 3000) {
            ChartSpec chart{m_t("Collectors over time"),
                            m_t("Seconds since start"),
                            {{m_t("pool in use"), poolColour, {}},
                             {m_t("queue backlog"), queueColour, {}},
                             {m_t("in flight"), inFlightColour, {}}}};
            for (const CollectorPoint& point : seen.points) {
                const double second = double(point.timeMs - scenario.startedMs) / 1000.0;
                chart.series[0].points.emplace_back(second, point.poolInUse);
                chart.series[1].points.emplace_back(second, point.queueBacklog);
                chart.series[2].points.emplace_back(second, point.inFlight);
            }
            ReportBlock charts = block(ReportBlock::Kind::Chart);
            charts.charts = {chart};
            add(charts);
        }
        if (!seen.lastError.isEmpty())
            add(block(ReportBlock::Kind::Note, seen.lastError));
    }

    // The first moment each warning condition held, of every source, in time order.
    void eventSection(const ScenarioOutcome& scenario)
    {
        std::vector<CollectorEvent> events = scenario.collectors.events;
        for (const PostgresSummary& source : scenario.postgres)
            events.insert(events.end(), source.events.begin(), source.events.end());
        for (const RedisSummary& source : scenario.redis)
            events.insert(events.end(), source.events.begin(), source.events.end());
        std::stable_sort(events.begin(), events.end(), [](const CollectorEvent& a, const CollectorEvent& b) {
            return a.timeMs < b.timeMs;
        });
        add(block(ReportBlock::Kind::Paragraph, m_t("Events during the run")));
        if (events.empty()) {
            add(block(ReportBlock::Kind::Note, m_t("No warning condition held during the run.")));
            return;
        }
        QStringList lines;
        for (const CollectorEvent& event : events)
            lines.append(clock(event.timeMs) + QStringLiteral("  ") + m_t.detail(event.text));
        add(block(ReportBlock::Kind::Note, lines.join(QLatin1Char('\n'))));
    }

    void closing()
    {
        add(block(ReportBlock::Kind::PageBreak));
        add(block(ReportBlock::Kind::Heading, m_t("How the percentiles were computed")));
        for (const QString& method : m_percentileMethods)
            if (!method.isEmpty())
                add(block(ReportBlock::Kind::Paragraph, m_t.known(method)));
        add(block(ReportBlock::Kind::Heading, m_t("Sign-off")));
        if (hasNoVerdict()) {
            add(block(ReportBlock::Kind::Paragraph, m_t("No criteria were set for this run.")));
        } else {
            ReportBlock verdict = block(ReportBlock::Kind::Verdict, m_t("Verdict") + QStringLiteral(": ") +
                                                                        verdictWord(m_result.passed()));
            verdict.passed = m_result.passed();
            add(verdict);
        }
        ReportBlock table = block(ReportBlock::Kind::Table);
        table.table.header = {m_t("Role"), m_t("Name"), m_t("Signature"), m_t("Date")};
        table.table.widths = {0.28, 0.24, 0.3, 0.18};
        table.table.alignRight = {false, false, false, false};
        table.table.minRowHeight = 34;
        add(block(
            ReportBlock::Kind::Paragraph,
            m_t("By signing, the parties accept the results in this report as the acceptance evidence of the "
                "system named on its cover.")));
        table.table.rows = {
            {{m_t("Performance engineer"), Tone::Strong},
             {m_options.signedBy.isEmpty() ? m_result.ranBy : m_options.signedBy, Tone::Plain},
             {},
             {}},
            {{m_t("System owner"), Tone::Strong}, {}, {}, {}},
            {{m_t("Quality assurance"), Tone::Strong}, {}, {}, {}}};
        add(table);
    }

    const PlanResult& m_result;
    const ReportOptions& m_options;
    ReportText m_t;
    ReportDocument m_document;
    QSet<QString> m_percentileMethods;
};
} // namespace

ReportDocument buildReport(const PlanResult& result, const ReportOptions& options)
{
    return Builder(result, options).build();
}

} // namespace report
