#include "jsonsampleextractor.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {
void walk(const QJsonValue& value, const QStringList& path, qsizetype depth, const JsonMapping& mapping,
          QList<QPair<QString, QString>>& labels, std::vector<JsonSample>* samples)
{
    if (depth == path.size()) {
        if (value.isDouble())
            samples->push_back({mapping.metric, labels, value.toDouble()});
        else if (value.isBool())
            samples->push_back({mapping.metric, labels, value.toBool() ? 1.0 : 0.0});
        return;
    }
    if (!value.isObject())
        return;
    const QJsonObject object = value.toObject();
    const QString& key = path.at(depth);
    if (key != QLatin1String("*")) {
        if (object.contains(key))
            walk(object.value(key), path, depth + 1, mapping, labels, samples);
        return;
    }
    const QString& labelName = mapping.wildcardLabels.at(labels.size());
    for (auto it = object.begin(); it != object.end(); ++it) {
        labels.append({labelName, it.key()});
        walk(it.value(), path, depth + 1, mapping, labels, samples);
        labels.removeLast();
    }
}
} // namespace

bool JsonSampleExtractor::extract(const QByteArray& body, const QList<JsonMapping>& mappings,
                                  std::vector<JsonSample>* samples, QString* errorMessage)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *errorMessage = QStringLiteral("body is not JSON (offset %1: %2)")
                            .arg(parseError.offset)
                            .arg(parseError.errorString());
        return false;
    }
    std::vector<JsonSample> found;
    for (const JsonMapping& mapping : mappings) {
        const QStringList path = mapping.path.split(QLatin1Char('.'));
        if (path.count(QStringLiteral("*")) > mapping.wildcardLabels.size()) {
            *errorMessage = QStringLiteral("mapping %1: %2 wildcards but %3 labels")
                                .arg(mapping.path)
                                .arg(path.count(QStringLiteral("*")))
                                .arg(mapping.wildcardLabels.size());
            return false;
        }
        QList<QPair<QString, QString>> labels;
        walk(document.object(), path, 0, mapping, labels, &found);
    }
    *samples = std::move(found);
    return true;
}
