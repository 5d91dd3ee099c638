#pragma once

#include <string>

struct Paging;

// ERP material master data (seed 000's /api/v1/erp/mm/materials): deterministic and read-only.
class MaterialCatalog
{
public:
    explicit MaterialCatalog(int count);

    int count() const { return m_count; }
    // {"page":..,"pageSize":..,"total":..,"items":[...]}
    std::string pageJson(const Paging& paging) const;

private:
    static void appendMaterial(std::string& out, int index);

    const int m_count;
};
