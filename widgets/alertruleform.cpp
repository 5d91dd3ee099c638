#include "alertruleform.h"

#include "prometheusruleimport.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QScopedValueRollback>
#include <array>
#include <cmath>

using alerts::AlertRule;
using alerts::Comparison;
using alerts::RuleKind;
using alerts::Severity;

namespace {

constexpr std::array allKinds{RuleKind::LatencyQuantile, RuleKind::ErrorRatio,   RuleKind::QueueLength,
                              RuleKind::PoolUsage,       RuleKind::RedisHitRate, RuleKind::ProbeDown,
                              RuleKind::TaskDuration,    RuleKind::Gauge};
constexpr std::array allComparisons{Comparison::Greater, Comparison::GreaterOrEqual,
                                    Comparison::Less,    Comparison::LessOrEqual,
                                    Comparison::Equal,   Comparison::NotEqual};

bool takesMetric(RuleKind kind)
{
    return kind == RuleKind::LatencyQuantile || kind == RuleKind::TaskDuration || kind == RuleKind::Gauge;
}

// The kinds whose figure is a rate over a window.
bool takesRange(RuleKind kind)
{
    return kind == RuleKind::LatencyQuantile || kind == RuleKind::ErrorRatio ||
           kind == RuleKind::RedisHitRate;
}

QString defaultMetric(RuleKind kind)
{
    if (kind == RuleKind::LatencyQuantile)
        return QStringLiteral("http_request_duration_seconds");
    if (kind == RuleKind::TaskDuration)
        return QStringLiteral("task_duration_seconds");
    return {};
}

QString utf8(const std::string& text)
{
    return QString::fromStdString(text);
}

QString joined(const metricmath::LabelNames& names)
{
    QStringList list;
    for (const std::string& name : names)
        list.append(utf8(name));
    return list.join(QStringLiteral(", "));
}

struct ParsedMatchers
{
    std::map<std::string, std::string> matchers;
    QStringList
        unreadable; // entries that are not label=value; kept with an empty value, which the model refuses
};

// "job=erp-api, queue=\"import\"": exact matches only, as the rule evaluates them.
ParsedMatchers parseMatchers(const QString& text)
{
    static const QRegularExpression labelName(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    ParsedMatchers parsed;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString entry = part.trimmed();
        if (entry.isEmpty())
            continue;
        const qsizetype equals = entry.indexOf(QLatin1Char('='));
        const QString label = entry.left(equals).trimmed();
        QString value = entry.mid(equals + 1).trimmed();
        if (value.size() >= 2 && value.startsWith(QLatin1Char('"')) && value.endsWith(QLatin1Char('"')))
            value = value.mid(1, value.size() - 2);
        const bool readable = equals > 0 && labelName.match(label).hasMatch() && !value.isEmpty() &&
                              !value.startsWith(QLatin1Char('~')) &&
                              !parsed.matchers.contains(label.toStdString());
        if (readable) {
            parsed.matchers[label.toStdString()] = value.toStdString();
        } else {
            parsed.unreadable.append(entry);
            parsed.matchers[entry.toStdString()] = std::string();
        }
    }
    return parsed;
}

QString matchersText(const std::map<std::string, std::string>& matchers)
{
    QStringList entries;
    for (const auto& [label, value] : matchers)
        entries.append(value.empty() ? utf8(label) : utf8(label) + QLatin1Char('=') + utf8(value));
    return entries.join(QStringLiteral(", "));
}

QString selectorText(const std::map<std::string, std::string>& matchers)
{
    if (matchers.empty())
        return {};
    QStringList entries;
    for (const auto& [label, value] : matchers)
        entries.append(utf8(label) + QStringLiteral("=\"") + utf8(value) + QLatin1Char('"'));
    return QLatin1Char('{') + entries.join(QStringLiteral(", ")) + QLatin1Char('}');
}

// "1m30s" back from 90000; the largest units first, as Prometheus writes them.
QString durationText(std::int64_t ms)
{
    if (ms <= 0)
        return QStringLiteral("0s");
    constexpr std::array units{std::pair{std::int64_t(24) * 3600 * 1000, 'd'},
                               std::pair{std::int64_t(3600) * 1000, 'h'},
                               std::pair{std::int64_t(60) * 1000, 'm'}, std::pair{std::int64_t(1000), 's'}};
    QString text;
    for (const auto& [size, unit] : units) {
        if (ms >= size) {
            text += QString::number(ms / size) + QLatin1Char(unit);
            ms %= size;
        }
    }
    if (ms > 0)
        text += QString::number(ms) + QStringLiteral("ms");
    return text;
}

// Empty text is `fallback`; text that is not a duration is -1, which the model refuses at the field.
std::int64_t durationMs(const QString& text, std::int64_t fallback)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return fallback;
    return alerts::parsePrometheusDuration(trimmed).value_or(-1);
}

bool isDuration(const QString& text)
{
    return text.trimmed().isEmpty() || alerts::parsePrometheusDuration(text.trimmed()).has_value();
}

std::optional<double> number(const QString& text)
{
    bool ok = false;
    const double value = QLocale::c().toDouble(text.trimmed(), &ok);
    return ok && std::isfinite(value) ? std::optional(value) : std::nullopt;
}

QString numberText(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QMap<QString, QString> keyValues(const QString& text)
{
    QMap<QString, QString> map;
    for (const QString& line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        const QString key = line.left(equals).trimmed();
        if (!key.isEmpty())
            map.insert(key, equals < 0 ? QString() : line.mid(equals + 1).trimmed());
    }
    return map;
}

QString keyValueText(const QMap<QString, QString>& map)
{
    QStringList lines;
    for (auto it = map.begin(); it != map.end(); ++it)
        lines.append(it.key() + QLatin1Char('=') + it.value());
    return lines.join(QLatin1Char('\n'));
}

QPlainTextEdit* keyValueEdit(QWidget* parent, const QString& placeholder)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 3 + 12);
    return edit;
}

} // namespace

QString AlertRuleForm::kindTitle(RuleKind kind)
{
    switch (kind) {
    case RuleKind::LatencyQuantile:
        return tr("Latency quantile (histogram)");
    case RuleKind::ErrorRatio:
        return tr("5xx error ratio");
    case RuleKind::QueueLength:
        return tr("Queue length");
    case RuleKind::PoolUsage:
        return tr("Pool in use");
    case RuleKind::RedisHitRate:
        return tr("Redis hit rate");
    case RuleKind::ProbeDown:
        return tr("Health check down");
    case RuleKind::TaskDuration:
        return tr("Task duration");
    case RuleKind::Gauge:
        return tr("Gauge (any metric)");
    }
    return {};
}

QString AlertRuleForm::conditionText(const AlertRule& rule)
{
    const QString metric = rule.metric.empty() ? defaultMetric(rule.kind) : utf8(rule.metric);
    const QString selector = selectorText(rule.matchers);
    const QString range =
        takesRange(rule.kind) ? QLatin1Char('[') + durationText(rule.rangeMs) + QLatin1Char(']') : QString();
    QString figure;
    switch (rule.kind) {
    case RuleKind::LatencyQuantile:
        figure = tr("P%1 of %2").arg(numberText(rule.quantile * 100), metric + selector + range);
        break;
    case RuleKind::ErrorRatio:
        figure = tr("5xx share of %1").arg(QStringLiteral("http_requests_total") + selector + range);
        break;
    case RuleKind::QueueLength:
        figure = tr("queue length %1").arg(selector).trimmed();
        break;
    case RuleKind::PoolUsage:
        figure = tr("pool in use %1").arg(selector).trimmed();
        break;
    case RuleKind::RedisHitRate:
        figure = tr("Redis hit rate %1").arg(selector + range).trimmed();
        break;
    case RuleKind::ProbeDown:
        figure = QStringLiteral("probe_up") + selector;
        break;
    case RuleKind::TaskDuration:
        figure = tr("P99 of %1").arg(metric + selector);
        break;
    case RuleKind::Gauge:
        figure = (metric.isEmpty() ? tr("<metric>") : metric) + selector;
        break;
    }
    const metricmath::LabelNames grouping = rule.grouping();
    if (!grouping.empty())
        figure = tr("%1 by %2").arg(figure, joined(grouping));
    QString text = figure + QLatin1Char(' ') + alerts::comparisonText(rule.comparison) + QLatin1Char(' ') +
                   (std::isfinite(rule.threshold) ? numberText(rule.threshold) : QStringLiteral("?"));
    if (rule.forMs > 0)
        text = tr("%1 for %2").arg(text, durationText(rule.forMs));
    return text;
}

AlertRuleForm::AlertRuleForm(QWidget* parent)
    : SettingsForm(parent)
{
    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("conditionPreview"));
    m_preview->setWordWrap(true);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    QFont previewFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_preview->setFont(previewFont);
    form()->addRow(tr("Evaluates"), m_preview);

    m_name = addLineEdit(QStringLiteral("name"), tr("Name"), tr("e.g. CheckoutLatencyHigh"),
                         tr("Unique among the rules; alerts and notifications carry it as alertname."));
    m_kind = new QComboBox(this);
    for (const RuleKind kind : allKinds)
        m_kind->addItem(kindTitle(kind), int(kind));
    addField(QStringLiteral("kind"), tr("Watches"), m_kind);
    m_kindHelp = addHelp(QString());
    m_metric = addLineEdit(QStringLiteral("metric"), tr("Metric"), QString());
    m_metricHelp = addHelp(QString());
    m_quantile = new QDoubleSpinBox(this);
    m_quantile->setRange(0, 1);
    m_quantile->setDecimals(3);
    m_quantile->setSingleStep(0.01);
    connect(m_quantile, &QDoubleSpinBox::valueChanged, this, &AlertRuleForm::fieldEdited);
    addField(QStringLiteral("quantile"), tr("Quantile"), m_quantile, tr("0.95 for P95, 0.99 for P99."));
    m_matchers =
        addLineEdit(QStringLiteral("matchers"), tr("Only series with"), tr("e.g. job=erp-api, queue=import"),
                    tr("label=value pairs separated by commas, matched exactly on every series the rule "
                       "reads; empty: all series."));
    m_by =
        addLineEdit(QStringLiteral("by"), tr("One alert per"), QString(),
                    tr("Label names separated by commas; empty: the kind's usual grouping (shown greyed)."));
    m_range =
        addDurationEdit(QStringLiteral("rangeMs"), tr("Rate window"),
                        tr("The [range] of the rates: the figure follows the last this long of samples."));

    auto* condition = new QWidget(this);
    auto* conditionLayout = new QHBoxLayout(condition);
    conditionLayout->setContentsMargins(0, 0, 0, 0);
    m_comparison = new QComboBox(condition);
    m_comparison->setObjectName(QStringLiteral("comparison"));
    for (const Comparison comparison : allComparisons)
        m_comparison->addItem(alerts::comparisonText(comparison), int(comparison));
    m_threshold = new QLineEdit(condition);
    m_threshold->setObjectName(QStringLiteral("threshold"));
    m_threshold->setPlaceholderText(tr("e.g. 0.5"));
    conditionLayout->addWidget(m_comparison);
    conditionLayout->addWidget(m_threshold, 1);
    condition->setObjectName(QStringLiteral("conditionRow"));
    addField(QString(), tr("Fires when the figure is"), condition);
    alsoKnownAs(QStringLiteral("comparison"), m_comparison);
    alsoKnownAs(QStringLiteral("threshold"), m_threshold);
    m_thresholdHelp = addHelp(QString());
    connect(m_comparison, &QComboBox::currentIndexChanged, this, &AlertRuleForm::fieldEdited);
    connect(m_threshold, &QLineEdit::textChanged, this, &AlertRuleForm::fieldEdited);

    m_for =
        addDurationEdit(QStringLiteral("forMs"), tr("For"),
                        tr("How long the condition must hold before the alert fires (pending until then); "
                           "0s fires at once."));
    m_keepFiringFor = addDurationEdit(QStringLiteral("keepFiringForMs"), tr("Keep firing for"),
                                      tr("After the condition clears, the alert keeps firing this long; 0s "
                                         "resolves at once."));
    m_noDataAfter =
        addDurationEdit(QStringLiteral("noDataAfterMs"), tr("No data after"),
                        tr("Without a value this long, the alert says no data instead of resolving; "
                           "0s: never."));
    m_severity = new QComboBox(this);
    m_severity->addItem(tr("Warning"), int(Severity::Warning));
    m_severity->addItem(tr("Critical"), int(Severity::Critical));
    connect(m_severity, &QComboBox::currentIndexChanged, this, &AlertRuleForm::fieldEdited);
    addField(QStringLiteral("severity"), tr("Severity"), m_severity);
    m_summary = addLineEdit(QStringLiteral("summary"), tr("Summary"),
                            tr("e.g. queue {{ $labels.queue }} holds {{ $value }} tasks"),
                            tr("Shown in the alert and sent with it: {{ $value }} is the figure ({{ $value | "
                               "humanize }} rounded), {{ $labels.job }} a label of the alert instance."));
    m_labels = keyValueEdit(this, tr("team=erp"));
    connect(m_labels, &QPlainTextEdit::textChanged, this, &AlertRuleForm::fieldEdited);
    addField(QStringLiteral("labels"), tr("Labels"), m_labels,
             tr("One name=value per line, added to the alert's labels (for routing in Alertmanager)."));
    m_annotations = keyValueEdit(this, tr("runbook=https://wiki.example/erp/queues"));
    connect(m_annotations, &QPlainTextEdit::textChanged, this, &AlertRuleForm::fieldEdited);
    addField(QStringLiteral("annotations"), tr("Annotations"), m_annotations,
             tr("One name=value per line, sent with the notification."));

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        kindChanged();
        fieldEdited();
    });
    connect(this, &SettingsForm::edited, this, &AlertRuleForm::edited);
    kindChanged();
}

AlertRuleForm::~AlertRuleForm() = default;

QLineEdit* AlertRuleForm::addDurationEdit(const QString& key, const QString& label, const QString& help)
{
    QLineEdit* edit = addLineEdit(key, label, tr("e.g. 1m30s"), help);
    edit->setMaximumWidth(edit->fontMetrics().horizontalAdvance(QStringLiteral("0000h00m00s")) + 24);
    return edit;
}

void AlertRuleForm::edited()
{
    m_preview->setText(conditionText(value()));
}

void AlertRuleForm::kindChanged()
{
    const auto kind = RuleKind(m_kind->currentData().toInt());
    form()->setRowVisible(m_metric, takesMetric(kind));
    form()->setRowVisible(m_metricHelp, takesMetric(kind));
    form()->setRowVisible(m_quantile, kind == RuleKind::LatencyQuantile);
    // The quantile's help is the row under it.
    int quantileRow = -1;
    form()->getWidgetPosition(m_quantile, &quantileRow, nullptr);
    form()->setRowVisible(quantileRow + 1, kind == RuleKind::LatencyQuantile);
    form()->setRowVisible(m_by, kind != RuleKind::Gauge);
    int byRow = -1;
    form()->getWidgetPosition(m_by, &byRow, nullptr);
    form()->setRowVisible(byRow + 1, kind != RuleKind::Gauge);
    form()->setRowVisible(m_range, takesRange(kind));
    int rangeRow = -1;
    form()->getWidgetPosition(m_range, &rangeRow, nullptr);
    form()->setRowVisible(rangeRow + 1, takesRange(kind));

    AlertRule usual;
    usual.kind = kind;
    m_by->setPlaceholderText(joined(usual.grouping()));
    m_metric->setPlaceholderText(kind == RuleKind::Gauge ? tr("e.g. app_pool_usage_ratio")
                                                         : defaultMetric(kind));
    m_metricHelp->setText(
        kind == RuleKind::Gauge
            ? tr("Required: every series of this metric (with the labels below) is compared on "
                 "its own.")
            : tr("Empty for %1; name another metric of the same type to watch it instead.")
                  .arg(defaultMetric(kind)));
    switch (kind) {
    case RuleKind::LatencyQuantile:
        m_kindHelp->setText(tr("histogram_quantile over the rate of the histogram's buckets."));
        m_thresholdHelp->setText(tr("In seconds: 0.5 for 500 ms."));
        break;
    case RuleKind::ErrorRatio:
        m_kindHelp->setText(tr("The share of http_requests_total answered with a 5xx status."));
        m_thresholdHelp->setText(tr("A share from 0 to 1; > 0 alerts on any 5xx."));
        break;
    case RuleKind::QueueLength:
        m_kindHelp->setText(tr("Tasks waiting: celery_queue_length and redis_queue_length."));
        m_thresholdHelp->setText(tr("A number of tasks."));
        break;
    case RuleKind::PoolUsage:
        m_kindHelp->setText(
            tr("The share of a pool in use: app_pool_usage_ratio and pg_connection_usage_ratio."));
        m_thresholdHelp->setText(tr("A share from 0 to 1: 0.7 for 70 %."));
        break;
    case RuleKind::RedisHitRate:
        m_kindHelp->setText(tr("Keyspace hits / (hits + misses) of a Redis source, from their rates."));
        m_thresholdHelp->setText(tr("A share from 0 to 1: < 0.5 alerts under 50 %."));
        break;
    case RuleKind::ProbeDown:
        m_kindHelp->setText(tr("probe_up of each health probe: 1 while up, 0 once it counts as down."));
        m_thresholdHelp->setText(tr("== 0 alerts while the probe is down."));
        break;
    case RuleKind::TaskDuration:
        m_kindHelp->setText(tr("The 0.99 quantile of a summary of task durations."));
        m_thresholdHelp->setText(tr("In seconds."));
        break;
    case RuleKind::Gauge:
        m_kindHelp->setText(tr("Any metric as it is scraped, as an imported Prometheus rule compares it."));
        m_thresholdHelp->setText(tr("In the metric's own unit."));
        break;
    }
}

void AlertRuleForm::setValue(const AlertRule& rule)
{
    const QScopedValueRollback<bool> quiet(loading(), true);
    m_value = rule;
    m_name->setText(rule.name);
    m_kind->setCurrentIndex(m_kind->findData(int(rule.kind)));
    m_metric->setText(utf8(rule.metric));
    m_quantile->setValue(rule.quantile);
    m_matchers->setText(matchersText(rule.matchers));
    m_by->setText(rule.by ? joined(*rule.by) : QString());
    m_range->setText(durationText(rule.rangeMs));
    m_comparison->setCurrentIndex(m_comparison->findData(int(rule.comparison)));
    m_threshold->setText(std::isfinite(rule.threshold) ? numberText(rule.threshold) : QString());
    m_for->setText(durationText(rule.forMs));
    m_keepFiringFor->setText(durationText(rule.keepFiringForMs));
    m_noDataAfter->setText(durationText(rule.noDataAfterMs));
    m_severity->setCurrentIndex(m_severity->findData(int(rule.severity)));
    m_summary->setText(rule.summary);
    m_labels->setPlainText(keyValueText(rule.labels));
    m_annotations->setPlainText(keyValueText(rule.annotations));
    kindChanged();
    m_preview->setText(conditionText(rule));
}

AlertRule AlertRuleForm::value() const
{
    AlertRule rule = m_value;
    rule.name = m_name->text().trimmed();
    rule.kind = RuleKind(m_kind->currentData().toInt());
    rule.metric = takesMetric(rule.kind) ? m_metric->text().trimmed().toStdString() : std::string();
    if (rule.kind == RuleKind::LatencyQuantile)
        rule.quantile = m_quantile->value();
    rule.matchers = parseMatchers(m_matchers->text()).matchers;
    rule.by.reset();
    if (rule.kind != RuleKind::Gauge && !m_by->text().trimmed().isEmpty()) {
        metricmath::LabelNames names;
        for (const QString& name : m_by->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!name.trimmed().isEmpty())
                names.push_back(name.trimmed().toStdString());
        }
        rule.by = names;
    }
    if (takesRange(rule.kind))
        rule.rangeMs = durationMs(m_range->text(), AlertRule().rangeMs);
    rule.comparison = Comparison(m_comparison->currentData().toInt());
    // Not a number: NaN, which the model refuses at the field.
    rule.threshold = number(m_threshold->text()).value_or(std::nan(""));
    rule.forMs = durationMs(m_for->text(), 0);
    rule.keepFiringForMs = durationMs(m_keepFiringFor->text(), 0);
    rule.noDataAfterMs = durationMs(m_noDataAfter->text(), 0);
    rule.severity = Severity(m_severity->currentData().toInt());
    rule.summary = m_summary->text().trimmed();
    rule.labels = keyValues(m_labels->toPlainText());
    rule.annotations = keyValues(m_annotations->toPlainText());
    return rule;
}

QString AlertRuleForm::reworded(const QString& problem) const
{
    const QString key = problem.section(QStringLiteral(": "), 0, 0);
    const QString prefix = key + QStringLiteral(": ");
    if (key == QLatin1String("matchers") || key.startsWith(QLatin1String("matchers."))) {
        const QStringList unreadable = parseMatchers(m_matchers->text()).unreadable;
        if (!unreadable.isEmpty())
            return QStringLiteral("matchers: ") +
                   tr("\"%1\" is not label=value (exact matches only: no =~, != or empty values)")
                       .arg(unreadable.first());
    }
    if (key == QLatin1String("threshold") && !number(m_threshold->text()))
        return prefix + tr("\"%1\" is not a number").arg(m_threshold->text().trimmed());
    const std::array durations{std::pair{"rangeMs", m_range}, std::pair{"forMs", m_for},
                               std::pair{"keepFiringForMs", m_keepFiringFor},
                               std::pair{"noDataAfterMs", m_noDataAfter}};
    for (const auto& [name, edit] : durations) {
        if (key == QLatin1String(name) && !isDuration(edit->text()))
            return prefix +
                   tr("\"%1\" is not a duration; write e.g. 30s, 1m30s or 2h").arg(edit->text().trimmed());
    }
    return problem;
}
