#pragma once

#include "alertrule.h"
#include "alertstate.h"
#include "labelset.h"
#include "samplewindow.h"

#include <QList>
#include <QMap>
#include <QString>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace store {
class StoreReader;
struct AlertEvent;
} // namespace store

namespace alerts {

// One state change of one alert instance, with what the history and notifications show.
struct AlertTransition
{
    QString rule;
    metricmath::LabelSet labels; // the instance's labels (the rule's grouping, or the series')
    State from = State::Inactive;
    State to = State::Inactive;
    std::int64_t timeMs = 0;
    std::optional<double> value;
    Severity severity = Severity::Warning;
    QString summary; // the rule's summary template filled in with the value and labels

    bool operator==(const AlertTransition&) const = default;
};

// As stored in the workspace's alert_events table, and back.
store::AlertEvent toEvent(const AlertTransition& transition);
QByteArray labelsToJson(const metricmath::LabelSet& labels);
metricmath::LabelSet labelsFromJson(const QByteArray& json);

// Evaluates a list of rules against the store at the times it is given (the caller's clock, so tests
// control time): each rule's quantity at that instant per label set, each instance's state machine
// fed, the transitions returned. The store is read once per metric per evaluation, and a quantity
// once however many rules watch it. Not thread-safe: one evaluator lives on the thread that owns its reader.
class AlertEvaluator
{
public:
    // lookbackMs: how far back a gauge's last sample still counts at an evaluation (below a minute,
    // so raw samples are read, never rollups).
    explicit AlertEvaluator(const QList<AlertRule>& rules, std::int64_t lookbackMs = 30'000);

    std::vector<AlertTransition> evaluate(store::StoreReader& reader, std::int64_t nowMs);

    // Restores the instances' states from stored history (any order; the latest event of each rule
    // and label set counts), so that a restart neither re-fires what fires nor restarts a pending
    // alert's `for`: pending, firing and no-data instances come back, inactive and resolved ones
    // start afresh. Events of rules no longer present are ignored.
    void restore(const std::vector<store::AlertEvent>& history, std::int64_t nowMs);

    struct Instance
    {
        QString rule;
        metricmath::LabelSet labels;
        State state = State::Inactive;
        std::int64_t activeSinceMs = 0;
        std::optional<double> value;
    };
    // Every instance, rules in order, label sets in order.
    std::vector<Instance> instances() const;
    // How many distinct figures the rules watch (each computed once per evaluation).
    std::size_t distinctQuantities() const;
    // The rules the store could not answer at the last evaluation, with the error.
    const QMap<QString, QString>& errors() const { return m_errors; }

private:
    struct RuleState
    {
        AlertRule rule;
        StateRules stateRules;
        std::string quantityKey; // rules with the same key watch the same quantity
        std::map<metricmath::LabelSet, AlertStateMachine> instances;
        bool placeholder = false; // instances holds only {} for a rule that never had data
    };
    void update(RuleState& state, const std::map<metricmath::LabelSet, double>& values, std::int64_t nowMs,
                std::vector<AlertTransition>* out);

    std::vector<RuleState> m_rules;
    std::int64_t m_lookbackMs;
    SampleWindow m_window; // the samples of the last evaluations, topped up at each
    QMap<QString, QString> m_errors;
};

} // namespace alerts
