#pragma once

#include "reportdocument.h"

class QPaintDevice;
class QPainter;

namespace report {

// A4 in points, the unit the page layout is written in.
constexpr double reportPageWidthPt = 595.28;
constexpr double reportPageHeightPt = 841.89;

// Where report pages go: a PDF writer (one painter, newPage between pages) or page images.
class ReportPageSink
{
public:
    virtual ~ReportPageSink() = default;
    virtual double unitsPerPoint() const = 0;
    // Text is measured on this device, so wrapping matches what is drawn.
    virtual QPaintDevice* metricsDevice() = 0;
    // An active painter for page `page` (from 1); the page before it is complete.
    virtual QPainter& startPage(int page) = 0;
    virtual void finish() = 0;
};

// Lays a report document out on A4 pages, top to bottom: cover band, running head, "page N of M"
// footer, text, tables (header repeated on a new page) and charts. One layout for the PDF and the
// on-screen preview, so the preview shows the PDF's pages.
class ReportPagePainter
{
public:
    // Paints every page into `sink` and returns how many there were. `totalPages` is the M of
    // "page N of M" (0 when not known yet: a first pass counts them).
    static int paint(const ReportDocument& document, int totalPages, ReportPageSink& sink);
};

} // namespace report
