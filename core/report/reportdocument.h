#pragma once

#include "chartpainter.h"

#include <QString>
#include <QStringList>
#include <vector>

namespace report {

// A report as a flow of blocks, built once from a plan result (reportbuilder.h) and rendered by
// the PDF and HTML writers, so both say the same thing.
struct ReportCell
{
    enum class Tone
    {
        Plain,
        Pass,      // green text
        Fail,      // red text
        PassBadge, // a verdict: green on a green tint
        FailBadge,
        Muted,
        Strong,
    };
    ReportCell() = default;
    ReportCell(QString cellText, Tone cellTone = Tone::Plain, QString cellNote = {})
        : text(std::move(cellText))
        , tone(cellTone)
        , note(std::move(cellNote))
    {
    }

    QString text;
    Tone tone = Tone::Plain;
    QString note; // a second, smaller grey line (where a figure comes from)
};

struct ReportTable
{
    QStringList header;           // empty: no header row (a key/value table)
    std::vector<double> widths;   // relative column widths
    std::vector<bool> alignRight; // numbers
    std::vector<std::vector<ReportCell>> rows;
    double minRowHeight = 0; // points; the sign-off block leaves room to sign
};

struct ReportBlock
{
    enum class Kind
    {
        Title,
        Subtitle,
        Heading,
        Subheading,
        Paragraph,
        Note, // small and grey
        Verdict,
        Table,
        Chart,
        PageBreak,
    };
    Kind kind = Kind::Paragraph;
    QString text;
    bool passed = false; // Verdict
    ReportTable table;
    std::vector<ChartSpec> charts; // Chart: side by side when two
};

struct ReportDocument
{
    QString language;    // "en" or "zh"
    QString title;       // the document's
    QString runningHead; // on every page
    QString footer;      // on every page, beside the page number
    QString pageFormat;  // "Page %1 of %2" in the document's language
    std::vector<ReportBlock> blocks;
};

} // namespace report
