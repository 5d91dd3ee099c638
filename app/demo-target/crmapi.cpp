#include "crmapi.h"

#include "democontext.h"
#include "jsonutil.h"
#include "paging.h"

#include <QJsonArray>
#include <charconv>
#include <cmath>
#include <httplib.h>

namespace {
// A bulk INSERT ... VALUES (...),(...) statement carries this many rows.
constexpr int rowsPerBatch = 500;

std::string customerKey(int id)
{
    return "crm:customer:" + std::to_string(id);
}

std::optional<int> parseId(const std::string& text)
{
    int id = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), id);
    if (ec != std::errc() || end != text.data() + text.size())
        return std::nullopt;
    return id;
}

double elapsedMs(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}
} // namespace

CrmApi::CrmApi(DemoContext& context)
    : m_context(context)
{
}

std::vector<Route> CrmApi::routes()
{
    const auto bind = [this](void (CrmApi::*method)(const httplib::Request&, httplib::Response&)) {
        return [this, method](const httplib::Request& req, httplib::Response& res) {
            (this->*method)(req, res);
        };
    };
    return {
        {"GET", "/api/v1/crm/customers", "/api/v1/crm/customers", Route::Kind::Api,
         bind(&CrmApi::listCustomers)},
        {"GET", R"(/api/v1/crm/customers/(\d+))", "/api/v1/crm/customers/{id}", Route::Kind::Api,
         bind(&CrmApi::getCustomer)},
        {"PUT", R"(/api/v1/crm/customers/(\d+))", "/api/v1/crm/customers/{id}", Route::Kind::Api,
         bind(&CrmApi::putCustomer)},
        {"POST", "/api/v1/crm/customers/import", "/api/v1/crm/customers/import", Route::Kind::Api,
         bind(&CrmApi::importCustomers)},
    };
}

void CrmApi::listCustomers(const httplib::Request& req, httplib::Response& res)
{
    OperationStats::Scope timing(m_context.operations, "crm.list_customers");
    const Paging paging = Paging::fromRequest(req);
    if (!paging.ok())
        return JsonUtil::setError(res, 400, paging.error);
    const std::string key =
        "crm:customers:" + std::to_string(paging.page) + ':' + std::to_string(paging.pageSize);
    TtlCache::Value body = m_context.customerPageCache.get(key);
    res.set_header("X-Cache", body ? "HIT" : "MISS");
    if (!body) {
        const auto lease = m_context.dbPool.checkOut();
        m_context.faults.simulateCost(m_context.dbLatencyMs());
        body = std::make_shared<const std::string>(m_context.customers.pageJson(paging));
        m_context.customerPageCache.put(key, body);
    }
    JsonUtil::setJson(res, 200, *body);
}

std::optional<std::string> CrmApi::loadCustomerJson(int id)
{
    const auto lease = m_context.dbPool.checkOut();
    m_context.faults.simulateCost(m_context.dbLatencyMs());
    const auto customer = m_context.customers.find(id);
    if (!customer)
        return std::nullopt;
    std::string json;
    customer->appendJson(json);
    return json;
}

void CrmApi::getCustomer(const httplib::Request& req, httplib::Response& res)
{
    OperationStats::Scope timing(m_context.operations, "crm.get_customer");
    const auto id = parseId(req.matches[1].str());
    if (!id)
        return JsonUtil::setError(res, 404, "customer not found");
    const std::string key = customerKey(*id);
    if (const TtlCache::Value cached = m_context.customerCache.get(key)) {
        res.set_header("X-Cache", "HIT");
        return JsonUtil::setJson(res, 200, *cached);
    }
    res.set_header("X-Cache", "MISS");
    auto json = loadCustomerJson(*id);
    if (!json)
        return JsonUtil::setError(res, 404, "customer not found");
    auto body = std::make_shared<const std::string>(std::move(*json));
    m_context.customerCache.put(key, body);
    JsonUtil::setJson(res, 200, *body);
}

void CrmApi::applyFields(Customer& customer, const QJsonObject& fields)
{
    const auto text = [&fields](const char* key, std::string& target) {
        const QJsonValue value = fields.value(QLatin1String(key));
        if (value.isString())
            target = value.toString().toStdString();
    };
    text("name", customer.name);
    text("email", customer.email);
    text("tier", customer.tier);
    text("city", customer.city);
    if (fields.value(QLatin1String("balance")).isDouble())
        customer.balance = fields.value(QLatin1String("balance")).toDouble();
}

void CrmApi::invalidate(int id)
{
    m_context.customerCache.invalidate(customerKey(id));
    m_context.customerPageCache.clear();
}

void CrmApi::putCustomer(const httplib::Request& req, httplib::Response& res)
{
    OperationStats::Scope timing(m_context.operations, "crm.update_customer");
    const auto document = JsonUtil::parse(req.body);
    if (!document || !document->isObject())
        return JsonUtil::setError(res, 400, "body must be a JSON object");
    const auto id = parseId(req.matches[1].str());
    auto customer = id ? m_context.customers.find(*id) : std::nullopt;
    if (!customer)
        return JsonUtil::setError(res, 404, "customer not found");
    applyFields(*customer, document->object());
    {
        const auto lease = m_context.dbPool.checkOut();
        m_context.faults.simulateCost(m_context.dbLatencyMs() / 2);
        m_context.customers.update(*customer);
    }
    invalidate(*id);
    std::string body;
    customer->appendJson(body);
    JsonUtil::setJson(res, 200, std::move(body));
}

std::string CrmApi::rowError(const QJsonValue& row)
{
    if (!row.isObject())
        return "must be an object";
    const QJsonValue name = row.toObject().value(QLatin1String("name"));
    if (!name.isString() || name.toString().trimmed().isEmpty())
        return "needs a non-empty string \"name\"";
    const QJsonValue id = row.toObject().value(QLatin1String("id"));
    if (!id.isUndefined() && !id.isDouble())
        return "has an \"id\" that is not a number";
    return {};
}

double CrmApi::importCostMs(int rows) const
{
    if (m_context.config.perRowInserts)
        return rows * m_context.config.rowInsertMs;
    const int batches = (rows + rowsPerBatch - 1) / rowsPerBatch;
    return batches * m_context.config.batchInsertMs;
}

void CrmApi::importCustomers(const httplib::Request& req, httplib::Response& res)
{
    OperationStats::Scope timing(m_context.operations, "crm.import_customers");
    const auto start = std::chrono::steady_clock::now();
    const auto document = JsonUtil::parse(req.body);
    if (!document || !document->isArray())
        return JsonUtil::setError(res, 400, "body must be a JSON array of customers");
    const QJsonArray rows = document->array();
    if (rows.size() > maxImportRows)
        return JsonUtil::setError(res, 400, "at most " + std::to_string(maxImportRows) + " rows per import");
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (const std::string error = rowError(rows.at(i)); !error.empty())
            return JsonUtil::setError(res, 400, "row " + std::to_string(i) + ' ' + error);
    }
    {
        const auto lease = m_context.dbPool.checkOut();
        m_context.faults.simulateCost(importCostMs(int(rows.size())));
    }
    // Rows naming an existing id update it; the others count as inserted (see CustomerStore).
    for (const QJsonValue& row : rows) {
        const QJsonObject fields = row.toObject();
        auto customer = m_context.customers.find(fields.value(QLatin1String("id")).toInt());
        if (!customer)
            continue;
        applyFields(*customer, fields);
        m_context.customers.update(*customer);
        m_context.customerCache.invalidate(customerKey(customer->id));
    }
    m_context.customerPageCache.clear();
    std::string body = "{\"imported\":" + std::to_string(rows.size()) + ",\"mode\":\"" +
                       (m_context.config.perRowInserts ? "per-row" : "bulk") + "\",\"durationMs\":";
    JsonUtil::appendNumber(body, std::round(elapsedMs(start) * 1000.0) / 1000.0);
    body += '}';
    JsonUtil::setJson(res, 200, std::move(body));
}
