#include "pagecatalog.h"

QList<PageInfo> PageCatalog::pages()
{
    return {
        {QStringLiteral("overview"),
         tr("Overview"),
         QStringLiteral("overview"),
         tr("The workspace at a glance."),
         {},
         0},
        {QStringLiteral("endpoints"),
         tr("Endpoints"),
         QStringLiteral("endpoints"),
         tr("Every service and path the targets expose, with their rates and latency percentiles."),
         {tr("QPS, P50/P95/P99 latency and error % per service and path"), tr("Sorting and filtering"),
          tr("A chart of the selected endpoint")},
         0},
        {QStringLiteral("database"),
         tr("Database"),
         QStringLiteral("database"),
         tr("PostgreSQL as the application sees it."),
         {tr("Connections by state against max_connections"), tr("Lock waits with their blocking chains"),
          tr("Slowest statements from pg_stat_statements"),
          tr("Buffer cache hit ratio, commits and rollbacks")},
         0},
        {QStringLiteral("cache"),
         tr("Cache & Queues"),
         QStringLiteral("cache"),
         tr("Redis and the application's work queues."),
         {tr("Redis hit rate, memory against maxmemory, clients, ops/s, evictions"),
          tr("Queue backlog per queue")},
         0},
        {QStringLiteral("load"),
         tr("Load runs"),
         QStringLiteral("load"),
         tr("Built-in load runs against the targets, and their review."),
         {tr("100 users for 5 minutes, zero errors"), tr("Cache cold/warm pairs"),
          tr("Bulk imports and over-limit checks"), tr("Latency percentiles per second and per endpoint")},
         0},
        {QStringLiteral("alerts"),
         tr("Alerts"),
         QStringLiteral("alerts"),
         tr("Threshold rules with for-durations, their states and history."),
         {tr("Active alerts with acknowledge and silence"), tr("Alert history"), tr("Rule editor")},
         0},
        {QStringLiteral("reports"),
         tr("Reports"),
         QStringLiteral("reports"),
         tr("Acceptance reports to sign."),
         {tr("Criteria with measured value, threshold and verdict"),
          tr("PDF, HTML, JSON, CSV and JUnit export")},
         0},
        {QStringLiteral("settings"),
         tr("Settings"),
         QStringLiteral("settings"),
         tr("Targets, probes, database and cache sources, intervals and retention."),
         {tr("Editable sources with validation"), tr("Scrape intervals and retention")},
         0},
    };
}

QStringList PageCatalog::ids()
{
    QStringList result;
    for (const PageInfo& page : pages())
        result.append(page.id);
    return result;
}
