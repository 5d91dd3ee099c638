#pragma once

#include "reportdocument.h"

#include <QByteArray>
#include <QString>

namespace report {

// Renders a report document to one self-contained HTML file: inline CSS, charts as inline SVG
// drawn by the same ChartPainter as the PDF's, no external resource.
class HtmlReportWriter
{
public:
    // The HTML's bytes (UTF-8); empty with `error` when the font cannot be loaded.
    static QByteArray render(const ReportDocument& document, QString* error);
};

} // namespace report
