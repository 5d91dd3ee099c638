#pragma once

#include "postgrespollresult.h"
#include "postgressource.h"

#include <QObject>
#include <map>
#include <memory>

// Polls PostgreSQL sources, each on its own thread with its own libpq session, so a slow or
// dead server never delays the others nor the GUI. A source's next poll is scheduled when
// its previous one has finished (on the grid of its interval; missed slots are skipped);
// after a failure it is retried with exponential backoff (1 s, 2 s ... 30 s) and reconnects
// when its session broke. Call it from the thread it lives in; results arrive there.
class PostgresCollector : public QObject
{
    Q_OBJECT
public:
    explicit PostgresCollector(QObject* parent = nullptr);
    ~PostgresCollector() override;

    // Replaces the sources. Unchanged sources keep their session and schedule; an invalid one
    // (e.g. a password in its conninfo) is reported once as a failed result and not polled.
    void configure(const QList<PostgresSource>& sources);
    void start();
    // Stops every poll thread; a poll in flight is cancelled (returns within about 100 ms).
    void stop();
    // Polls a source now, after its poll in flight if there is one.
    void pollNow(const QString& source);

signals:
    void polled(const PostgresPollResult& result);

private:
    class SourceWorker;
    void startWorker(const PostgresSource& source);
    void reportInvalid(const QString& source, const QString& error);

    QList<PostgresSource> m_sources;
    std::map<QString, std::unique_ptr<SourceWorker>> m_workers;
    quint64 m_nextWorkerId = 0;
    bool m_running = false;
};
