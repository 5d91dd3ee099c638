#pragma once

#include "planresult.h"

#include <QByteArray>

namespace report {

// JUnit XML of a plan result: one test case per criterion (advisory ones never fail the suite, their
// figure goes to system-out), plus a failing case when the run could not be completed.
QByteArray toJUnit(const PlanResult& result);

} // namespace report
