#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <cstdint>
#include <initializer_list>

namespace load {

// Reads the fields of one JSON object of a scenario and adds every problem, with the field's full
// path ("requests[1].weight: expected a positive integer"), to a shared list: a scenario's author
// sees all that is wrong at once.
class ScenarioFields
{
public:
    ScenarioFields(const QJsonObject& object, const QString& path, QStringList* errors);

    // Reports fields not in `known` (typos would otherwise be silently ignored).
    void allowOnly(std::initializer_list<const char*> known);
    bool has(const char* key) const;
    QString string(const char* key, const QString& fallback = {}, bool required = false);
    // A whole number >= minimum; "expected a positive integer" for minimum 1.
    std::int64_t integer(const char* key, std::int64_t fallback, std::int64_t minimum,
                         std::int64_t maximum = INT64_MAX);
    double number(const char* key, double fallback, double minimum);
    bool boolean(const char* key, bool fallback);
    // "500ms", "30s", "5m", "1h", "1m30s", or a number of milliseconds.
    std::int64_t durationMs(const char* key, std::int64_t fallback);
    QJsonObject object(const char* key);
    QJsonArray array(const char* key);
    QJsonValue value(const char* key) const;

    QString path(const char* key) const;
    QString path() const { return m_path; }
    void fail(const char* key, const QString& message);
    void failAt(const QString& path, const QString& message);

    // The parser behind durationMs(), for command-line overrides: false when `text` is not one.
    static bool parseDuration(const QString& text, std::int64_t* ms);

private:
    bool typed(const char* key, QJsonValue::Type type, const char* expected, QJsonValue* out);

    QJsonObject m_object;
    QString m_path;
    QStringList* m_errors;
};

} // namespace load
