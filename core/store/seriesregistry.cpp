#include "seriesregistry.h"

#include "sqlitehelpers.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <sqlite3.h>

namespace store {

bool SeriesRegistry::load(sqlite3* db, QString* error)
{
    Statement select(db, "SELECT id, key FROM series");
    if (!select.isValid()) {
        *error = lastError(db);
        return false;
    }
    std::lock_guard lock(m_mutex);
    m_ids.clear();
    int rc;
    while ((rc = select.step()) == SQLITE_ROW) {
        const std::int64_t id = select.int64(0);
        m_ids.emplace(std::string(select.text(1)), id);
        m_nextId = std::max(m_nextId, id + 1);
    }
    if (rc != SQLITE_DONE) {
        *error = lastError(db);
        return false;
    }
    return true;
}

SeriesRef SeriesRegistry::resolve(const metricmath::LabelSet& labels)
{
    std::string key = labels.toString();
    std::lock_guard lock(m_mutex);
    if (const auto it = m_ids.find(key); it != m_ids.end())
        return {it->second};
    const std::int64_t id = m_nextId++;
    m_unpersisted.push_back({id, std::string(labels.metricName()), labelsJson(labels), key});
    m_ids.emplace(std::move(key), id);
    return {id};
}

std::vector<SeriesRegistry::NewSeries> SeriesRegistry::takeUnpersisted()
{
    std::lock_guard lock(m_mutex);
    return std::exchange(m_unpersisted, {});
}

void SeriesRegistry::returnUnpersisted(std::vector<NewSeries> series)
{
    std::lock_guard lock(m_mutex);
    series.insert(series.end(), std::make_move_iterator(m_unpersisted.begin()),
                  std::make_move_iterator(m_unpersisted.end()));
    m_unpersisted = std::move(series);
}

std::size_t SeriesRegistry::size() const
{
    std::lock_guard lock(m_mutex);
    return m_ids.size();
}

std::string SeriesRegistry::labelsJson(const metricmath::LabelSet& labels)
{
    QJsonObject object;
    for (const auto& [name, value] : labels.labels()) {
        if (name != metricmath::LabelSet::metricNameLabel)
            object.insert(QString::fromStdString(name), QString::fromStdString(value));
    }
    return QJsonDocument(object).toJson(QJsonDocument::Compact).toStdString();
}

metricmath::LabelSet SeriesRegistry::parseLabels(std::string_view metric, std::string_view labelsJson)
{
    const QJsonObject object =
        QJsonDocument::fromJson(QByteArray(labelsJson.data(), qsizetype(labelsJson.size()))).object();
    std::vector<metricmath::LabelSet::Label> labels;
    labels.reserve(std::size_t(object.size()) + 1);
    labels.emplace_back(std::string(metricmath::LabelSet::metricNameLabel), std::string(metric));
    for (auto it = object.begin(); it != object.end(); ++it)
        labels.emplace_back(it.key().toStdString(), it.value().toString().toStdString());
    return metricmath::LabelSet(std::move(labels));
}

bool insertSeries(sqlite3* db, const std::vector<SeriesRegistry::NewSeries>& series)
{
    if (series.empty())
        return true;
    Statement insert(db, "INSERT INTO series(id, metric, labels, key) VALUES(?, ?, ?, ?)");
    for (const SeriesRegistry::NewSeries& s : series) {
        if (!insert.bind(1, s.id)
                 .bind(2, std::string_view(s.metric))
                 .bind(3, std::string_view(s.labelsJson))
                 .bind(4, std::string_view(s.key))
                 .run())
            return false;
    }
    return true;
}

} // namespace store
