#pragma once

#include "alertrecord.h"
#include "collectorwatch.h"
#include "criterion.h"
#include "loadresult.h"
#include "sourcesummary.h"

#include <QJsonObject>
#include <QString>
#include <cstdint>
#include <vector>

namespace report {

// One second of a scenario's load, for the charts over time.
struct TimelinePoint
{
    double second = 0;
    double requests = 0; // answered or failed in that second: the RPS
    double errors = 0;
    double p50Ms = 0;
    double p95Ms = 0;
    double p99Ms = 0;
    int users = 0;

    // The totals of a merged second (second N is drawn at N + 1: the end of its interval).
    static TimelinePoint of(const load::LoadSecond& second);
};

// One scenario of a plan as it ran: its LoadRunReport (JSON, secrets redacted), the figures of each
// second, and what the collectors saw meanwhile.
struct ScenarioOutcome
{
    QString name;
    QString description;
    std::int64_t startedMs = 0;
    std::int64_t finishedMs = 0;
    QJsonObject report; // load::LoadRunReport::toJson()
    std::vector<TimelinePoint> timeline;
    CollectorSummary collectors;
    std::vector<PostgresSummary> postgres; // per source, in the order they were given
    std::vector<RedisSummary> redis;

    QJsonObject toJson() const;
    static ScenarioOutcome fromJson(const QJsonObject& object);
};

// Everything an acceptance run found, in the form the writers (PDF, HTML, JSON, CSV, JUnit) read;
// `perfdash report` reads it back from the JSON.
struct PlanResult
{
    QString planName;
    QString system;
    QString version;
    QString target;
    QString ranBy;
    QString clientHost;
    QString perfdashVersion;
    QString overrides; // "duration 3s, users 8" when the command line shortened the plan
    std::int64_t startedMs = 0;
    std::int64_t finishedMs = 0;
    QString error; // why the run could not be completed; empty when it was
    std::vector<CriterionOutcome> criteria;
    std::vector<ScenarioOutcome> scenarios;
    int alertRules = 0;              // rules evaluated during the run (0: none were given)
    std::vector<AlertRecord> alerts; // every state change they went through, in time order
    QString alertError;              // why some could not be evaluated; empty when all could

    // Every required criterion passed, and the run completed.
    bool passed() const;
    // "PASS", "FAIL", or "NONE" for a completed run with no criteria (a load run without thresholds):
    // reported as measured, without a verdict.
    QString verdict() const;
    int failedRequired() const;

    QJsonObject toJson() const;
    static bool fromJson(const QJsonObject& object, PlanResult* result, QString* error);
    static bool fromJsonText(const QByteArray& text, PlanResult* result, QString* error);
};

} // namespace report
