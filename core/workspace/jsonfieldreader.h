#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QUrl>
#include <limits>

// Reads fields of one JSON object and remembers the first problem with the field's full
// path ("targets[1].intervalMs: must be at least 100"), so config errors name what to fix.
class JsonFieldReader
{
public:
    JsonFieldReader(const QJsonObject& object, const QString& path, QString* firstError);

    QString string(const QString& key, const QString& fallback = {}, bool required = false);
    // An http:// or https:// URL.
    QUrl url(const QString& key);
    int integer(const QString& key, int fallback, int minimum, int maximum = std::numeric_limits<int>::max());
    bool boolean(const QString& key, bool fallback);
    QJsonObject object(const QString& key);
    QJsonArray array(const QString& key);
    QString fieldPath(const QString& key) const;
    void fail(const QString& key, const QString& message);
    bool ok() const { return m_error->isEmpty(); }

private:
    QJsonValue value(const QString& key, QJsonValue::Type expected, const char* typeName);

    QJsonObject m_object;
    QString m_path;
    QString* m_error;
};
