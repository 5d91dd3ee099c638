#include "alertstate.h"

#include <array>

namespace alerts {
namespace {

constexpr std::array stateNames{std::pair{State::Inactive, "inactive"}, std::pair{State::Pending, "pending"},
                                std::pair{State::Firing, "firing"}, std::pair{State::Resolved, "resolved"},
                                std::pair{State::NoData, "nodata"}};

} // namespace

QString stateName(State state)
{
    for (const auto& [s, name] : stateNames) {
        if (s == state)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<State> stateFromName(const QString& name)
{
    for (const auto& [s, text] : stateNames) {
        if (name == QLatin1String(text))
            return s;
    }
    return std::nullopt;
}

StateRules StateRules::of(const AlertRule& rule)
{
    return {rule.comparison, rule.threshold, rule.forMs, rule.keepFiringForMs, rule.noDataAfterMs};
}

AlertStateMachine::AlertStateMachine(const StateRules& rules)
    : m_rules(rules)
{
}

std::optional<Transition> AlertStateMachine::moveTo(State to, std::int64_t timeMs,
                                                    std::optional<double> value)
{
    if (to == m_state)
        return std::nullopt;
    const Transition transition{m_state, to, timeMs, value};
    m_state = to;
    return transition;
}

std::optional<Transition> AlertStateMachine::update(std::int64_t timeMs, std::optional<double> value)
{
    if (!m_lastValueMs)
        m_lastValueMs = timeMs; // the no-data clock starts with the first evaluation
    if (!value) {
        if (m_state != State::NoData && m_rules.noDataAfterMs > 0 &&
            timeMs - *m_lastValueMs >= m_rules.noDataAfterMs) {
            m_keepFiringSinceMs.reset();
            return moveTo(State::NoData, timeMs, std::nullopt);
        }
        return std::nullopt;
    }
    m_lastValueMs = timeMs;
    m_value = value;
    const bool holds = conditionHolds(m_rules.comparison, m_rules.threshold, *value);
    switch (m_state) {
    case State::Inactive:
    case State::Resolved:
    case State::NoData:
        if (!holds) // leaving no-data is a transition; inactive and resolved stay as they are
            return m_state == State::NoData ? moveTo(State::Inactive, timeMs, value) : std::nullopt;
        m_activeSinceMs = timeMs;
        m_keepFiringSinceMs.reset();
        return moveTo(m_rules.forMs <= 0 ? State::Firing : State::Pending, timeMs, value);
    case State::Pending:
        if (!holds)
            return moveTo(State::Inactive, timeMs, value);
        if (timeMs - m_activeSinceMs >= m_rules.forMs)
            return moveTo(State::Firing, timeMs, value);
        return std::nullopt;
    case State::Firing:
        if (holds) {
            m_keepFiringSinceMs.reset();
            return std::nullopt;
        }
        if (m_rules.keepFiringForMs > 0) {
            if (!m_keepFiringSinceMs)
                m_keepFiringSinceMs = timeMs;
            if (timeMs - *m_keepFiringSinceMs < m_rules.keepFiringForMs)
                return std::nullopt;
        }
        m_keepFiringSinceMs.reset();
        return moveTo(State::Resolved, timeMs, value);
    }
    return std::nullopt;
}

void AlertStateMachine::restore(State state, std::int64_t sinceMs, std::optional<double> value,
                                std::int64_t nowMs)
{
    m_state = state;
    m_activeSinceMs = sinceMs;
    m_keepFiringSinceMs.reset();
    m_lastValueMs = nowMs;
    m_value = value;
}

} // namespace alerts
