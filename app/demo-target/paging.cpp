#include "paging.h"

#include <charconv>
#include <httplib.h>
#include <optional>

namespace {
std::optional<int> parsePositive(const std::string& text)
{
    int value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size() || value < 1)
        return std::nullopt;
    return value;
}
} // namespace

Paging Paging::fromRequest(const httplib::Request& req)
{
    Paging paging;
    if (req.has_param("page")) {
        const auto page = parsePositive(req.get_param_value("page"));
        if (!page) {
            paging.error = "page must be a positive integer";
            return paging;
        }
        paging.page = *page;
    }
    if (req.has_param("pageSize")) {
        const auto pageSize = parsePositive(req.get_param_value("pageSize"));
        if (!pageSize) {
            paging.error = "pageSize must be a positive integer";
            return paging;
        }
        if (*pageSize > maxPageSize) {
            paging.error = "pageSize must not exceed " + std::to_string(maxPageSize);
            return paging;
        }
        paging.pageSize = *pageSize;
    }
    return paging;
}
