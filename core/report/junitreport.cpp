#include "junitreport.h"

#include <QXmlStreamWriter>

namespace report {

QByteArray toJUnit(const PlanResult& result)
{
    const int failures = result.failedRequired() + (result.error.isEmpty() ? 0 : 1);
    const int tests = int(result.criteria.size()) + (result.error.isEmpty() ? 0 : 1);
    const QString seconds = QString::number(double(result.finishedMs - result.startedMs) / 1000.0, 'f', 3);
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("testsuites"));
    xml.writeAttribute(QStringLiteral("tests"), QString::number(tests));
    xml.writeAttribute(QStringLiteral("failures"), QString::number(failures));
    xml.writeStartElement(QStringLiteral("testsuite"));
    xml.writeAttribute(QStringLiteral("name"), QStringLiteral("perfdash acceptance ") + result.planName);
    xml.writeAttribute(QStringLiteral("tests"), QString::number(tests));
    xml.writeAttribute(QStringLiteral("failures"), QString::number(failures));
    xml.writeAttribute(QStringLiteral("errors"), QStringLiteral("0"));
    xml.writeAttribute(QStringLiteral("time"), seconds);
    if (!result.error.isEmpty()) {
        xml.writeStartElement(QStringLiteral("testcase"));
        xml.writeAttribute(QStringLiteral("classname"), QStringLiteral("acceptance"));
        xml.writeAttribute(QStringLiteral("name"), QStringLiteral("run"));
        xml.writeStartElement(QStringLiteral("failure"));
        xml.writeAttribute(QStringLiteral("message"), result.error);
        xml.writeEndElement();
        xml.writeEndElement();
    }
    for (const CriterionOutcome& outcome : result.criteria) {
        const QString figures =
            QStringLiteral("%1 measured %2, threshold %3, margin %4; %5")
                .arg(outcome.criterion.metricName(), outcome.valueText(), outcome.criterion.thresholdText(),
                     outcome.marginText(), outcome.detail);
        xml.writeStartElement(QStringLiteral("testcase"));
        xml.writeAttribute(QStringLiteral("classname"),
                           QStringLiteral("acceptance.") + outcome.criterion.scenario);
        xml.writeAttribute(QStringLiteral("name"),
                           outcome.criterion.id + QStringLiteral(": ") + outcome.criterion.title);
        if (!outcome.passed && outcome.criterion.required) {
            xml.writeStartElement(QStringLiteral("failure"));
            xml.writeAttribute(QStringLiteral("message"), figures);
            xml.writeCharacters(figures);
            xml.writeEndElement();
        } else {
            xml.writeTextElement(
                QStringLiteral("system-out"),
                (outcome.passed ? QStringLiteral("PASS ") : QStringLiteral("FAIL (advisory) ")) + figures);
        }
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

} // namespace report
