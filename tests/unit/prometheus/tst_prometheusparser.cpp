#include "expositionformat.h"
#include "numberparser.h"
#include "parsemetrics.h"
#include "prometheusparser.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <cmath>

using namespace Prometheus;

Q_DECLARE_METATYPE(Prometheus::ExpositionFormat)

namespace {

QString fixturePath(const QString& relative)
{
    return QStringLiteral(PROMETHEUS_FIXTURE_DIR "/") + relative;
}

std::string readFixture(const QString& relative)
{
    QFile file(fixturePath(relative));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open fixture %s", qPrintable(relative));
    return file.readAll().toStdString();
}

ExpositionFormat formatOf(const QString& fileName)
{
    return fileName.endsWith(QLatin1String(".om")) ? ExpositionFormat::OpenMetrics : ExpositionFormat::Text;
}

QByteArray errorText(const ParseResult& result)
{
    return result.error ? QByteArray::fromStdString(result.error->toString()) : QByteArray();
}

const Sample* findSample(const MetricSet& set, std::string_view family, std::string_view label,
                         std::string_view value)
{
    const MetricFamily* f = set.family(family);
    if (!f)
        return nullptr;
    for (const Sample& sample : set.samples(*f)) {
        if (set.labelValue(sample, label) == value)
            return &sample;
    }
    return nullptr;
}

} // namespace

class TestPrometheusParser : public QObject
{
    Q_OBJECT
private slots:
    void parsesValidFixtures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("families");
        QTest::addColumn<int>("samples");
        QTest::newRow("exposition formats example")
            << QStringLiteral("exposition_formats_example.prom") << 6 << 20;
        QTest::newRow("special values") << QStringLiteral("special_values.prom") << 1 << 15;
        QTest::newRow("untyped and interleaved") << QStringLiteral("untyped_and_interleaved.prom") << 3 << 11;
        QTest::newRow("empty") << QStringLiteral("empty.prom") << 0 << 0;
        QTest::newRow("openmetrics types") << QStringLiteral("openmetrics_types.om") << 4 << 13;
        QTest::newRow("openmetrics spec summary") << QStringLiteral("openmetrics_spec_summary.om") << 8 << 16;
        QTest::newRow("eof without newline") << QStringLiteral("eof_without_newline.om") << 1 << 1;
    }
    void parsesValidFixtures()
    {
        QFETCH(QString, file);
        QFETCH(int, families);
        QFETCH(int, samples);
        const ParseResult result = parseMetrics(readFixture(QStringLiteral("valid/") + file), formatOf(file));
        QVERIFY2(result.ok(), errorText(result).constData());
        QCOMPARE(int(result.metrics.families().size()), families);
        QCOMPARE(int(result.metrics.sampleCount()), samples);
    }

    void rejectsInvalidFixturesNamingLineAndColumn_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        QFile manifest(fixturePath(QStringLiteral("invalid/expected.tsv")));
        QVERIFY(manifest.open(QIODevice::ReadOnly | QIODevice::Text));
        int rows = 0;
        while (!manifest.atEnd()) {
            const QString line = QString::fromUtf8(manifest.readLine()).chopped(1);
            if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
                continue;
            const QStringList fields = line.split(QLatin1Char('\t'));
            QCOMPARE(fields.size(), 4);
            QTest::newRow(qPrintable(fields[0]))
                << fields[0] << fields[1].toInt() << fields[2].toInt() << fields[3];
            ++rows;
        }
        // Every invalid fixture has an expectation, and the other way round.
        const QStringList files =
            QDir(fixturePath(QStringLiteral("invalid")))
                .entryList({QStringLiteral("*.prom"), QStringLiteral("*.om")}, QDir::Files);
        QCOMPARE(files.size(), rows);
    }
    void rejectsInvalidFixturesNamingLineAndColumn()
    {
        QFETCH(QString, file);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        const ParseResult result =
            parseMetrics(readFixture(QStringLiteral("invalid/") + file), formatOf(file));
        QVERIFY2(!result.ok(), "parse unexpectedly succeeded");
        const QString text = QString::fromStdString(result.error->toString());
        QVERIFY2(text.contains(message), qPrintable(text));
        QCOMPARE(result.error->line, line);
        QCOMPARE(result.error->column, column);
        QVERIFY(text.startsWith(QStringLiteral("line %1, column %2: ").arg(line).arg(column)));
        QVERIFY(result.metrics.families().empty()); // nothing partial
    }

    void readsValuesLabelsAndEscapes()
    {
        const std::string text = readFixture(QStringLiteral("valid/exposition_formats_example.prom"));
        const ParseResult result = parseMetrics(text, ExpositionFormat::Text);
        QVERIFY(result.ok());
        const MetricSet& set = result.metrics;
        const MetricFamily* counter = set.family("http_requests_total");
        QVERIFY(counter);
        QCOMPARE(counter->type, MetricType::Counter);
        QCOMPARE(set.help(*counter), std::string_view("The total number of HTTP requests."));
        const Sample& first = set.samples(*counter)[0];
        QCOMPARE(first.value, 1027.0);
        QVERIFY(first.hasTimestamp);
        QCOMPARE(first.timestampMs, qint64(1395066363000));
        QCOMPARE(set.labels(first).size(), std::size_t(2));
        QCOMPARE(set.labels(first)[0], (Label{"method", "post"}));
        const std::vector<Label> sorted = set.sortedLabels(first);
        QCOMPARE(sorted[0].name, std::string_view("code"));

        const MetricFamily* msdos = set.family("msdos_file_access_time_seconds");
        QVERIFY(msdos);
        QCOMPARE(msdos->type, MetricType::Unknown);
        const Sample& escaped = set.samples(*msdos)[0];
        QCOMPARE(*set.labelValue(escaped, "path"), std::string_view("C:\\DIR\\FILE.TXT"));
        QCOMPARE(*set.labelValue(escaped, "error"), std::string_view("Cannot find file:\n\"FILE.TXT\""));

        const MetricFamily* weird = set.family("something_weird");
        QVERIFY(std::isinf(set.samples(*weird)[0].value));
        QCOMPARE(set.samples(*weird)[0].timestampMs, qint64(-3982045));

        const MetricFamily* histogram = set.family("http_request_duration_seconds");
        QCOMPARE(histogram->type, MetricType::Histogram);
        QCOMPARE(histogram->sampleCount, 8u);
        QCOMPARE(set.name(set.samples(*histogram)[7]),
                 std::string_view("http_request_duration_seconds_count"));
        QCOMPARE(set.family("rpc_duration_seconds")->type, MetricType::Summary);
    }

    void acceptsPrometheusNumberSpellings()
    {
        const ParseResult result =
            parseMetrics(readFixture(QStringLiteral("valid/special_values.prom")), ExpositionFormat::Text);
        QVERIFY2(result.ok(), errorText(result).constData());
        const MetricSet& set = result.metrics;
        const auto value = [&](std::string_view spelling) {
            const Sample* sample = findSample(set, "special_values", "spelling", spelling);
            return sample ? sample->value : -12345.0;
        };
        QVERIFY(std::isnan(value("NaN")));
        QVERIFY(std::isnan(value("nan")));
        QCOMPARE(value("+Inf"), std::numeric_limits<double>::infinity());
        QCOMPARE(value("-Inf"), -std::numeric_limits<double>::infinity());
        QCOMPARE(value("Infinity"), std::numeric_limits<double>::infinity());
        QCOMPARE(value("-infinity"), -std::numeric_limits<double>::infinity());
        QCOMPARE(value("exponent"), 1.5e-3);
        QCOMPARE(value("leading dot"), 0.5);
        QCOMPARE(value("trailing dot"), 5.0);
        QCOMPARE(value("plus"), 42.0);
        QCOMPARE(value("underflow"), 0.0);
        QCOMPARE(value("blanks and tabs"), 7.0);
        QCOMPARE(value("utf8 ✓ 值"), 1.0);
        const MetricFamily* family = set.family("special_values");
        QCOMPARE(set.help(*family),
                 std::string_view(
                     "Values spelled the ways Prometheus accepts: a \"quoted\" word, a back\\slash."));
    }

    void numberParser_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<double>("expected");
        QTest::newRow("int") << QStringLiteral("42") << true << 42.0;
        QTest::newRow("negative") << QStringLiteral("-0.25") << true << -0.25;
        QTest::newRow("exp") << QStringLiteral("1E+3") << true << 1000.0;
        QTest::newRow("inf lower") << QStringLiteral("+inf") << true
                                   << std::numeric_limits<double>::infinity();
        QTest::newRow("signed nan") << QStringLiteral("+NaN") << false << 0.0;
        QTest::newRow("hex") << QStringLiteral("0x10") << false << 0.0;
        QTest::newRow("hex float") << QStringLiteral("0x1p3") << false << 0.0;
        QTest::newRow("underscore") << QStringLiteral("1_000") << false << 0.0;
        QTest::newRow("sign only") << QStringLiteral("-") << false << 0.0;
        QTest::newRow("double sign") << QStringLiteral("+-1") << false << 0.0;
        QTest::newRow("infinit") << QStringLiteral("infinit") << false << 0.0;
        QTest::newRow("nan payload") << QStringLiteral("nan(1)") << false << 0.0;
        QTest::newRow("overflow") << QStringLiteral("-1e309") << false << 0.0;
        QTest::newRow("tiny") << QStringLiteral("0.0000001e-320") << true << 0.0;
        QTest::newRow("empty") << QString() << false << 0.0;
    }
    void numberParser()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(double, expected);
        const std::string utf8 = text.toStdString();
        double value = 0;
        QCOMPARE(NumberParser::parseValue(utf8, &value), valid);
        if (valid)
            QCOMPARE(value, expected);
    }

    void openMetricsTimestampsBecomeMilliseconds()
    {
        const ParseResult result = parseMetrics(readFixture(QStringLiteral("valid/openmetrics_types.om")),
                                                ExpositionFormat::OpenMetrics);
        QVERIFY2(result.ok(), errorText(result).constData());
        const MetricSet& set = result.metrics;
        const MetricFamily* counter = set.family("bar_seconds");
        QCOMPARE(counter->type, MetricType::Counter);
        QCOMPARE(set.unit(*counter), std::string_view("seconds"));
        QCOMPARE(set.help(*counter), std::string_view("Some text and \n some \" escaping"));
        QCOMPARE(set.samples(*counter)[0].timestampMs, qint64(1520879607789));
        QCOMPARE(set.name(set.samples(*counter)[1]), std::string_view("bar_seconds_created"));

        const MetricFamily* histogram = set.family("foo");
        const Sample* bucket = findSample(set, "foo", "le", "10");
        QVERIFY(bucket);
        const Exemplar* exemplar = set.exemplar(*bucket);
        QVERIFY(exemplar);
        QCOMPARE(exemplar->value, 9.8);
        QVERIFY(exemplar->hasTimestamp);
        QCOMPARE(exemplar->timestampMs, qint64(1520879607789));
        QCOMPARE(set.labels(*exemplar)[0], (Label{"trace_id", "oHg5SJYRHA0"}));
        const Sample* empty = findSample(set, "foo", "le", "0.1");
        QVERIFY(set.exemplar(*empty));
        QVERIFY(set.labels(*set.exemplar(*empty)).empty());
        QVERIFY(!set.exemplar(set.samples(*histogram)[0]));
        QCOMPARE(set.family("st")->type, MetricType::StateSet);
        QCOMPARE(set.family("i")->type, MetricType::Info);
    }

    void openMetricsKeepsUnknownEscapesAndEmptyFamilies()
    {
        const ParseResult result = parseMetrics(
            readFixture(QStringLiteral("valid/openmetrics_spec_summary.om")), ExpositionFormat::OpenMetrics);
        QVERIFY2(result.ok(), errorText(result).constData());
        const MetricSet& set = result.metrics;
        QCOMPARE(set.family("empty_family")->sampleCount, 0u);
        QCOMPARE(set.family("foo")->type, MetricType::GaugeHistogram);
        const MetricFamily* escapes = set.family("escapes");
        QCOMPARE(set.help(*escapes), std::string_view("A \\ backslash, a \"quote\" and \\a kept as is"));
        const Sample& sample = set.samples(*escapes)[0];
        QCOMPARE(*set.labelValue(sample, "v"), std::string_view("a\\b\"c\nd"));
        QCOMPARE(sample.timestampMs, qint64(-5500));
    }

    void groupsSplitTextFamilies()
    {
        const ParseResult result = parseMetrics(
            readFixture(QStringLiteral("valid/untyped_and_interleaved.prom")), ExpositionFormat::Text);
        QVERIFY2(result.ok(), errorText(result).constData());
        const MetricSet& set = result.metrics;
        const MetricFamily* untyped = set.family("untyped_total");
        QCOMPARE(untyped->sampleCount, 2u);
        QCOMPARE(*set.labelValue(set.samples(*untyped)[1], "tenant"), std::string_view("b"));
        const MetricFamily* histogram = set.family("http_request_duration_seconds");
        QCOMPARE(histogram->sampleCount, 8u);
        QCOMPARE(*set.labelValue(set.samples(*histogram)[4], "path"), std::string_view("/b"));
    }

    void owningResultOutlivesInput()
    {
        std::string text = "# HELP a x\\\\y\na{v=\"q\\\"\"} 1\n";
        ParseResult result = parseMetrics(std::move(text), ExpositionFormat::Text);
        text.assign(100, 'z');
        QVERIFY(result.ok());
        const MetricSet moved = std::move(result.metrics);
        const MetricFamily* family = moved.family("a");
        QVERIFY(family);
        QCOMPARE(moved.help(*family), std::string_view("x\\y"));
        QCOMPARE(*moved.labelValue(moved.samples(*family)[0], "v"), std::string_view("q\""));
    }

    void streamingParserHandsOutEntries()
    {
        const std::string text =
            "# TYPE a counter\n# UNIT a seconds\na_total{x=\"1\"} 2 3.5 # {t=\"z\"} 1\n# EOF\n";
        PrometheusParser parser(text, ExpositionFormat::OpenMetrics);
        Entry entry;
        QVERIFY(parser.next(&entry));
        QCOMPARE(entry.kind, Entry::Kind::Type);
        QCOMPARE(entry.type, MetricType::Counter);
        QVERIFY(parser.next(&entry));
        QCOMPARE(entry.kind, Entry::Kind::Unit);
        QVERIFY(parser.next(&entry));
        QCOMPARE(entry.kind, Entry::Kind::Sample);
        QCOMPARE(entry.line, 3);
        QCOMPARE(entry.labels.size(), std::size_t(1));
        QCOMPARE(entry.labels[0], (Label{"x", "1"}));
        QCOMPARE(*entry.timestampMs, qint64(3500));
        QVERIFY(entry.hasExemplar);
        QCOMPARE(entry.exemplarLabels[0], (Label{"t", "z"}));
        // Unescaped strings need no copy: the view points into the input.
        QVERIFY(entry.labels[0].value.data() >= text.data() &&
                entry.labels[0].value.data() < text.data() + text.size());
        QVERIFY(!parser.next(&entry));
        QVERIFY(!parser.error());
    }

    void mapsContentTypes_data()
    {
        QTest::addColumn<QString>("contentType");
        QTest::addColumn<int>("format"); // -1: unsupported
        QTest::newRow("text 0.0.4") << QStringLiteral("text/plain; version=0.0.4; charset=utf-8")
                                    << int(ExpositionFormat::Text);
        QTest::newRow("text plain") << QStringLiteral("text/plain") << int(ExpositionFormat::Text);
        QTest::newRow("empty") << QString() << int(ExpositionFormat::Text);
        QTest::newRow("openmetrics 1.0.0")
            << QStringLiteral("application/openmetrics-text; version=1.0.0; charset=utf-8")
            << int(ExpositionFormat::OpenMetrics);
        QTest::newRow("openmetrics quoted, upper case")
            << QStringLiteral("Application/OpenMetrics-Text;Version=\"0.0.1\"")
            << int(ExpositionFormat::OpenMetrics);
        QTest::newRow("openmetrics 2") << QStringLiteral("application/openmetrics-text; version=2.0.0") << -1;
        QTest::newRow("text 1.0") << QStringLiteral("text/plain; version=1.0.0") << -1;
        QTest::newRow("protobuf") << QStringLiteral(
                                         "application/vnd.google.protobuf; "
                                         "proto=io.prometheus.client.MetricFamily; encoding=delimited")
                                  << -1;
        QTest::newRow("json") << QStringLiteral("application/json") << -1;
    }
    void mapsContentTypes()
    {
        QFETCH(QString, contentType);
        QFETCH(int, format);
        const std::optional<ExpositionFormat> mapped = formatForContentType(contentType.toStdString());
        QCOMPARE(mapped ? int(*mapped) : -1, format);
    }

    // Cheap stand-in for the fuzzer in every build: each prefix of each fixture must either
    // parse or fail cleanly (ASan/UBSan builds check for memory errors).
    void everyPrefixParsesOrFailsCleanly()
    {
        for (const QString& dir : {QStringLiteral("valid"), QStringLiteral("invalid")}) {
            const QStringList files =
                QDir(fixturePath(dir))
                    .entryList({QStringLiteral("*.prom"), QStringLiteral("*.om")}, QDir::Files);
            for (const QString& file : files) {
                const std::string text = readFixture(dir + QLatin1Char('/') + file);
                for (std::size_t length = 0; length <= text.size(); ++length) {
                    const ParseResult result =
                        parseMetrics(std::string_view(text).substr(0, length), formatOf(file));
                    if (!result.ok()) {
                        QVERIFY(result.error->line >= 1);
                        QVERIFY(result.error->column >= 1);
                        QVERIFY(result.metrics.families().empty());
                    }
                }
            }
        }
    }

    void promtoolAcceptsValidTextFixtures()
    {
        const QString promtool = QStandardPaths::findExecutable(QStringLiteral("promtool"));
        if (promtool.isEmpty())
            QSKIP("promtool not installed (Debian package prometheus)");
        const QStringList files =
            QDir(fixturePath(QStringLiteral("valid"))).entryList({QStringLiteral("*.prom")}, QDir::Files);
        QVERIFY(!files.isEmpty());
        for (const QString& file : files) {
            QProcess process;
            process.setStandardInputFile(fixturePath(QStringLiteral("valid/") + file));
            process.start(promtool, {QStringLiteral("check"), QStringLiteral("metrics")});
            QVERIFY(process.waitForFinished(30000));
            const QByteArray output = process.readAllStandardOutput() + process.readAllStandardError();
            // Exit code 3 means lint findings only (e.g. "no help text"); 1 means unparsable.
            QVERIFY2(process.exitCode() == 0 || process.exitCode() == 3,
                     qPrintable(file + QLatin1String(": ") + QString::fromUtf8(output)));
            QVERIFY2(!output.contains("parsing error"),
                     qPrintable(file + QLatin1String(": ") + QString::fromUtf8(output)));
        }
    }
};

QTEST_GUILESS_MAIN(TestPrometheusParser)
#include "tst_prometheusparser.moc"
