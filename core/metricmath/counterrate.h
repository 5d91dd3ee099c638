#pragma once

#include "series.h"

#include <optional>
#include <span>

// rate(), increase() and delta() over classic float samples, as Prometheus computes them.
//
// Semantics followed: Prometheus 3.x, promql/functions.go `extrapolatedRate` (float branch; no native
// histograms, no created/start timestamps, no `smoothed`/`anchored` modifiers), including the ordering
// introduced by prometheus/prometheus#13725 (the 1.1 x average-interval threshold is applied before the
// zero-point limit for counters), and Prometheus 3's left-open range (start, end].
//
// In short, for the n >= 2 points inside the window:
//   result = last - first, plus (counters only) the value before every decrease (a counter reset);
//   durationToStart/End = seconds from the window edges to the first/last point; each is replaced by
//   half the average sample spacing when it is >= 1.1 x that spacing (the series starts/ends inside the
//   window); for counters with result > 0 and first >= 0, durationToStart is further limited to
//   sampledInterval * first / result (never extrapolate below zero);
//   increase = result * (sampledInterval + durationToStart + durationToEnd) / sampledInterval;
//   rate = increase / window seconds.
namespace metricmath {

// Points must be sorted by timestamp; those outside the window are ignored. No value (std::nullopt)
// when fewer than two points fall inside the window, or when they share one timestamp.
std::optional<double> extrapolatedRate(std::span<const Point> points, RangeWindow window, bool isCounter,
                                       bool isRate);

// Per-second average increase of a counter over the window, with resets and extrapolation.
std::optional<double> rate(std::span<const Point> points, RangeWindow window);
// Increase of a counter over the window (rate times the window length).
std::optional<double> increase(std::span<const Point> points, RangeWindow window);
// Change of a gauge over the window: extrapolated like increase, but no reset handling and no zero limit.
std::optional<double> delta(std::span<const Point> points, RangeWindow window);

// The same over every series. As in PromQL, series without a value are left out of the result and
// the metric name is dropped from the labels.
InstantVector rate(const RangeVector& series, RangeWindow window);
InstantVector increase(const RangeVector& series, RangeWindow window);
InstantVector delta(const RangeVector& series, RangeWindow window);

} // namespace metricmath
