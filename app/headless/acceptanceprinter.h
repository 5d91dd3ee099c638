#pragma once

#include "planresult.h"

#include <QString>

// The terminal summary of an acceptance run: one aligned line per criterion and the verdict.
namespace AcceptancePrinter {
QString summary(const report::PlanResult& result);
}
