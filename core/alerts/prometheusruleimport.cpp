#include "prometheusruleimport.h"

#include <QRegularExpression>
#include <cmath>
#include <memory>
#include <yaml.h>

namespace alerts {
namespace {

// --- YAML: the loaded document, walked by node ------------------------------------------------

class Document
{
public:
    explicit Document(const QByteArray& yaml)
    {
        yaml_parser_initialize(&m_parser);
        yaml_parser_set_input_string(&m_parser, reinterpret_cast<const unsigned char*>(yaml.constData()),
                                     std::size_t(yaml.size()));
        if (!yaml_parser_load(&m_parser, &m_document)) {
            m_error = QStringLiteral("not YAML: line %1, column %2: %3")
                          .arg(m_parser.problem_mark.line + 1)
                          .arg(m_parser.problem_mark.column + 1)
                          .arg(QString::fromUtf8(m_parser.problem ? m_parser.problem : "unknown problem"));
            if (m_parser.context)
                m_error += QStringLiteral(" (%1)").arg(QString::fromUtf8(m_parser.context));
            return;
        }
        m_loaded = true;
    }
    ~Document()
    {
        if (m_loaded)
            yaml_document_delete(&m_document);
        yaml_parser_delete(&m_parser);
    }
    Document(const Document&) = delete;
    Document& operator=(const Document&) = delete;

    const QString& error() const { return m_error; }
    yaml_node_t* root() { return m_loaded ? yaml_document_get_root_node(&m_document) : nullptr; }
    yaml_node_t* node(int index) { return yaml_document_get_node(&m_document, index); }

    static bool isScalar(const yaml_node_t* n) { return n && n->type == YAML_SCALAR_NODE; }
    static QString scalar(const yaml_node_t* n)
    {
        if (!isScalar(n))
            return {};
        return QString::fromUtf8(reinterpret_cast<const char*>(n->data.scalar.value),
                                 qsizetype(n->data.scalar.length));
    }
    static int line(const yaml_node_t* n) { return n ? int(n->start_mark.line) + 1 : 0; }

    // The value of `key` in a mapping node; nullptr when absent or `map` is no mapping.
    yaml_node_t* value(yaml_node_t* map, const char* key)
    {
        if (!map || map->type != YAML_MAPPING_NODE)
            return nullptr;
        for (yaml_node_pair_t* pair = map->data.mapping.pairs.start; pair < map->data.mapping.pairs.top;
             ++pair) {
            if (scalar(node(pair->key)) == QLatin1String(key))
                return node(pair->value);
        }
        return nullptr;
    }
    std::vector<yaml_node_t*> items(yaml_node_t* sequence)
    {
        std::vector<yaml_node_t*> out;
        for (yaml_node_item_t* item = sequence->data.sequence.items.start;
             item < sequence->data.sequence.items.top; ++item)
            out.push_back(node(*item));
        return out;
    }
    // A mapping of strings; false when some value is not a plain scalar.
    bool stringMap(yaml_node_t* map, QMap<QString, QString>* out)
    {
        if (!map)
            return true;
        if (map->type != YAML_MAPPING_NODE)
            return false;
        for (yaml_node_pair_t* pair = map->data.mapping.pairs.start; pair < map->data.mapping.pairs.top;
             ++pair) {
            if (!isScalar(node(pair->key)) || !isScalar(node(pair->value)))
                return false;
            out->insert(scalar(node(pair->key)), scalar(node(pair->value)));
        }
        return true;
    }

private:
    yaml_parser_t m_parser;
    yaml_document_t m_document;
    bool m_loaded = false;
    QString m_error;
};

// --- PromQL: the subset that maps -------------------------------------------------------------

struct Token
{
    enum Kind
    {
        Identifier,
        String,
        Number,
        Duration, // inside [ ]
        Punct,
        End,
    } kind = End;
    QString text;
};

// Splits an expression into tokens; false with the reason on a character PromQL has no use for.
bool tokenize(const QString& expr, std::vector<Token>* out, QString* reason)
{
    static const QRegularExpression number(
        QStringLiteral(R"(^(0x[0-9a-fA-F]+|(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?))"));
    qsizetype i = 0;
    while (i < expr.size()) {
        const QChar c = expr.at(i);
        if (c.isSpace()) {
            ++i;
        } else if (c == QLatin1Char('#')) {
            while (i < expr.size() && expr.at(i) != QLatin1Char('\n'))
                ++i;
        } else if (c.isLetter() || c == QLatin1Char('_') || c == QLatin1Char(':')) {
            const qsizetype start = i;
            while (i < expr.size() && (expr.at(i).isLetterOrNumber() || expr.at(i) == QLatin1Char('_') ||
                                       expr.at(i) == QLatin1Char(':')))
                ++i;
            out->push_back({Token::Identifier, expr.mid(start, i - start)});
        } else if (c == QLatin1Char('"') || c == QLatin1Char('\'') || c == QLatin1Char('`')) {
            QString text;
            ++i;
            while (i < expr.size() && expr.at(i) != c) {
                if (expr.at(i) == QLatin1Char('\\') && c != QLatin1Char('`') && i + 1 < expr.size())
                    ++i;
                text += expr.at(i++);
            }
            if (i >= expr.size()) {
                *reason = QStringLiteral("unterminated string");
                return false;
            }
            ++i;
            out->push_back({Token::String, text});
        } else if (c == QLatin1Char('[')) {
            const qsizetype close = expr.indexOf(QLatin1Char(']'), i);
            if (close < 0) {
                *reason = QStringLiteral("unterminated [");
                return false;
            }
            out->push_back({Token::Duration, expr.mid(i + 1, close - i - 1).trimmed()});
            i = close + 1;
        } else if (c.isDigit() ||
                   (c == QLatin1Char('.') && i + 1 < expr.size() && expr.at(i + 1).isDigit())) {
            const QRegularExpressionMatch m = number.match(QStringView(expr).mid(i));
            out->push_back({Token::Number, m.captured(0)});
            i += m.capturedLength(0);
        } else {
            static const QStringList twoChar{QStringLiteral(">="), QStringLiteral("<="),
                                             QStringLiteral("=="), QStringLiteral("!="),
                                             QStringLiteral("=~"), QStringLiteral("!~")};
            const QString two = expr.mid(i, 2);
            if (twoChar.contains(two)) {
                out->push_back({Token::Punct, two});
                i += 2;
            } else if (QStringLiteral("{}(),=<>+-*/%^").contains(c)) {
                out->push_back({Token::Punct, QString(c)});
                ++i;
            } else {
                *reason = QStringLiteral("unexpected character '%1'").arg(c);
                return false;
            }
        }
    }
    out->push_back({Token::End, {}});
    return true;
}

class ExprParser
{
public:
    explicit ExprParser(std::vector<Token> tokens)
        : m_tokens(std::move(tokens))
    {
    }

    // Maps the whole expression onto `rule` (kind, metric, matchers, quantile, by, range,
    // comparison, threshold); false with the reason otherwise.
    bool parse(AlertRule* rule, QString* reason)
    {
        if (peek().kind == Token::Number)
            return fail(reason, QStringLiteral("a number on the left of the comparison is not supported"));
        if (peek().kind == Token::Identifier && next(1).text == QLatin1String("(")) {
            if (peek().text != QLatin1String("histogram_quantile"))
                return fail(reason, QStringLiteral("expression uses '%1', not supported").arg(peek().text));
            if (!histogramQuantile(rule, reason))
                return false;
        } else {
            rule->kind = RuleKind::Gauge;
            if (!selector(rule, reason))
                return false;
        }
        const Token op = take();
        static const QStringList arithmetic{QStringLiteral("+"), QStringLiteral("-"), QStringLiteral("*"),
                                            QStringLiteral("/"), QStringLiteral("%"), QStringLiteral("^")};
        if (op.kind == Token::Punct && arithmetic.contains(op.text))
            return fail(reason,
                        QStringLiteral("arithmetic ('%1') on the series is not supported").arg(op.text));
        if (op.kind == Token::End)
            return fail(reason,
                        QStringLiteral("no comparison with a number (the alert would fire on any value)"));
        if (op.kind == Token::Identifier &&
            (op.text == QLatin1String("and") || op.text == QLatin1String("or") ||
             op.text == QLatin1String("unless")))
            return fail(reason, QStringLiteral("set operator '%1' is not supported").arg(op.text));
        if (op.kind == Token::Identifier &&
            (op.text == QLatin1String("offset") || op.text == QLatin1String("@")))
            return fail(reason, QStringLiteral("'%1' modifier is not supported").arg(op.text));
        const std::optional<Comparison> comparison = comparisonFromText(op.text);
        if (op.kind != Token::Punct || !comparison)
            return fail(reason, QStringLiteral("unexpected '%1' after the selector").arg(op.text));
        rule->comparison = *comparison;
        if (peek().kind == Token::Identifier && peek().text == QLatin1String("bool"))
            return fail(reason, QStringLiteral("the 'bool' modifier is not supported"));
        double sign = 1;
        if (peek().kind == Token::Punct &&
            (peek().text == QLatin1String("-") || peek().text == QLatin1String("+")))
            sign = take().text == QLatin1String("-") ? -1 : 1;
        const Token threshold = take();
        bool ok = false;
        const double value = toNumber(threshold, &ok);
        if (!ok)
            return fail(reason,
                        QStringLiteral("the comparison is not with a number ('%1')").arg(threshold.text));
        rule->threshold = sign * value;
        if (peek().kind != Token::End)
            return fail(reason,
                        QStringLiteral("more after the comparison ('%1') is not supported").arg(peek().text));
        return true;
    }

private:
    const Token& peek() const { return m_tokens[m_pos]; }
    const Token& next(std::size_t ahead) const
    {
        return m_tokens[std::min(m_pos + ahead, m_tokens.size() - 1)];
    }
    Token take()
    {
        const Token t = m_tokens[m_pos];
        if (m_pos + 1 < m_tokens.size())
            ++m_pos;
        return t;
    }
    bool expect(const char* punct, QString* reason)
    {
        if (peek().kind == Token::Punct && peek().text == QLatin1String(punct)) {
            take();
            return true;
        }
        return fail(reason,
                    QStringLiteral("expected '%1', found '%2'").arg(QLatin1String(punct), peek().text));
    }
    static bool fail(QString* reason, const QString& why)
    {
        *reason = why;
        return false;
    }
    static double toNumber(const Token& t, bool* ok)
    {
        if (t.kind == Token::Number)
            return t.text.startsWith(QLatin1String("0x")) ? double(t.text.toLongLong(ok, 16))
                                                          : t.text.toDouble(ok);
        if (t.kind == Token::Identifier && t.text.compare(QLatin1String("inf"), Qt::CaseInsensitive) == 0) {
            *ok = true;
            return std::numeric_limits<double>::infinity();
        }
        *ok = false;
        return 0;
    }

    // metric{label="value", ...}, equality matchers only.
    bool selector(AlertRule* rule, QString* reason, bool ranged = false)
    {
        if (peek().kind != Token::Identifier)
            return fail(reason, QStringLiteral("expected a metric name, found '%1'").arg(peek().text));
        rule->metric = take().text.toStdString();
        if (peek().text == QLatin1String("{") && peek().kind == Token::Punct) {
            take();
            while (!(peek().kind == Token::Punct && peek().text == QLatin1String("}"))) {
                if (peek().kind != Token::Identifier)
                    return fail(reason, QStringLiteral("expected a label name, found '%1'").arg(peek().text));
                const QString label = take().text;
                const Token op = take();
                if (op.text != QLatin1String("="))
                    return fail(reason,
                                QStringLiteral("label matcher '%1' is not supported (only =)").arg(op.text));
                if (peek().kind != Token::String)
                    return fail(reason, QStringLiteral("expected a quoted label value"));
                const QString value = take().text;
                if (value.isEmpty())
                    return fail(reason, QStringLiteral("matching an empty label value is not supported"));
                rule->matchers[label.toStdString()] = value.toStdString();
                if (peek().kind == Token::Punct && peek().text == QLatin1String(","))
                    take();
                else if (!(peek().kind == Token::Punct && peek().text == QLatin1String("}")))
                    return fail(reason, QStringLiteral("expected ',' or '}' in the selector"));
            }
            take();
        }
        if (!ranged && peek().kind == Token::Duration)
            return fail(reason, QStringLiteral("a range selector needs a function, which is not supported"));
        return true;
    }

    // by (a, b) as label names.
    bool labelList(metricmath::LabelNames* out, QString* reason)
    {
        if (!expect("(", reason))
            return false;
        while (peek().kind == Token::Identifier) {
            out->push_back(take().text.toStdString());
            if (peek().text == QLatin1String(","))
                take();
        }
        return expect(")", reason);
    }

    // histogram_quantile(q, sum by (le, ...) (rate(x_bucket{...}[d]))) or the `sum(...) by (le)` form.
    bool histogramQuantile(AlertRule* rule, QString* reason)
    {
        take(); // histogram_quantile
        if (!expect("(", reason))
            return false;
        bool ok = false;
        const double q = toNumber(take(), &ok);
        if (!ok)
            return fail(reason, QStringLiteral("histogram_quantile needs a number as its quantile"));
        if (!expect(",", reason))
            return false;
        if (peek().text != QLatin1String("sum"))
            return fail(
                reason,
                QStringLiteral("histogram_quantile over '%1' is not supported (only sum by (le) of rate)")
                    .arg(peek().text));
        take();
        metricmath::LabelNames by;
        const bool byFirst = peek().text == QLatin1String("by");
        if (byFirst) {
            take();
            if (!labelList(&by, reason))
                return false;
        }
        if (!expect("(", reason))
            return false;
        if (peek().text != QLatin1String("rate") && peek().text != QLatin1String("irate"))
            return fail(reason,
                        QStringLiteral("histogram_quantile over sum of '%1' is not supported (only rate)")
                            .arg(peek().text));
        take();
        if (!expect("(", reason) || !selector(rule, reason, true))
            return false;
        if (peek().kind != Token::Duration)
            return fail(reason, QStringLiteral("rate needs a range such as [5m]"));
        const std::optional<std::int64_t> range = parsePrometheusDuration(take().text);
        if (!range || *range < 1000)
            return fail(reason, QStringLiteral("the rate's range is not a duration of at least 1s"));
        if (!expect(")", reason) || !expect(")", reason))
            return false;
        if (!byFirst && peek().text == QLatin1String("by")) {
            take();
            if (!labelList(&by, reason))
                return false;
        }
        if (!expect(")", reason))
            return false;
        const auto le = std::find(by.begin(), by.end(), "le");
        if (le == by.end())
            return fail(reason, QStringLiteral("histogram_quantile needs the sum by (le)"));
        by.erase(le);
        if (!rule->metric.ends_with("_bucket"))
            return fail(reason, QStringLiteral("histogram_quantile over '%1', not a _bucket series")
                                    .arg(QString::fromStdString(rule->metric)));
        rule->metric.resize(rule->metric.size() - std::string_view("_bucket").size());
        rule->kind = RuleKind::LatencyQuantile;
        rule->quantile = q;
        rule->by = by;
        rule->rangeMs = *range;
        return true;
    }

    std::vector<Token> m_tokens;
    std::size_t m_pos = 0;
};

bool mapExpression(const QString& expr, AlertRule* rule, QString* reason)
{
    std::vector<Token> tokens;
    if (!tokenize(expr, &tokens, reason))
        return false;
    return ExprParser(std::move(tokens)).parse(rule, reason);
}

// One entry of a group's rules: a rule, or the reason it is not one.
void importRule(Document& doc, yaml_node_t* node, const QString& group, QSet<QString>* names, RuleImport* out)
{
    UnmappedRule unmapped{group, {}, {}, Document::line(node), {}};
    auto skip = [&](const QString& reason) {
        unmapped.reason = reason;
        out->unmapped.push_back(unmapped);
    };
    if (!node || node->type != YAML_MAPPING_NODE)
        return skip(QStringLiteral("not a rule (expected a mapping)"));
    unmapped.expr = Document::scalar(doc.value(node, "expr"));
    if (doc.value(node, "record")) {
        unmapped.name = Document::scalar(doc.value(node, "record"));
        return skip(QStringLiteral("a recording rule, not an alert"));
    }
    unmapped.name = Document::scalar(doc.value(node, "alert"));
    if (unmapped.name.isEmpty())
        return skip(QStringLiteral("no alert name"));
    if (unmapped.expr.trimmed().isEmpty())
        return skip(QStringLiteral("no expr"));
    AlertRule rule;
    rule.name = unmapped.name;
    QString reason;
    if (!mapExpression(unmapped.expr, &rule, &reason))
        return skip(reason);
    for (const auto& [key, field] :
         {std::pair{"for", &rule.forMs}, std::pair{"keep_firing_for", &rule.keepFiringForMs}}) {
        yaml_node_t* value = doc.value(node, key);
        if (!value)
            continue;
        const std::optional<std::int64_t> ms = parsePrometheusDuration(Document::scalar(value));
        if (!ms)
            return skip(QStringLiteral("%1: '%2' is not a duration")
                            .arg(QLatin1String(key), Document::scalar(value)));
        *field = *ms;
    }
    if (!doc.stringMap(doc.value(node, "labels"), &rule.labels))
        return skip(QStringLiteral("labels: expected a mapping of strings"));
    if (!doc.stringMap(doc.value(node, "annotations"), &rule.annotations))
        return skip(QStringLiteral("annotations: expected a mapping of strings"));
    rule.severity = rule.labels.value(QStringLiteral("severity"))
                                .compare(QLatin1String("critical"), Qt::CaseInsensitive) == 0
                        ? Severity::Critical
                        : Severity::Warning;
    rule.summary = rule.annotations.value(QStringLiteral("summary"));
    // Prometheus allows one alert name on several rules; perfdash's names are unique.
    for (int n = 2; names->contains(rule.name); ++n)
        rule.name = unmapped.name + QStringLiteral(" #%1").arg(n);
    const QStringList problems = rule.validate();
    if (!problems.isEmpty())
        return skip(problems.first());
    names->insert(rule.name);
    out->rules.append(std::move(rule));
}

} // namespace

std::optional<std::int64_t> parsePrometheusDuration(const QString& text)
{
    static const QRegularExpression whole(
        QStringLiteral(R"(^((\d+)y)?((\d+)w)?((\d+)d)?((\d+)h)?((\d+)m)?((\d+)s)?((\d+)ms)?$)"));
    if (text.isEmpty())
        return std::nullopt;
    if (text == QLatin1String("0"))
        return 0;
    const QRegularExpressionMatch m = whole.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    constexpr std::int64_t units[] = {
        365LL * 24 * 3600'000, 7LL * 24 * 3600'000, 24LL * 3600'000, 3600'000, 60'000, 1000, 1};
    std::int64_t total = 0;
    for (int i = 0; i < 7; ++i) {
        const QString digits = m.captured(2 + 2 * i);
        if (!digits.isEmpty())
            total += digits.toLongLong() * units[i];
    }
    return total;
}

RuleImport importPrometheusRules(const QByteArray& yaml)
{
    RuleImport out;
    Document doc(yaml);
    if (!doc.error().isEmpty()) {
        out.error = doc.error();
        return out;
    }
    yaml_node_t* groups = doc.value(doc.root(), "groups");
    if (!groups || groups->type != YAML_SEQUENCE_NODE) {
        out.error =
            QStringLiteral("groups: expected a list of rule groups (is this a Prometheus rule file?)");
        return out;
    }
    QSet<QString> names;
    int index = 0;
    for (yaml_node_t* group : doc.items(groups)) {
        const QString path = QStringLiteral("groups[%1]").arg(index++);
        yaml_node_t* rules = doc.value(group, "rules");
        if (!rules || rules->type != YAML_SEQUENCE_NODE) {
            out.error = QStringLiteral("%1.rules: expected a list of rules (line %2)")
                            .arg(path)
                            .arg(Document::line(group));
            out.rules.clear();
            out.unmapped.clear();
            return out;
        }
        const QString name = Document::scalar(doc.value(group, "name"));
        for (yaml_node_t* rule : doc.items(rules))
            importRule(doc, rule, name, &names, &out);
    }
    return out;
}

} // namespace alerts
