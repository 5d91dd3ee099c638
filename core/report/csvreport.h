#pragma once

#include "planresult.h"

#include <QByteArray>

namespace report {

// CSV of a plan result (RFC 4180, UTF-8): a "criteria" block, then one "endpoint" row per scenario
// endpoint with its percentiles; the first column says which block a row belongs to.
QByteArray toCsv(const PlanResult& result);

} // namespace report
