#pragma once

#include "alertrule.h"

#include <QString>
#include <cstdint>
#include <optional>

namespace alerts {

// An alert instance's state, as Prometheus' (inactive, pending, firing) plus resolved (inactive after
// having fired) and no-data (no value for noDataAfterMs: neither cleared nor confirmed).
enum class State
{
    Inactive,
    Pending,
    Firing,
    Resolved,
    NoData,
};

QString stateName(State state); // "inactive", "pending", "firing", "resolved", "nodata"
std::optional<State> stateFromName(const QString& name);

struct Transition
{
    State from = State::Inactive;
    State to = State::Inactive;
    std::int64_t timeMs = 0;
    std::optional<double> value; // the evaluation's value; none when going to no-data

    bool operator==(const Transition&) const = default;
};

// What the state machine needs of a rule.
struct StateRules
{
    Comparison comparison = Comparison::Greater;
    double threshold = 0;
    std::int64_t forMs = 0;
    std::int64_t keepFiringForMs = 0;
    std::int64_t noDataAfterMs = 0; // 0: a missing value never leads to no-data

    static StateRules of(const AlertRule& rule);
};

// The state of one (rule, label set), fed one evaluation at a time, with the semantics of Prometheus'
// rules/alerting.go:
//  - the condition true: inactive/resolved -> pending (active since now), pending -> firing once
//    now - activeSince >= for (at once when for is 0); firing stays firing;
//  - the condition false: pending -> inactive; firing -> resolved, unless keep_firing_for is set:
//    then firing continues while now - keepFiringSince < keep_firing_for, keepFiringSince being the
//    first evaluation without the condition (reset when the condition returns);
//  - no value: the state holds (nothing is confirmed or cleared) until noDataAfterMs have passed
//    since the last value, then -> no-data; the next value leaves no-data like inactive would.
// Prometheus forgets a resolved alert after 15 minutes; here resolved simply stays until the
// condition returns, which history makes no difference to.
class AlertStateMachine
{
public:
    explicit AlertStateMachine(const StateRules& rules);

    // One evaluation at timeMs (non-decreasing); the transition it caused, if any.
    std::optional<Transition> update(std::int64_t timeMs, std::optional<double> value);

    // Puts the machine back in `state` entered at sinceMs (from stored history at start-up, so a
    // restart neither re-fires nor forgets how long a pending alert has waited); the no-data clock
    // starts at nowMs.
    void restore(State state, std::int64_t sinceMs, std::optional<double> value, std::int64_t nowMs);

    State state() const { return m_state; }
    std::int64_t activeSinceMs() const { return m_activeSinceMs; } // pending/firing: when it became active
    std::optional<double> value() const { return m_value; }        // the last value seen

private:
    std::optional<Transition> moveTo(State to, std::int64_t timeMs, std::optional<double> value);

    StateRules m_rules;
    State m_state = State::Inactive;
    std::int64_t m_activeSinceMs = 0;
    std::optional<std::int64_t> m_keepFiringSinceMs;
    std::optional<std::int64_t> m_lastValueMs; // unset until the first update
    std::optional<double> m_value;
};

} // namespace alerts
