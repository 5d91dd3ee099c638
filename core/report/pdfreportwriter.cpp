#include "pdfreportwriter.h"

#include "reportfonts.h"
#include "reportpagepainter.h"

#include <QBuffer>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace report {

namespace {
constexpr int resolution = 300; // device units per inch; the layout is in points

// Pages of one QPdfWriter, drawn by one painter.
class PdfSink : public ReportPageSink
{
public:
    explicit PdfSink(QPdfWriter& writer)
        : m_writer(writer)
    {
    }

    double unitsPerPoint() const override { return double(resolution) / 72.0; }
    QPaintDevice* metricsDevice() override { return &m_writer; }
    QPainter& startPage(int page) override
    {
        if (page == 1)
            m_painter.begin(&m_writer);
        else
            m_writer.newPage();
        return m_painter;
    }
    void finish() override { m_painter.end(); }

private:
    QPdfWriter& m_writer;
    QPainter m_painter;
};

int renderInto(QIODevice* device, const ReportDocument& document, int totalPages)
{
    QPdfWriter writer(device);
    writer.setResolution(resolution);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    writer.setTitle(document.title);
    writer.setCreator(QStringLiteral("perfdash"));
    PdfSink sink(writer);
    return ReportPagePainter::paint(document, totalPages, sink);
}
} // namespace

QByteArray PdfReportWriter::render(const ReportDocument& document, QString* error)
{
    if (!ReportFonts::load(error))
        return {};
    QBuffer counting;
    counting.open(QIODevice::WriteOnly);
    const int pages = renderInto(&counting, document, 0);
    QByteArray bytes;
    QBuffer out(&bytes);
    out.open(QIODevice::WriteOnly);
    renderInto(&out, document, pages);
    return bytes;
}

} // namespace report
