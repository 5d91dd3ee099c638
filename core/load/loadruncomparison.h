#pragma once

#include "loadresult.h"

#include <QString>
#include <vector>

namespace load {

// One figure of two runs side by side: the second run (b) against the first (a).
struct ComparedFigure
{
    enum class Better
    {
        Higher,
        Lower,
    };
    QString name; // "Requests", "P95 (ms)", "errors: timeout"
    double a = 0;
    double b = 0;
    Better better = Better::Lower;
    double delta() const { return b - a; }
    // (b - a) / a; NaN when a is 0 (no base to relate to).
    double relative() const;
    // +1 when b is better than a, -1 when worse, 0 when equal.
    int verdict() const;
};

// Totals, rates, percentiles and error counts of two runs, each recomputed from their totals'
// histograms; error kinds that occurred in either run get a row of their own.
std::vector<ComparedFigure> compareRuns(const LoadResult& a, const LoadResult& b);

} // namespace load
