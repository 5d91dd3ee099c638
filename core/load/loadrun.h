#pragma once

#include "loadplan.h"
#include "loadresult.h"

#include <QString>
#include <atomic>
#include <functional>

namespace load {

// Why a plan cannot run, naming the field; empty when it can.
QString planError(const LoadPlan& plan);

// How LoadResult's percentiles are computed, for reports.
QString percentileMethod(LoadModel model);

using SecondCallback = std::function<void(const LoadSecond& second)>;

// Runs a plan to its end on the calling thread (the merger; the workers get threads of their own).
// onSecond sees each second once all workers have handed it over; `cancel` (may be null) is looked
// at several times a second, and a cancelled run keeps what it measured.
LoadResult runLoad(const LoadPlan& plan, const SecondCallback& onSecond = {},
                   const std::atomic<bool>* cancel = nullptr);

} // namespace load
