#pragma once

#include <string>

namespace httplib {
struct Request;
}

// page/pageSize query parameters with the seed's rule: pageSize is capped at 100.
struct Paging
{
    static constexpr int maxPageSize = 100;

    int page = 1;
    int pageSize = 20;
    std::string error; // non-empty when the request must be answered with 400

    bool ok() const { return error.empty(); }
    // Index of the first item of this page, 0-based; may lie beyond the data.
    long long offset() const { return static_cast<long long>(page - 1) * pageSize; }

    static Paging fromRequest(const httplib::Request& req);
};
