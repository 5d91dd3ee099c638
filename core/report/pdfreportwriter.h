#pragma once

#include "reportdocument.h"

#include <QByteArray>
#include <QString>

namespace report {

// Renders a report document to an A4 PDF with QPdfWriter: text in the embedded report font, tables
// and charts as vectors, a running head and "page N of M" on every page but the cover.
class PdfReportWriter
{
public:
    // The PDF's bytes; empty with `error` when the font cannot be loaded.
    static QByteArray render(const ReportDocument& document, QString* error);
};

} // namespace report
