#pragma once

#include <QMap>
#include <QObject>
#include <QString>
#include <QThread>
#include <functional>
#include <memory>

namespace store {

class StoreReader;

// Runs read jobs on a store file on a thread of its own (with its own read connection),
// so the GUI thread never touches the disk. Jobs are grouped in named slots: one job per slot
// runs at a time, and a job submitted while its slot is busy replaces the one waiting there, so a
// slow disk never piles up work. `done` runs on this object's thread after the job, with the
// error when the file could not be read.
class ReadJobRunner : public QObject
{
    Q_OBJECT
public:
    using Job = std::function<void(store::StoreReader& reader)>;
    using Done = std::function<void(const QString& error)>;

    explicit ReadJobRunner(const QString& dataFile, QObject* parent = nullptr);
    ~ReadJobRunner() override;

    void submit(const QString& slot, Job job, Done done);

private:
    struct Pending
    {
        Job job;
        Done done;
    };
    void start(const QString& slot, Pending work);

    QString m_dataFile;
    QThread m_thread;
    QObject* m_context;                           // lives in m_thread
    std::shared_ptr<store::StoreReader> m_reader; // used only in m_thread
    QMap<QString, bool> m_busy;
    QMap<QString, Pending> m_waiting;
};

} // namespace store
