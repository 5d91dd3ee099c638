#include "jsonendpointform.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSpinBox>
#include <QTableWidget>

namespace {
constexpr int dayMs = 24 * 3600 * 1000;
enum Column
{
    PathColumn,
    MetricColumn,
    LabelsColumn
};

QString cell(const QTableWidget* table, int row, int column)
{
    const QTableWidgetItem* item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}
} // namespace

JsonEndpointForm::JsonEndpointForm(QWidget* parent)
    : SettingsForm(parent)
{
    m_name = addLineEdit(QStringLiteral("name"), tr("Name"), tr("e.g. erp performance"),
                         tr("Unique among the JSON endpoints; stored samples carry it as the job label."));
    m_url =
        addLineEdit(QStringLiteral("url"), tr("URL"), tr("https://erp.example:8443/api/performance/metrics"));
    m_interval = addSpinBox(QStringLiteral("intervalMs"), tr("Poll interval"), 100, dayMs, tr(" ms"));
    m_interval->setSingleStep(1000);
    m_timeout = addSpinBox(QStringLiteral("timeoutMs"), tr("Timeout"), 10, dayMs, tr(" ms"));
    m_timeout->setSingleStep(500);

    m_mappings = new QTableWidget(0, 3, this);
    m_mappings->setHorizontalHeaderLabels({tr("JSON path"), tr("Metric"), tr("Labels for *")});
    m_mappings->horizontalHeader()->setStretchLastSection(true);
    m_mappings->horizontalHeader()->setSectionResizeMode(PathColumn, QHeaderView::Stretch);
    m_mappings->horizontalHeader()->setSectionResizeMode(MetricColumn, QHeaderView::Stretch);
    m_mappings->verticalHeader()->hide();
    m_mappings->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_mappings->setMinimumHeight(160);
    connect(m_mappings, &QTableWidget::itemChanged, this, &JsonEndpointForm::fieldEdited);
    addField(QStringLiteral("mappings"), tr("Mappings"), m_mappings,
             tr("Path e.g. queues.*.length, metric queue_length, labels queue (one name per *, "
                "comma-separated)."));

    auto* buttons = new QWidget(this);
    auto* row = new QHBoxLayout(buttons);
    row->setContentsMargins(0, 0, 0, 0);
    auto* add = new QPushButton(tr("Add mapping"), buttons);
    add->setObjectName(QStringLiteral("addMapping"));
    auto* remove = new QPushButton(tr("Remove mapping"), buttons);
    remove->setObjectName(QStringLiteral("removeMapping"));
    auto* preset = new QPushButton(tr("Use the performance-metrics preset"), buttons);
    preset->setObjectName(QStringLiteral("presetMappings"));
    preset->setToolTip(tr("Seed 003's /api/performance/metrics: min/max/avg/total seconds and count per "
                          "operation. Replaces the mappings above."));
    row->addWidget(add);
    row->addWidget(remove);
    row->addStretch(1);
    row->addWidget(preset);
    form()->addRow(QString(), buttons);
    connect(add, &QPushButton::clicked, this, [this] {
        QList<JsonMapping> list = mappings();
        list.append(JsonMapping{});
        setMappings(list);
        m_mappings->setCurrentCell(int(list.size()) - 1, PathColumn);
        m_mappings->editItem(m_mappings->currentItem());
        fieldEdited();
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int current = m_mappings->currentRow();
        if (current < 0)
            return;
        QList<JsonMapping> list = mappings();
        list.removeAt(current);
        setMappings(list);
        fieldEdited();
    });
    connect(preset, &QPushButton::clicked, this, [this] {
        setMappings(JsonEndpoint::performanceMetricsMappings());
        fieldEdited();
    });
}

JsonEndpointForm::~JsonEndpointForm() = default;

void JsonEndpointForm::setMappings(const QList<JsonMapping>& mappings)
{
    const QSignalBlocker quiet(m_mappings);
    m_mappings->setRowCount(int(mappings.size()));
    for (int row = 0; row < mappings.size(); ++row) {
        const JsonMapping& mapping = mappings.at(row);
        m_mappings->setItem(row, PathColumn, new QTableWidgetItem(mapping.path));
        m_mappings->setItem(row, MetricColumn, new QTableWidgetItem(mapping.metric));
        m_mappings->setItem(row, LabelsColumn,
                            new QTableWidgetItem(mapping.wildcardLabels.join(QStringLiteral(", "))));
    }
}

QList<JsonMapping> JsonEndpointForm::mappings() const
{
    QList<JsonMapping> list;
    for (int row = 0; row < m_mappings->rowCount(); ++row) {
        JsonMapping mapping;
        mapping.path = cell(m_mappings, row, PathColumn);
        mapping.metric = cell(m_mappings, row, MetricColumn);
        for (const QString& label :
             cell(m_mappings, row, LabelsColumn).split(QLatin1Char(','), Qt::SkipEmptyParts))
            mapping.wildcardLabels.append(label.trimmed());
        list.append(mapping);
    }
    return list;
}

void JsonEndpointForm::setValue(const JsonEndpoint& endpoint)
{
    const QScopedValueRollback<bool> quiet(loading(), true);
    m_value = endpoint;
    m_name->setText(endpoint.name);
    m_url->setText(endpoint.url.toString());
    m_interval->setValue(endpoint.intervalMs);
    m_timeout->setValue(endpoint.timeoutMs);
    setMappings(endpoint.mappings);
}

JsonEndpoint JsonEndpointForm::value() const
{
    JsonEndpoint endpoint = m_value;
    endpoint.name = m_name->text().trimmed();
    endpoint.url = QUrl(m_url->text().trimmed());
    endpoint.intervalMs = m_interval->value();
    endpoint.timeoutMs = m_timeout->value();
    endpoint.mappings = mappings();
    return endpoint;
}
