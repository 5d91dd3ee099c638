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
    bool isChinese() const { return m_chinese; }
    QString language() const { return m_chinese ? QStringLiteral("zh") : QStringLiteral("en"); }

    // The phrases asked for in Chinese that the table lacks, so far (a test keeps it empty).
    static QStringList missingPhrases();

private:
    bool m_chinese = false;
};

} // namespace report
