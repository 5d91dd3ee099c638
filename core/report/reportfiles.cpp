#include "reportfiles.h"

#include "csvreport.h"
#include "htmlreportwriter.h"
#include "junitreport.h"
#include "pdfreportwriter.h"
#include "reportbuilder.h"

#include <QFile>
#include <QJsonDocument>
#include <cstdio>

namespace report {

namespace {
bool writeBytes(const QString& fileName, const QByteArray& bytes, QString* error)
{
    if (fileName == QLatin1String("-")) {
        std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stdout);
        std::fflush(stdout);
        return true;
    }
    QFile file(fileName);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size()) {
        *error = QStringLiteral("cannot write %1: %2").arg(fileName, file.errorString());
        return false;
    }
    return true;
}
} // namespace

bool formatFromFileName(const QString& fileName, ReportFormat* format)
{
    const QString lower = fileName.toLower();
    const struct
    {
        const char* suffix;
        ReportFormat format;
    } suffixes[] = {{".pdf", ReportFormat::Pdf},  {".html", ReportFormat::Html},
                    {".htm", ReportFormat::Html}, {".json", ReportFormat::Json},
                    {".csv", ReportFormat::Csv},  {".xml", ReportFormat::JUnit}};
    for (const auto& entry : suffixes) {
        if (lower.endsWith(QLatin1String(entry.suffix))) {
            *format = entry.format;
            return true;
        }
    }
    return false;
}

bool writeReport(const PlanResult& result, ReportFormat format, const ReportOptions& options,
                 const QString& fileName, QString* error)
{
    switch (format) {
    case ReportFormat::Json:
        return writeBytes(fileName, QJsonDocument(result.toJson()).toJson(), error);
    case ReportFormat::Csv:
        return writeBytes(fileName, toCsv(result), error);
    case ReportFormat::JUnit:
        return writeBytes(fileName, toJUnit(result), error);
    case ReportFormat::Pdf:
    case ReportFormat::Html:
        break;
    }
    const ReportDocument document = buildReport(result, options);
    const QByteArray bytes = format == ReportFormat::Pdf ? PdfReportWriter::render(document, error)
                                                         : HtmlReportWriter::render(document, error);
    return !bytes.isEmpty() && writeBytes(fileName, bytes, error);
}

} // namespace report
