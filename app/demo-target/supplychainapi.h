#pragma once

#include "route.h"

#include <atomic>
#include <cstdint>
#include <vector>

struct DemoContext;

// ERP material list (the cheap, cached read of a load run) and WMS goods receipts.
class SupplyChainApi
{
public:
    static constexpr int maxReceiptLines = 500;

    explicit SupplyChainApi(DemoContext& context);
    std::vector<Route> routes();

private:
    void listMaterials(const httplib::Request& req, httplib::Response& res);
    void createReceipt(const httplib::Request& req, httplib::Response& res);

    DemoContext& m_context;
    std::atomic<std::uint64_t> m_nextReceiptId{1};
};
