#include "workspaceconfig.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
constexpr int currentFormatVersion = 1;

QJsonObject targetToJson(const TargetConfig& target)
{
    return QJsonObject{
        {QStringLiteral("name"), target.name},
        {QStringLiteral("baseUrl"), target.baseUrl.toString()},
        {QStringLiteral("metricsPath"), target.metricsPath},
        {QStringLiteral("healthPath"), target.healthPath},
        {QStringLiteral("scrapeIntervalMs"), target.scrapeIntervalMs},
    };
}

bool targetFromJson(const QJsonObject& object, int index, TargetConfig* target, QString* errorMessage)
{
    const QString where = QStringLiteral("targets[%1]").arg(index);
    target->name = object.value(QStringLiteral("name")).toString();
    if (target->name.isEmpty()) {
        *errorMessage = where + QStringLiteral(".name: missing or empty");
        return false;
    }
    target->baseUrl = QUrl(object.value(QStringLiteral("baseUrl")).toString(), QUrl::StrictMode);
    const QString scheme = target->baseUrl.scheme();
    if (!target->baseUrl.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        *errorMessage = where + QStringLiteral(".baseUrl: expected an http:// or https:// URL");
        return false;
    }
    target->metricsPath = object.value(QStringLiteral("metricsPath")).toString(QStringLiteral("/metrics"));
    target->healthPath = object.value(QStringLiteral("healthPath")).toString(QStringLiteral("/health"));
    target->scrapeIntervalMs = object.value(QStringLiteral("scrapeIntervalMs")).toInt(5000);
    if (target->scrapeIntervalMs < 100) {
        *errorMessage = where + QStringLiteral(".scrapeIntervalMs: must be at least 100");
        return false;
    }
    return true;
}
} // namespace

QByteArray WorkspaceConfig::toJson() const
{
    QJsonArray targetArray;
    for (const TargetConfig& target : targets)
        targetArray.append(targetToJson(target));
    const QJsonObject root{
        {QStringLiteral("formatVersion"), formatVersion},
        {QStringLiteral("name"), name},
        {QStringLiteral("demo"), demo},
        {QStringLiteral("targets"), targetArray},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool WorkspaceConfig::fromJson(const QByteArray& json, WorkspaceConfig* config, QString* errorMessage)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *errorMessage = QStringLiteral("not valid JSON at offset %1: %2")
                            .arg(parseError.offset)
                            .arg(parseError.errorString());
        return false;
    }
    if (!document.isObject()) {
        *errorMessage = QStringLiteral("expected a JSON object at the top level");
        return false;
    }
    const QJsonObject root = document.object();
    WorkspaceConfig parsed;
    parsed.formatVersion = root.value(QStringLiteral("formatVersion")).toInt(0);
    if (parsed.formatVersion < 1 || parsed.formatVersion > currentFormatVersion) {
        *errorMessage = QStringLiteral("formatVersion: %1 is not supported (this perfdash reads 1 to %2)")
                            .arg(parsed.formatVersion)
                            .arg(currentFormatVersion);
        return false;
    }
    parsed.name = root.value(QStringLiteral("name")).toString();
    parsed.demo = root.value(QStringLiteral("demo")).toBool(false);
    const QJsonArray targetArray = root.value(QStringLiteral("targets")).toArray();
    for (qsizetype i = 0; i < targetArray.size(); ++i) {
        TargetConfig target;
        if (!targetFromJson(targetArray.at(i).toObject(), int(i), &target, errorMessage))
            return false;
        parsed.targets.append(target);
    }
    *config = parsed;
    return true;
}

WorkspaceConfig WorkspaceConfig::demoWorkspace(const QUrl& demoUrl)
{
    WorkspaceConfig config;
    config.name = QStringLiteral("demo");
    config.demo = true;
    TargetConfig target;
    target.name = QStringLiteral("demo-target");
    target.baseUrl = demoUrl;
    config.targets.append(target);
    return config;
}
