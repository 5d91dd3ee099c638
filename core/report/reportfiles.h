#pragma once

#include "planresult.h"

#include <QString>

namespace report {

enum class ReportFormat
{
    Pdf,
    Html,
    Json,
    Csv,
    JUnit,
};

struct ReportOptions
{
    QString language = QStringLiteral("en"); // "en" or "zh"
    QString signedBy;                        // printed in the sign-off block
};

// The format a file name asks for: .pdf, .html/.htm, .json, .csv, .xml; false when none.
bool formatFromFileName(const QString& fileName, ReportFormat* format);
// Renders the result in `format` and writes it to `fileName` ("-" for stdout); false with `error`.
bool writeReport(const PlanResult& result, ReportFormat format, const ReportOptions& options,
                 const QString& fileName, QString* error);

} // namespace report
