#include "materialcatalog.h"

#include "jsonutil.h"
#include "paging.h"

#include <algorithm>
#include <array>
#include <cstdio>

namespace {
constexpr std::array<const char*, 5> units{"EA", "KG", "M", "L", "BOX"};
constexpr std::array<const char*, 4> groups{"RAW", "SEMI", "FINISHED", "SPARE"};
} // namespace

MaterialCatalog::MaterialCatalog(int count)
    : m_count(std::max(1, count))
{
}

void MaterialCatalog::appendMaterial(std::string& out, int index)
{
    char code[16];
    std::snprintf(code, sizeof code, "MAT-%06d", index);
    out += "{\"id\":" + std::to_string(index) + ",\"code\":\"" + code + "\",\"description\":";
    JsonUtil::appendString(out, "Material " + std::to_string(index));
    out += ",\"unit\":\"" + std::string(units[std::size_t(index) % units.size()]) + "\",\"group\":\"" +
           groups[std::size_t(index / 7) % groups.size()] +
           "\",\"stock\":" + std::to_string((index * 37) % 1000) + '}';
}

std::string MaterialCatalog::pageJson(const Paging& paging) const
{
    std::string body = "{\"page\":" + std::to_string(paging.page) +
                       ",\"pageSize\":" + std::to_string(paging.pageSize) +
                       ",\"total\":" + std::to_string(m_count) + ",\"items\":[";
    const long long first = paging.offset() + 1;
    const long long last = std::min<long long>(m_count, paging.offset() + paging.pageSize);
    for (long long index = first; index <= last; ++index) {
        if (index != first)
            body += ',';
        appendMaterial(body, int(index));
    }
    body += "]}";
    return body;
}
