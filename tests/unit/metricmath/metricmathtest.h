#pragma once

#include "labelset.h"
#include "series.h"

#include <QByteArray>
#include <QMetaType>
#include <algorithm>
#include <cmath>
#include <limits>
#include <string>
#include <vector>

Q_DECLARE_METATYPE(metricmath::LabelNames)
Q_DECLARE_METATYPE(metricmath::InstantVector)
Q_DECLARE_METATYPE(metricmath::RangeVector)
Q_DECLARE_METATYPE(std::vector<metricmath::Point>)

namespace metricmathtest {

inline constexpr double NaN = std::numeric_limits<double>::quiet_NaN();
inline constexpr double Inf = std::numeric_limits<double>::infinity();

// Equal as results: NaN matches NaN, infinities match by sign, finite values within 1e-9 relative
// (the expected values are decimal hand arithmetic; the code adds in binary).
inline bool sameNumber(double actual, double expected)
{
    if (std::isnan(expected) || std::isinf(expected))
        return std::isnan(expected) ? std::isnan(actual) : actual == expected;
    return std::abs(actual - expected) <= 1e-9 * std::max(1.0, std::abs(expected));
}

inline QByteArray describe(double actual, double expected)
{
    return "actual " + QByteArray::number(actual, 'g', 17) + ", expected " +
           QByteArray::number(expected, 'g', 17);
}

inline QByteArray describe(const metricmath::InstantVector& v)
{
    QByteArray out;
    for (const auto& [labels, value] : v)
        out += QByteArray::fromStdString(labels.toString()) + ' ' + QByteArray::number(value, 'g', 17) + "; ";
    return out;
}

// Same keys, and values equal by sameNumber.
inline bool sameVector(const metricmath::InstantVector& actual, const metricmath::InstantVector& expected)
{
    if (actual.size() != expected.size())
        return false;
    for (auto a = actual.begin(), e = expected.begin(); a != actual.end(); ++a, ++e) {
        if (a->first != e->first || !sameNumber(a->second, e->second))
            return false;
    }
    return true;
}

} // namespace metricmathtest

#define COMPARE_NUMBER(actual, expected)                                                                     \
    QVERIFY2(metricmathtest::sameNumber((actual), (expected)),                                               \
             metricmathtest::describe((actual), (expected)).constData())

#define COMPARE_VECTOR(actual, expected)                                                                     \
    QVERIFY2(metricmathtest::sameVector((actual), (expected)),                                               \
             QByteArray(QByteArray("actual ") + metricmathtest::describe(actual) + "\nexpected " +           \
                        metricmathtest::describe(expected))                                                  \
                 .constData())
