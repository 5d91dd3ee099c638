#pragma once

#include "loadresult.h"

#include <QJsonObject>
#include <QObject>
#include <QThread>
#include <memory>

namespace store {
class TimeSeriesStore;
}

namespace load {

class LoadRunStore;

// Writes one load run at a time to the store from a thread of its own, so neither the GUI nor the
// engine waits for the disk: begin, each merged second, then finish, in the order called. The
// signals come back on the recorder's owner thread.
class LoadRunRecorder : public QObject
{
    Q_OBJECT
public:
    explicit LoadRunRecorder(store::TimeSeriesStore* store, QObject* parent = nullptr);
    ~LoadRunRecorder() override; // what was handed over is written before it returns

    void begin(const QString& name, const QString& target, qint64 startedMs, const QJsonObject& config);
    void addSecond(const load::LoadSecond& second);
    void finish(const load::LoadResult& result, const QJsonObject& report);

signals:
    void began(qint64 runId);
    void finished(qint64 runId);
    void writeFailed(const QString& error);

private:
    // Runs `task` on the writer thread; its error (if any) comes back as writeFailed.
    void post(std::function<bool(QString*)> task);

    std::unique_ptr<LoadRunStore> m_runs; // used on m_thread only
    QThread m_thread;
    QObject* m_context = nullptr; // lives in m_thread
    qint64 m_runId = 0;           // the run being written; touched on m_thread only
};

} // namespace load
