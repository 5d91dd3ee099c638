#pragma once

#include <QString>

namespace report {

// The words of a report in one language: English is the key, and the Simplified Chinese table in
// reporttext.cpp answers for "zh". A phrase missing there stays English and is remembered.
class ReportText
{
public:
    explicit ReportText(const QString& language);

    QString operator()(const char* english) const;
    // A text from elsewhere (the load engine's percentile method) in this language when the table
    // has it; as it is, and not remembered as missing, when not.
    QString known(const QString& english) const;
    // A criterion's detail line ("worst endpoint: customers", written in English by the
    // evaluation) in this language; a line of no known form stays as it is.
    QString detail(const QString& english) const;
    bool isChinese() const { return m_chinese; }
    QString language() const { return m_chinese ? QStringLiteral("zh") : QStringLiteral("en"); }

    // The phrases asked for in Chinese that the table lacks, so far (a test keeps it empty).
    static QStringList missingPhrases();

private:
    bool m_chinese = false;
};

} // namespace report
