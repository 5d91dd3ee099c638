#pragma once

#include "redispollresult.h"

#include <QMap>
#include <QWidget>

class QComboBox;
class QLabel;
class TextTableModel;

// Redis and its work queues, from each source's latest poll: hit rate, ops/s, memory against
// maxmemory, clients against maxclients, evictions and expirations, keys per database,
// replication, PING latency, and the backlog of every queue key. A failed poll shows its error.
class CachePage : public QWidget
{
    Q_OBJECT
public:
    explicit CachePage(QWidget* parent = nullptr);
    ~CachePage() override;

    void setResult(const RedisPollResult& result);
    // The sources still configured; others are dropped from the picker.
    void setSources(const QStringList& names);

    // For tests: what is shown.
    QString summaryText() const;
    TextTableModel* queues() const { return m_queues; }

private:
    void showSource(const QString& name);

    QComboBox* m_source = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_notes = nullptr;
    TextTableModel* m_queues = nullptr;
    QMap<QString, RedisPollResult> m_latest;
};
