#include "htmlreportwriter.h"

#include "reportfonts.h"

#include <QBuffer>
#include <QPainter>
#include <QSvgGenerator>

namespace report {

namespace {
const char* const styleSheet = R"css(
body { font-family: Lato, "Noto Sans CJK SC", sans-serif; color: #1f2937; max-width: 60em;
       margin: 2em auto; padding: 0 1em; font-size: 14px; line-height: 1.45; }
h1 { color: #1a3a5f; font-size: 2em; margin-bottom: 0.1em; }
h2 { color: #1a3a5f; border-bottom: 2px solid #1a3a5f; padding-bottom: 0.2em; margin-top: 2em; }
h3 { margin-bottom: 0.4em; }
.subtitle { color: #6b7280; font-size: 1.2em; margin-top: 0; }
.note { color: #6b7280; font-size: 0.9em; white-space: pre-line; }
.verdict { color: white; font-weight: bold; font-size: 1.5em; text-align: center; padding: 0.5em;
           border-radius: 4px; margin: 1em 0; }
.verdict.pass { background: #1b7a2e; } .verdict.fail { background: #c62828; }
table { border-collapse: collapse; width: 100%; margin: 0.5em 0 1em; font-size: 0.92em; }
th { background: #e8eef5; color: #1a3a5f; text-align: left; }
th, td { border-bottom: 1px solid #d5dae1; padding: 4px 6px; vertical-align: top; white-space: pre-line; }
td.key { background: #f5f7fa; font-weight: bold; width: 34%; }
.num { text-align: right; } .pass { color: #1b7a2e; font-weight: bold; } .fail { color: #c62828; font-weight: bold; }
td.pass.badge { background: #e3f4e6; } td.fail.badge { background: #fde8e8; }
.muted { color: #6b7280; } .strong { font-weight: bold; }
.charts { display: flex; gap: 10px; margin: 0.5em 0 1em; } .charts svg { flex: 1; width: 100%; height: auto; }
.signoff td { height: 3em; }
)css";

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

QString toneClass(ReportCell::Tone tone)
{
    switch (tone) {
    case ReportCell::Tone::Pass:
        return QStringLiteral("pass");
    case ReportCell::Tone::Fail:
        return QStringLiteral("fail");
    case ReportCell::Tone::PassBadge:
        return QStringLiteral("pass badge");
    case ReportCell::Tone::FailBadge:
        return QStringLiteral("fail badge");
    case ReportCell::Tone::Muted:
        return QStringLiteral("muted");
    case ReportCell::Tone::Strong:
        return QStringLiteral("strong");
    case ReportCell::Tone::Plain:
        break;
    }
    return {};
}

QString svgChart(const ChartSpec& chart, double widthPt, double heightPt)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setResolution(72); // one SVG unit per point
    generator.setSize(QSize(int(widthPt), int(heightPt)));
    generator.setViewBox(QRectF(0, 0, widthPt, heightPt));
    QPainter painter(&generator);
    painter.setRenderHint(QPainter::Antialiasing);
    ChartPainter(painter, ReportFonts::font(8), 1.0)
        .paint(QRectF(0.5, 0.5, widthPt - 1, heightPt - 1), chart);
    painter.end();
    QString svg = QString::fromUtf8(bytes);
    // Inline SVG needs no XML prolog.
    const qsizetype start = svg.indexOf(QLatin1String("<svg"));
    return start >= 0 ? svg.mid(start) : svg;
}

QString table(const ReportTable& table)
{
    QString out =
        table.minRowHeight > 0 ? QStringLiteral("<table class=\"signoff\">") : QStringLiteral("<table>");
    if (!table.header.isEmpty()) {
        out += QStringLiteral("<tr>");
        for (qsizetype i = 0; i < table.header.size(); ++i) {
            const bool right = std::size_t(i) < table.alignRight.size() && table.alignRight[std::size_t(i)];
            out += (right ? QStringLiteral("<th class=\"num\">") : QStringLiteral("<th>")) +
                   escaped(table.header.at(i)) + QStringLiteral("</th>");
        }
        out += QStringLiteral("</tr>\n");
    }
    for (const std::vector<ReportCell>& cells : table.rows) {
        out += QStringLiteral("<tr>");
        for (std::size_t i = 0; i < cells.size(); ++i) {
            QStringList classes;
            if (table.header.isEmpty() && i == 0)
                classes.append(QStringLiteral("key"));
            if (i < table.alignRight.size() && table.alignRight[i])
                classes.append(QStringLiteral("num"));
            if (const QString tone = toneClass(cells[i].tone); !tone.isEmpty())
                classes.append(tone);
            out += (classes.isEmpty()
                        ? QStringLiteral("<td>")
                        : QStringLiteral("<td class=\"%1\">").arg(classes.join(QLatin1Char(' ')))) +
                   escaped(cells[i].text) +
                   (cells[i].note.isEmpty() ? QString()
                                            : QStringLiteral("<br/><small class=\"muted\">") +
                                                  escaped(cells[i].note) + QStringLiteral("</small>")) +
                   QStringLiteral("</td>");
        }
        out += QStringLiteral("</tr>\n");
    }
    return out + QStringLiteral("</table>\n");
}

QString blockHtml(const ReportBlock& block)
{
    switch (block.kind) {
    case ReportBlock::Kind::Title:
        return QStringLiteral("<h1>") + escaped(block.text) + QStringLiteral("</h1>\n");
    case ReportBlock::Kind::Subtitle:
        return QStringLiteral("<p class=\"subtitle\">") + escaped(block.text) + QStringLiteral("</p>\n");
    case ReportBlock::Kind::Heading:
        return QStringLiteral("<h2>") + escaped(block.text) + QStringLiteral("</h2>\n");
    case ReportBlock::Kind::Subheading:
        return QStringLiteral("<h3>") + escaped(block.text) + QStringLiteral("</h3>\n");
    case ReportBlock::Kind::Paragraph:
        return QStringLiteral("<p>") + escaped(block.text) + QStringLiteral("</p>\n");
    case ReportBlock::Kind::Note:
        return QStringLiteral("<p class=\"note\">") + escaped(block.text) + QStringLiteral("</p>\n");
    case ReportBlock::Kind::Verdict:
        return QStringLiteral("<div class=\"verdict %1\">%2</div>\n")
            .arg(block.passed ? QStringLiteral("pass") : QStringLiteral("fail"), escaped(block.text));
    case ReportBlock::Kind::Table:
        return table(block.table);
    case ReportBlock::Kind::Chart: {
        QString out = QStringLiteral("<div class=\"charts\">");
        for (const ChartSpec& chart : block.charts)
            out += svgChart(chart, block.charts.size() > 1 ? 340 : 690, block.charts.size() > 1 ? 200 : 220);
        return out + QStringLiteral("</div>\n");
    }
    case ReportBlock::Kind::PageBreak:
        break;
    }
    return {};
}
} // namespace

QByteArray HtmlReportWriter::render(const ReportDocument& document, QString* error)
{
    if (!ReportFonts::load(error))
        return {};
    QString html =
        QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\"/>\n"
                       "<title>%2</title>\n<style>%3</style>\n</head>\n<body>\n")
            .arg(document.language == QLatin1String("zh") ? QStringLiteral("zh-Hans") : QStringLiteral("en"),
                 escaped(document.title), QString::fromUtf8(styleSheet));
    for (const ReportBlock& block : document.blocks)
        html += blockHtml(block);
    html += QStringLiteral("<p class=\"note\">") + escaped(document.footer) +
            QStringLiteral("</p>\n</body>\n</html>\n");
    return html.toUtf8();
}

} // namespace report
