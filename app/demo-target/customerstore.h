#pragma once

#include <optional>
#include <shared_mutex>
#include <string>
#include <unordered_map>

struct Paging;

struct Customer
{
    int id = 0;
    std::string name;
    std::string email;
    std::string tier;
    std::string city;
    double balance = 0;

    void appendJson(std::string& out) const;
};

// The "database" behind the CRM routes: a fixed number of deterministic synthetic
// customers plus the edits written to them. Its size never grows, so long load
// runs that import all the time do not grow the demo's memory.
class CustomerStore
{
public:
    explicit CustomerStore(int count);

    int count() const { return m_count; }
    std::optional<Customer> find(int id) const;
    // False when the id does not exist.
    bool update(const Customer& customer);
    // {"page":..,"pageSize":..,"total":..,"items":[...]}
    std::string pageJson(const Paging& paging) const;

private:
    static Customer synthesize(int id);

    const int m_count;
    mutable std::shared_mutex m_mutex;
    std::unordered_map<int, Customer> m_edited;
};
