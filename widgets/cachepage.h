#pragma once

#include "redispollresult.h"
#include "sourcepage.h"

#include <QMap>

class QLabel;
class TextTableModel;

// Redis and its work queues, from each source's latest poll: hit rate, ops/s, memory against
// maxmemory, clients against maxclients, evictions and expirations, keys per database,
// replication, PING latency, and the backlog of every queue key. A failed poll shows its error.
class CachePage : public SourcePage
{
    Q_OBJECT
public:
    explicit CachePage(QWidget* parent = nullptr);
    ~CachePage() override;

    void setResult(const RedisPollResult& result);

    // For tests: what is shown.
    TextTableModel* queues() const { return m_queues; }

protected:
    bool showSource(const QString& name) override;
    void forgetAllBut(const QStringList& names) override;

private:
    QLabel* m_notes = nullptr;
    TextTableModel* m_queues = nullptr;
    QMap<QString, RedisPollResult> m_latest;
};
