#pragma once

#include "route.h"

#include <QJsonObject>
#include <optional>
#include <string>
#include <vector>

struct Customer;
struct DemoContext;

// CRM customers: cached list and detail reads, writes that invalidate, batch import.
class CrmApi
{
public:
    static constexpr int maxImportRows = 1000;

    explicit CrmApi(DemoContext& context);
    std::vector<Route> routes();

private:
    void listCustomers(const httplib::Request& req, httplib::Response& res);
    void getCustomer(const httplib::Request& req, httplib::Response& res);
    void putCustomer(const httplib::Request& req, httplib::Response& res);
    void importCustomers(const httplib::Request& req, httplib::Response& res);

    // Reads a customer as the database would: with its cost, through the pool.
    std::optional<std::string> loadCustomerJson(int id);
    // Validates one import row; an error message, empty when the row is fine.
    static std::string rowError(const QJsonValue& row);
    static void applyFields(Customer& customer, const QJsonObject& fields);
    double importCostMs(int rows) const;
    void invalidate(int id);

    DemoContext& m_context;
};
