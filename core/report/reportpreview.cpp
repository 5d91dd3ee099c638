#include "reportpreview.h"

#include "reportfonts.h"
#include "reportpagepainter.h"

#include <QPainter>
#include <cmath>
#include <memory>

namespace report {

namespace {
// Pages into images; without `keep`, every page goes into one scratch image (the counting pass).
class ImageSink : public ReportPageSink
{
public:
    ImageSink(double dpi, bool keep)
        : m_dpi(dpi)
        , m_keep(keep)
        , m_metrics(pageImage())
    {
    }

    double unitsPerPoint() const override { return m_dpi / 72.0; }
    QPaintDevice* metricsDevice() override { return &m_metrics; }
    QPainter& startPage(int) override
    {
        m_painter.reset(); // ends the page before
        if (m_keep)
            m_pages.push_back(pageImage());
        QImage& page = m_keep ? m_pages.back() : m_metrics;
        page.fill(Qt::white);
        m_painter = std::make_unique<QPainter>(&page);
        return *m_painter;
    }
    void finish() override { m_painter.reset(); }

    std::vector<QImage> takePages() { return std::move(m_pages); }

private:
    QImage pageImage() const
    {
        const auto pixels = [this](double points) { return int(std::lround(points * m_dpi / 72.0)); };
        QImage image(pixels(reportPageWidthPt), pixels(reportPageHeightPt), QImage::Format_RGB32);
        const int dotsPerMeter = int(std::lround(m_dpi / 0.0254));
        image.setDotsPerMeterX(dotsPerMeter); // fonts measure and draw at the page's resolution
        image.setDotsPerMeterY(dotsPerMeter);
        return image;
    }

    double m_dpi;
    bool m_keep;
    QImage m_metrics;
    std::vector<QImage> m_pages;
    std::unique_ptr<QPainter> m_painter;
};
} // namespace

std::vector<QImage> ReportPreview::render(const ReportDocument& document, double dpi, QString* error)
{
    if (!ReportFonts::load(error))
        return {};
    ImageSink counting(dpi, false);
    const int pages = ReportPagePainter::paint(document, 0, counting);
    ImageSink sink(dpi, true);
    ReportPagePainter::paint(document, pages, sink);
    return sink.takePages();
}

} // namespace report
