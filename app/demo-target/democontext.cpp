#include "democontext.h"

namespace {
constexpr std::size_t customerCacheCapacity = 100'000;
constexpr std::size_t pageCacheCapacity = 4096;
// Material master data changes rarely; its pages stay cached for an hour.
constexpr std::chrono::hours materialTtl{1};

double unixNowSeconds()
{
    return std::chrono::duration<double>(std::chrono::system_clock::now().time_since_epoch()).count();
}
} // namespace

DemoContext::DemoContext(const DemoConfig& demoConfig)
    : config(demoConfig)
    , started(std::chrono::steady_clock::now())
    , startTimeUnixSeconds(unixNowSeconds())
    , faults(FaultInjection::State{demoConfig.latencyMultiplier, demoConfig.errorRate,
                                   demoConfig.healthOutage, demoConfig.queueGrowth})
    , operations({"crm.list_customers", "crm.get_customer", "crm.update_customer", "crm.import_customers",
                  "erp.list_materials", "wms.create_receipt"})
    , dbPool(demoConfig.dbPoolSize, demoConfig.dbMaxOverflow)
    , customers(demoConfig.customerCount)
    , materials(demoConfig.materialCount)
    , customerCache("customers", std::chrono::seconds(demoConfig.cacheTtlSeconds), customerCacheCapacity)
    , customerPageCache("customer_pages", std::chrono::seconds(demoConfig.cacheTtlSeconds), pageCacheCapacity)
    , materialPageCache("materials", materialTtl, pageCacheCapacity)
    , queues(faults)
{
}

double DemoContext::uptimeSeconds() const
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
}
