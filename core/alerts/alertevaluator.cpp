#include "alertevaluator.h"

#include "panelqueries.h"
#include "recordstore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cmath>
#include <set>

namespace alerts {
namespace {

using Values = std::map<metricmath::LabelSet, double>;

enum class Reduce
{
    Sum,
    Max,
    Min,
};

// Each series' value at the evaluation (its one point), merged by `by` with `reduce`.
void collect(const panels::PanelResult& result, const metricmath::LabelNames* by, Reduce reduce, Values* out)
{
    for (const panels::PanelSeries& series : result.series) {
        if (series.points.empty() || std::isnan(series.points.back().value))
            continue;
        const double value = series.points.back().value;
        metricmath::LabelSet labels = by ? series.labels.keepOnly(*by) : series.labels;
        const auto [it, inserted] = out->try_emplace(std::move(labels), value);
        if (inserted)
            continue;
        switch (reduce) {
        case Reduce::Sum:
            it->second += value;
            break;
        case Reduce::Max:
            it->second = std::max(it->second, value);
            break;
        case Reduce::Min:
            it->second = std::min(it->second, value);
            break;
        }
    }
}

panels::Selector selector(const AlertRule& rule, const std::string& metric)
{
    panels::Selector s{metric, {}, {}};
    for (const auto& [label, value] : rule.matchers)
        s.equal.emplace_back(label, value);
    return s;
}

// The rule's quantity at the range's one evaluation time, per label set; false with the store's error.
bool quantity(const AlertRule& rule, panels::PanelQueries& queries, const panels::TimeRange& range,
              Values* out, QString* error)
{
    const metricmath::LabelNames by = rule.grouping();
    std::vector<std::pair<panels::PanelResult, Reduce>> parts;
    const bool each = rule.kind != RuleKind::LatencyQuantile && rule.kind != RuleKind::ErrorRatio &&
                      rule.kind != RuleKind::QueueLength && rule.kind != RuleKind::RedisHitRate;
    switch (rule.kind) {
    case RuleKind::LatencyQuantile:
        parts.emplace_back(
            queries.quantiles(
                selector(rule, rule.metric.empty() ? "http_request_duration_seconds" : rule.metric),
                {rule.quantile}, by, range),
            Reduce::Max);
        break;
    case RuleKind::ErrorRatio: {
        panels::Selector errors = selector(rule, "http_requests_total");
        errors.prefix.emplace_back("status", "5");
        parts.emplace_back(queries.ratio(errors, selector(rule, "http_requests_total"), by, range),
                           Reduce::Max);
        break;
    }
    case RuleKind::QueueLength:
        parts.emplace_back(queries.gauge(selector(rule, "celery_queue_length"), by, range), Reduce::Sum);
        parts.emplace_back(queries.gauge(selector(rule, "redis_queue_length"), by, range), Reduce::Sum);
        break;
    case RuleKind::PoolUsage:
        parts.emplace_back(queries.each(selector(rule, "app_pool_usage_ratio"), range), Reduce::Max);
        parts.emplace_back(queries.each(selector(rule, "pg_connection_usage_ratio"), range), Reduce::Max);
        break;
    case RuleKind::RedisHitRate:
        parts.emplace_back(queries.hitRatio(selector(rule, "redis_keyspace_hits_total"),
                                            selector(rule, "redis_keyspace_misses_total"), by, range),
                           Reduce::Min);
        break;
    case RuleKind::ProbeDown:
        parts.emplace_back(queries.each(selector(rule, "probe_up"), range), Reduce::Min);
        break;
    case RuleKind::TaskDuration: {
        panels::Selector s = selector(rule, rule.metric.empty() ? "task_duration_seconds" : rule.metric);
        if (!rule.matchers.contains("quantile"))
            s.equal.emplace_back("quantile", "0.99");
        parts.emplace_back(queries.each(s, range), Reduce::Max);
        break;
    }
    case RuleKind::Gauge:
        parts.emplace_back(queries.each(selector(rule, rule.metric), range), Reduce::Max);
        break;
    }
    for (auto& [result, reduce] : parts) {
        if (!result.ok()) {
            *error = result.error;
            return false;
        }
        // quantiles() label their series with the quantile; the instance is the group alone.
        if (rule.kind == RuleKind::LatencyQuantile) {
            for (panels::PanelSeries& series : result.series)
                series.labels.remove("quantile");
        }
        const bool grouped = each && rule.kind != RuleKind::Gauge;
        collect(result, grouped ? &by : nullptr, reduce, out);
    }
    return true;
}

// What identifies a rule's quantity (all but its condition and timing): rules that differ only in
// threshold, for or severity share one computation per evaluation.
std::string quantityKey(const AlertRule& rule)
{
    std::string key = std::to_string(int(rule.kind)) + '\x1f' + rule.metric + '\x1f' +
                      std::to_string(rule.kind == RuleKind::LatencyQuantile ? rule.quantile : 0) + '\x1f' +
                      std::to_string(rule.rangeMs);
    for (const auto& [label, value] : rule.matchers)
        key += '\x1f' + label + '=' + value;
    key += '\x1e';
    for (const std::string& label : rule.grouping())
        key += '\x1f' + label;
    return key;
}

} // namespace

QByteArray labelsToJson(const metricmath::LabelSet& labels)
{
    QJsonObject object;
    for (const auto& [name, value] : labels.labels())
        object.insert(QString::fromStdString(name), QString::fromStdString(value));
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

metricmath::LabelSet labelsFromJson(const QByteArray& json)
{
    std::vector<metricmath::LabelSet::Label> labels;
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    for (auto it = object.begin(); it != object.end(); ++it)
        labels.emplace_back(it.key().toStdString(), it.value().toString().toStdString());
    return metricmath::LabelSet(std::move(labels));
}

store::AlertEvent toEvent(const AlertTransition& transition)
{
    store::AlertEvent event;
    event.rule = transition.rule;
    event.fromState = stateName(transition.from);
    event.toState = stateName(transition.to);
    event.timeMs = transition.timeMs;
    event.value = transition.value;
    event.labelsJson = labelsToJson(transition.labels);
    event.severity = severityName(transition.severity);
    event.summary = transition.summary;
    return event;
}

// The longest span any rule's queries look back.
static std::int64_t windowFor(const QList<AlertRule>& rules, std::int64_t lookbackMs)
{
    std::int64_t longest = lookbackMs;
    for (const AlertRule& rule : rules)
        longest = std::max(longest, rule.rangeMs);
    return longest;
}

AlertEvaluator::AlertEvaluator(const QList<AlertRule>& rules, std::int64_t lookbackMs)
    : m_lookbackMs(lookbackMs)
    , m_window(windowFor(rules, lookbackMs))
{
    m_rules.reserve(std::size_t(rules.size()));
    for (const AlertRule& rule : rules)
        m_rules.push_back({rule, StateRules::of(rule), quantityKey(rule), {}, false});
}

void AlertEvaluator::update(RuleState& state, const Values& values, std::int64_t nowMs,
                            std::vector<AlertTransition>* out)
{
    auto report = [&](const metricmath::LabelSet& labels, const std::optional<Transition>& t) {
        if (!t)
            return;
        out->push_back({state.rule.name, labels, t->from, t->to, t->timeMs, t->value, state.rule.severity,
                        state.rule.renderSummary(t->value.value_or(std::nan("")), labels)});
    };
    if (values.empty() && state.instances.empty())
        state.placeholder = true; // a rule that never had data still goes to no-data, as {}
    if (state.placeholder && !values.empty()) {
        // Real instances replace the stand-in; one that had gone to no-data comes back to inactive.
        if (!values.contains({})) {
            if (state.instances.begin()->second.state() == State::NoData)
                report({}, Transition{State::NoData, State::Inactive, nowMs, std::nullopt});
            state.instances.clear();
        }
        state.placeholder = false;
    }
    if (state.placeholder && state.instances.empty())
        state.instances.try_emplace({}, state.stateRules);
    auto value = values.begin();
    for (auto& [labels, machine] : state.instances) {
        while (value != values.end() && value->first < labels) {
            const auto created = state.instances.try_emplace(value->first, state.stateRules).first;
            report(created->first, created->second.update(nowMs, value->second));
            ++value;
        }
        if (value != values.end() && value->first == labels) {
            report(labels, machine.update(nowMs, value->second));
            ++value;
        } else {
            report(labels, machine.update(nowMs, std::nullopt));
        }
    }
    for (; value != values.end(); ++value) {
        const auto created = state.instances.try_emplace(value->first, state.stateRules).first;
        report(created->first, created->second.update(nowMs, value->second));
    }
}

std::vector<AlertTransition> AlertEvaluator::evaluate(store::StoreReader& reader, std::int64_t nowMs)
{
    std::vector<AlertTransition> out;
    m_errors.clear();
    m_window.beginEvaluation(reader, nowMs);
    panels::PanelQueries queries([this](const store::RangeQuery& query) { return m_window.query(query); });
    queries.setCaching(true);
    std::map<std::string, std::pair<Values, QString>> quantities;
    for (RuleState& state : m_rules) {
        auto [it, fresh] = quantities.try_emplace(state.quantityKey);
        auto& [values, error] = it->second;
        if (fresh) {
            const panels::TimeRange range{nowMs, nowMs, m_lookbackMs, state.rule.rangeMs};
            if (!quantity(state.rule, queries, range, &values, &error) && error.isEmpty())
                error = QStringLiteral("the store could not answer");
        }
        if (!error.isEmpty()) {
            m_errors.insert(state.rule.name, error); // the store failed: nothing is known, nothing changes
            continue;
        }
        update(state, values, nowMs, &out);
    }
    return out;
}

void AlertEvaluator::restore(const std::vector<store::AlertEvent>& history, std::int64_t nowMs)
{
    std::map<std::pair<QString, QByteArray>, const store::AlertEvent*> latest;
    for (const store::AlertEvent& event : history) {
        const metricmath::LabelSet labels = labelsFromJson(event.labelsJson);
        const auto key = std::pair{event.rule, labelsToJson(labels)};
        const store::AlertEvent*& slot = latest[key];
        if (!slot || std::pair{event.timeMs, event.id} >= std::pair{slot->timeMs, slot->id})
            slot = &event;
    }
    for (RuleState& state : m_rules) {
        for (const auto& [key, event] : latest) {
            const std::optional<State> to = stateFromName(event->toState);
            // Inactive and resolved instances start afresh (as inactive): only what is under way is kept.
            if (key.first != state.rule.name || !to || *to == State::Inactive || *to == State::Resolved)
                continue;
            const metricmath::LabelSet labels = labelsFromJson(event->labelsJson);
            auto it = state.instances.try_emplace(labels, state.stateRules).first;
            it->second.restore(*to, event->timeMs, event->value, nowMs);
            if (labels.empty() && state.instances.size() == 1)
                state.placeholder = true; // {} stands in for a rule without data until real instances come
            else
                state.placeholder = false;
        }
    }
}

std::size_t AlertEvaluator::distinctQuantities() const
{
    std::set<std::string> keys;
    for (const RuleState& state : m_rules)
        keys.insert(state.quantityKey);
    return keys.size();
}

std::vector<AlertEvaluator::Instance> AlertEvaluator::instances() const
{
    std::vector<Instance> out;
    for (const RuleState& state : m_rules) {
        for (const auto& [labels, machine] : state.instances)
            out.push_back(
                {state.rule.name, labels, machine.state(), machine.activeSinceMs(), machine.value()});
    }
    return out;
}

} // namespace alerts
