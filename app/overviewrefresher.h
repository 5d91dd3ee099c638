#pragma once

#include "overviewpanels.h"

#include <QObject>
#include <QString>
#include <QThread>
#include <memory>

namespace store {
class StoreReader;
}

// Computes the Overview's panels from the workspace's store on a thread of its own (its own read
// connection), so the GUI thread never touches the disk. One computation at a time: a request
// made while one runs replaces any request still waiting, so a slow disk never piles up work.
class OverviewRefresher : public QObject
{
    Q_OBJECT
public:
    explicit OverviewRefresher(const QString& dataFile, QObject* parent = nullptr);
    ~OverviewRefresher() override;

    void refresh(qint64 endMs, qint64 spanMs);

signals:
    void updated(const panels::OverviewData& data);
    // The store could not be read (the cards keep what they showed).
    void failed(const QString& error);

private:
    void startNext();

    QString m_dataFile;
    QThread m_thread;
    QObject* m_context;                           // lives in m_thread
    std::shared_ptr<store::StoreReader> m_reader; // used only in m_thread
    bool m_busy = false;
    bool m_pending = false;
    qint64 m_pendingEndMs = 0;
    qint64 m_pendingSpanMs = 0;
};
