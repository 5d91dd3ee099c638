#pragma once

#include "reportdocument.h"

#include <QImage>
#include <QString>
#include <vector>

namespace report {

// The pages of a report document as images, laid out exactly as the PDF's (ReportPagePainter),
// for an on-screen preview. Plain QImage painting: safe on a worker thread once the report fonts
// are loaded (ReportFonts::load on the GUI thread first).
class ReportPreview
{
public:
    // One image per page at `dpi`; empty with `error` when the report font cannot be loaded.
    static std::vector<QImage> render(const ReportDocument& document, double dpi, QString* error);
};

} // namespace report
