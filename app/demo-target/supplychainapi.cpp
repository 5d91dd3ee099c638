#include "supplychainapi.h"

#include "democontext.h"
#include "jsonutil.h"
#include "paging.h"

#include <QJsonArray>
#include <QJsonObject>
#include <httplib.h>

namespace {
// One INSERT for the receipt header plus a cheap bulk insert of its lines.
constexpr double receiptHeaderMs = 2.0;
constexpr double receiptLineMs = 0.05;
} // namespace

SupplyChainApi::SupplyChainApi(DemoContext& context)
    : m_context(context)
{
}

std::vector<Route> SupplyChainApi::routes()
{
    return {
        {"GET", "/api/v1/erp/mm/materials", "/api/v1/erp/mm/materials", Route::Kind::Api,
         [this](const httplib::Request& req, httplib::Response& res) { listMaterials(req, res); }},
        {"POST", "/api/v1/wms/receipts", "/api/v1/wms/receipts", Route::Kind::Api,
         [this](const httplib::Request& req, httplib::Response& res) { createReceipt(req, res); }},
    };
}

void SupplyChainApi::listMaterials(const httplib::Request& req, httplib::Response& res)
{
    OperationStats::Scope timing(m_context.operations, "erp.list_materials");
    const Paging paging = Paging::fromRequest(req);
    if (!paging.ok())
        return JsonUtil::setError(res, 400, paging.error);
    const std::string key =
        "erp:materials:" + std::to_string(paging.page) + ':' + std::to_string(paging.pageSize);
    TtlCache::Value body = m_context.materialPageCache.get(key);
    res.set_header("X-Cache", body ? "HIT" : "MISS");
    if (!body) {
        body = std::make_shared<const std::string>(m_context.materials.pageJson(paging));
        m_context.materialPageCache.put(key, body);
    }
    JsonUtil::setJson(res, 200, *body);
}

void SupplyChainApi::createReceipt(const httplib::Request& req, httplib::Response& res)
{
    OperationStats::Scope timing(m_context.operations, "wms.create_receipt");
    const auto document = JsonUtil::parse(req.body);
    if (!document || !document->isObject())
        return JsonUtil::setError(res, 400, "body must be a JSON object with \"lines\"");
    const QJsonValue lines = document->object().value(QLatin1String("lines"));
    if (!lines.isArray() || lines.toArray().isEmpty())
        return JsonUtil::setError(res, 400, "\"lines\" must be a non-empty array");
    const auto lineCount = lines.toArray().size();
    if (lineCount > maxReceiptLines)
        return JsonUtil::setError(res, 400,
                                  "at most " + std::to_string(maxReceiptLines) + " lines per receipt");
    {
        const auto lease = m_context.dbPool.checkOut();
        m_context.faults.simulateCost(receiptHeaderMs + receiptLineMs * double(lineCount));
    }
    const std::uint64_t id = m_nextReceiptId.fetch_add(1, std::memory_order_relaxed);
    JsonUtil::setJson(res, 201,
                      "{\"receiptId\":" + std::to_string(id) + ",\"lines\":" + std::to_string(lineCount) +
                          ",\"status\":\"received\"}");
}
