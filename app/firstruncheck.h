#pragma once

#include "addtargetcheck.h"
#include "scraperesult.h"
#include "scrapetarget.h"

#include <QObject>
#include <memory>

class CollectorService;

// The add-target step's Test: one scrape of a /metrics URL by the collectors themselves (their
// thread, their timeouts, their error messages), summed up for the page.
class FirstRunCheck : public QObject
{
    Q_OBJECT
public:
    explicit FirstRunCheck(QObject* parent = nullptr);
    ~FirstRunCheck() override;

    // Scrapes `target` once; a check still running is dropped, so only the latest answers.
    void run(const ScrapeTarget& target);
    static AddTargetCheck summarize(const ScrapeResult& result);

signals:
    void finished(const AddTargetCheck& check);

private:
    std::unique_ptr<CollectorService> m_service;
};
