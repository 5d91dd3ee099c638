#include "customerstore.h"

#include "jsonutil.h"
#include "paging.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <mutex>

namespace {
constexpr std::array<const char*, 4> tiers{"bronze", "silver", "gold", "platinum"};
constexpr std::array<const char*, 8> cities{"Shanghai", "Beijing",   "Shenzhen", "Hangzhou",
                                            "Chengdu",  "Guangzhou", "Wuhan",    "Suzhou"};

// A fixed integer hash so that the same id always yields the same customer.
unsigned mix(unsigned value)
{
    value ^= value >> 16;
    value *= 0x7feb352dU;
    value ^= value >> 15;
    value *= 0x846ca68bU;
    value ^= value >> 16;
    return value;
}
} // namespace

void Customer::appendJson(std::string& out) const
{
    out += "{\"id\":" + std::to_string(id) + ",\"name\":";
    JsonUtil::appendString(out, name);
    out += ",\"email\":";
    JsonUtil::appendString(out, email);
    out += ",\"tier\":";
    JsonUtil::appendString(out, tier);
    out += ",\"city\":";
    JsonUtil::appendString(out, city);
    out += ",\"balance\":";
    JsonUtil::appendNumber(out, balance);
    out += '}';
}

CustomerStore::CustomerStore(int count)
    : m_count(std::max(1, count))
{
}

Customer CustomerStore::synthesize(int id)
{
    const unsigned hash = mix(unsigned(id));
    char name[32];
    std::snprintf(name, sizeof name, "Customer %05d", id);
    return Customer{id,
                    name,
                    "customer" + std::to_string(id) + "@example.test",
                    tiers[hash % tiers.size()],
                    cities[(hash >> 8) % cities.size()],
                    double(hash % 1'000'000) / 100.0};
}

std::optional<Customer> CustomerStore::find(int id) const
{
    if (id < 1 || id > m_count)
        return std::nullopt;
    {
        std::shared_lock lock(m_mutex);
        const auto it = m_edited.find(id);
        if (it != m_edited.end())
            return it->second;
    }
    return synthesize(id);
}

bool CustomerStore::update(const Customer& customer)
{
    if (customer.id < 1 || customer.id > m_count)
        return false;
    std::unique_lock lock(m_mutex);
    m_edited.insert_or_assign(customer.id, customer);
    return true;
}

std::string CustomerStore::pageJson(const Paging& paging) const
{
    std::string body = "{\"page\":" + std::to_string(paging.page) +
                       ",\"pageSize\":" + std::to_string(paging.pageSize) +
                       ",\"total\":" + std::to_string(m_count) + ",\"items\":[";
    const long long first = paging.offset() + 1;
    const long long last = std::min<long long>(m_count, paging.offset() + paging.pageSize);
    for (long long id = first; id <= last; ++id) {
        if (id != first)
            body += ',';
        find(int(id))->appendJson(body);
    }
    body += "]}";
    return body;
}
