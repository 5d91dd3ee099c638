#include "reportpagepainter.h"

#include "reportfonts.h"

#include <QFontMetricsF>
#include <QPainter>
#include <algorithm>

namespace report {

namespace {
constexpr double pageWidthPt = reportPageWidthPt;
constexpr double pageHeightPt = reportPageHeightPt;
constexpr double marginPt = 50;
constexpr double topPt = 66;
constexpr double bottomPt = 62;
constexpr double cellPadPt = 4;

const QColor ink(0x1f, 0x29, 0x37);
const QColor navy(0x1a, 0x3a, 0x5f);
const QColor muted(0x6b, 0x72, 0x80);
const QColor rule(0xd5, 0xda, 0xe1);
const QColor headerFill(0xe8, 0xee, 0xf5);
const QColor keyFill(0xf5, 0xf7, 0xfa);
const QColor passInk(0x1b, 0x7a, 0x2e);
const QColor failInk(0xc6, 0x28, 0x28);
const QColor passFill(0xe3, 0xf4, 0xe6);
const QColor failFill(0xfd, 0xe8, 0xe8);

// Lays the blocks out top to bottom, page by page. Pass 1 counts the pages; pass 2 draws
// "page N of M" with that count.
class Flow
{
public:
    Flow(ReportPageSink& sink, const ReportDocument& document, int totalPages)
        : m_sink(sink)
        , m_document(document)
        , m_totalPages(totalPages)
        , m_unit(sink.unitsPerPoint())
    {
    }

    int run()
    {
        startPage();
        m_y = pt(170); // the cover's title sits a third down the page
        for (std::size_t i = 0; i < m_document.blocks.size(); ++i)
            draw(m_document.blocks[i],
                 i + 1 < m_document.blocks.size() ? &m_document.blocks[i + 1] : nullptr);
        m_sink.finish();
        return m_page;
    }

private:
    double pt(double points) const { return points * m_unit; }
    double left() const { return pt(marginPt); }
    double width() const { return pt(pageWidthPt - 2 * marginPt); }
    double bottom() const { return pt(pageHeightPt - bottomPt); }
    double remaining() const { return bottom() - m_y; }

    void startPage()
    {
        ++m_page;
        m_painter = &m_sink.startPage(m_page);
        m_painter->setRenderHint(QPainter::Antialiasing);
        m_y = pt(topPt);
        if (m_page == 1) {
            // The cover: a band with the product's name instead of a running head.
            m_painter->fillRect(QRectF(0, 0, pt(pageWidthPt), pt(96)), navy);
            m_painter->setFont(ReportFonts::font(11, true));
            m_painter->setPen(Qt::white);
            m_painter->drawText(QRectF(left(), pt(40), width(), pt(30)), Qt::AlignLeft | Qt::AlignVCenter,
                                QStringLiteral("perfdash"));
            m_painter->setFont(ReportFonts::font(9));
            m_painter->drawText(QRectF(left(), pt(40), width(), pt(30)), Qt::AlignRight | Qt::AlignVCenter,
                                m_document.title);
        } else {
            m_painter->setFont(ReportFonts::font(7.5));
            m_painter->setPen(muted);
            m_painter->drawText(QRectF(left(), pt(30), width(), pt(14)), Qt::AlignLeft | Qt::AlignVCenter,
                                m_document.runningHead);
            m_painter->setPen(QPen(rule, pt(0.6)));
            m_painter->drawLine(QPointF(left(), pt(46)), QPointF(left() + width(), pt(46)));
        }
        m_painter->setFont(ReportFonts::font(7.5));
        m_painter->setPen(muted);
        const QRectF footer(left(), pt(pageHeightPt - 40), width(), pt(14));
        m_painter->drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, m_document.footer);
        m_painter->drawText(footer, Qt::AlignRight | Qt::AlignVCenter,
                            m_document.pageFormat.arg(m_page).arg(std::max(m_totalPages, m_page)));
    }

    void newPage() { startPage(); }

    void ensure(double needed)
    {
        if (needed > remaining() && m_y > pt(topPt) + 1)
            newPage();
    }

    double textHeight(const QString& text, const QFont& font, double availableWidth) const
    {
        const QFontMetricsF metrics(font, m_sink.metricsDevice());
        return metrics.boundingRect(QRectF(0, 0, availableWidth, 1e9), Qt::TextWordWrap, text).height();
    }

    void text(const QString& content, const QFont& font, const QColor& colour, double spaceAfter)
    {
        const double height = textHeight(content, font, width());
        ensure(height);
        m_painter->setFont(font);
        m_painter->setPen(colour);
        m_painter->drawText(QRectF(left(), m_y, width(), height), Qt::TextWordWrap, content);
        m_y += height + pt(spaceAfter);
    }

    void draw(const ReportBlock& block, const ReportBlock* next)
    {
        switch (block.kind) {
        case ReportBlock::Kind::Title:
            text(block.text, ReportFonts::font(26, true), navy, 6);
            break;
        case ReportBlock::Kind::Subtitle:
            text(block.text, ReportFonts::font(14), muted, 24);
            break;
        case ReportBlock::Kind::Heading: {
            // Keep a heading with the start of what follows it.
            ensure(pt(140));
            m_y += m_y > pt(topPt) + 1 ? pt(10) : 0;
            text(block.text, ReportFonts::font(15, true), navy, 2);
            m_painter->setPen(QPen(navy, pt(1)));
            m_painter->drawLine(QPointF(left(), m_y), QPointF(left() + width(), m_y));
            m_y += pt(10);
            break;
        }
        case ReportBlock::Kind::Subheading:
            ensure(pt(next && next->kind == ReportBlock::Kind::Chart ? 200 : 90));
            m_y += pt(8);
            text(block.text, ReportFonts::font(10.5, true), ink, 5);
            break;
        case ReportBlock::Kind::Paragraph:
            text(block.text, ReportFonts::font(9.5), ink, 7);
            break;
        case ReportBlock::Kind::Note:
            text(block.text, ReportFonts::font(8.5), muted, 7);
            break;
        case ReportBlock::Kind::Verdict:
            verdict(block);
            break;
        case ReportBlock::Kind::Table:
            table(block.table);
            break;
        case ReportBlock::Kind::Chart:
            charts(block.charts);
            break;
        case ReportBlock::Kind::PageBreak:
            if (m_y > pt(topPt) + 1)
                newPage();
            break;
        }
    }

    void verdict(const ReportBlock& block)
    {
        const double height = pt(44);
        ensure(height);
        const QRectF box(left(), m_y, width(), height);
        m_painter->setPen(Qt::NoPen);
        m_painter->setBrush(block.passed ? passInk : failInk);
        m_painter->drawRoundedRect(box, pt(4), pt(4));
        m_painter->setBrush(Qt::NoBrush);
        m_painter->setFont(ReportFonts::font(18, true));
        m_painter->setPen(Qt::white);
        m_painter->drawText(box, Qt::AlignCenter, block.text);
        m_y += height + pt(12);
    }

    QFont cellFont(const ReportCell& cell, bool header) const
    {
        return ReportFonts::font(8.5, header || cell.tone == ReportCell::Tone::Strong ||
                                          cell.tone == ReportCell::Tone::Pass ||
                                          cell.tone == ReportCell::Tone::Fail);
    }

    std::vector<double> columnWidths(const ReportTable& table) const
    {
        double total = 0;
        for (const double share : table.widths)
            total += share;
        std::vector<double> widths;
        for (const double share : table.widths)
            widths.push_back(width() * share / (total > 0 ? total : 1));
        return widths;
    }

    double cellHeight(const ReportCell& cell, double cellWidth, bool header) const
    {
        const double inner = cellWidth - pt(2 * cellPadPt);
        double height = textHeight(cell.text, cellFont(cell, header), inner);
        if (!cell.note.isEmpty())
            height += pt(1.5) + textHeight(cell.note, ReportFonts::font(7), inner);
        return height + pt(2 * cellPadPt);
    }

    double rowHeight(const std::vector<ReportCell>& cells, const std::vector<double>& widths, bool header,
                     double minimum) const
    {
        double height = pt(minimum);
        for (std::size_t i = 0; i < cells.size() && i < widths.size(); ++i)
            height = std::max(height, cellHeight(cells[i], widths[i], header));
        return height;
    }

    void row(const std::vector<ReportCell>& cells, const ReportTable& table,
             const std::vector<double>& widths, bool header, double height)
    {
        double x = left();
        const bool keyValue = table.header.isEmpty();
        for (std::size_t i = 0; i < cells.size() && i < widths.size(); ++i) {
            const QRectF cell(x, m_y, widths[i], height);
            if (header)
                m_painter->fillRect(cell, headerFill);
            else if (keyValue && i == 0)
                m_painter->fillRect(cell, keyFill);
            const ReportCell& content = cells[i];
            // A verdict cell reads as a badge: tinted behind its colour.
            if (content.tone == ReportCell::Tone::PassBadge)
                m_painter->fillRect(cell.adjusted(pt(1), pt(1), -pt(1), -pt(1)), passFill);
            else if (content.tone == ReportCell::Tone::FailBadge)
                m_painter->fillRect(cell.adjusted(pt(1), pt(1), -pt(1), -pt(1)), failFill);
            QColor colour = header ? navy : ink;
            if (content.tone == ReportCell::Tone::Pass || content.tone == ReportCell::Tone::PassBadge)
                colour = passInk;
            else if (content.tone == ReportCell::Tone::Fail || content.tone == ReportCell::Tone::FailBadge)
                colour = failInk;
            else if (content.tone == ReportCell::Tone::Muted)
                colour = muted;
            m_painter->setFont(cellFont(content, header));
            m_painter->setPen(colour);
            const bool right = i < table.alignRight.size() && table.alignRight[i];
            const QRectF inner = cell.adjusted(pt(cellPadPt), pt(cellPadPt), -pt(cellPadPt), -pt(cellPadPt));
            const int alignment = Qt::TextWordWrap | (right ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop;
            m_painter->drawText(inner, alignment, content.text);
            if (!content.note.isEmpty()) {
                const double used =
                    textHeight(content.text, cellFont(content, header), inner.width()) + pt(1.5);
                m_painter->setFont(ReportFonts::font(7));
                m_painter->setPen(muted);
                m_painter->drawText(inner.adjusted(0, used, 0, 0), alignment, content.note);
            }
            x += widths[i];
        }
        m_painter->setPen(QPen(rule, pt(0.5)));
        m_painter->drawLine(QPointF(left(), m_y + height), QPointF(left() + width(), m_y + height));
        m_y += height;
    }

    void table(const ReportTable& table)
    {
        const std::vector<double> widths = columnWidths(table);
        std::vector<ReportCell> header;
        for (const QString& title : table.header)
            header.push_back({title, ReportCell::Tone::Strong});
        const double headerHeight = header.empty() ? 0 : rowHeight(header, widths, true, 0);
        const double firstRow =
            table.rows.empty() ? 0 : rowHeight(table.rows.front(), widths, false, table.minRowHeight);
        ensure(headerHeight + firstRow);
        m_painter->setPen(QPen(rule, pt(0.5)));
        m_painter->drawLine(QPointF(left(), m_y), QPointF(left() + width(), m_y));
        if (!header.empty())
            row(header, table, widths, true, headerHeight);
        for (const std::vector<ReportCell>& cells : table.rows) {
            const double height = rowHeight(cells, widths, false, table.minRowHeight);
            if (height > remaining()) {
                newPage(); // the header again on the next page
                m_painter->setPen(QPen(rule, pt(0.5)));
                m_painter->drawLine(QPointF(left(), m_y), QPointF(left() + width(), m_y));
                if (!header.empty())
                    row(header, table, widths, true, headerHeight);
            }
            row(cells, table, widths, false, height);
        }
        m_y += pt(10);
    }

    void charts(const std::vector<ChartSpec>& specs)
    {
        if (specs.empty())
            return;
        const double height = pt(specs.size() > 1 ? 150 : 175);
        ensure(height);
        const double gap = pt(10);
        const double each = (width() - gap * double(specs.size() - 1)) / double(specs.size());
        ChartPainter painter(*m_painter, ReportFonts::font(8), m_unit);
        for (std::size_t i = 0; i < specs.size(); ++i)
            painter.paint(QRectF(left() + double(i) * (each + gap), m_y, each, height), specs[i]);
        m_y += height + pt(10);
    }

    ReportPageSink& m_sink;
    const ReportDocument& m_document;
    QPainter* m_painter = nullptr;
    int m_totalPages;
    int m_page = 0;
    double m_unit;
    double m_y = 0;
};

} // namespace

int ReportPagePainter::paint(const ReportDocument& document, int totalPages, ReportPageSink& sink)
{
    return Flow(sink, document, totalPages).run();
}

} // namespace report
