#include "reportspage.h"

#include "reportspagepreview.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace {
struct ExportChoice
{
    report::ReportFormat format;
    const char* label;  // the button
    const char* filter; // the file dialog's
    const char* suffix;
};

const ExportChoice exportChoices[] = {
    {report::ReportFormat::Pdf, QT_TRANSLATE_NOOP("ReportsPage", "PDF"), "PDF (*.pdf)", ".pdf"},
    {report::ReportFormat::Html, QT_TRANSLATE_NOOP("ReportsPage", "HTML"), "HTML (*.html)", ".html"},
    {report::ReportFormat::Csv, QT_TRANSLATE_NOOP("ReportsPage", "CSV"), "CSV (*.csv)", ".csv"},
    {report::ReportFormat::Json, QT_TRANSLATE_NOOP("ReportsPage", "JSON"), "JSON (*.json)", ".json"},
    {report::ReportFormat::JUnit, QT_TRANSLATE_NOOP("ReportsPage", "JUnit"), "JUnit XML (*.xml)", ".xml"},
};

// A spin box whose 0 means "as the plan says".
QSpinBox* planOverride(int maximum, const QString& suffix, const QString& name, QWidget* parent)
{
    auto* box = new QSpinBox(parent);
    box->setObjectName(name);
    box->setRange(0, maximum);
    box->setSuffix(suffix);
    box->setSpecialValueText(ReportsPage::tr("as planned"));
    return box;
}
} // namespace

ReportsPage::ReportsPage(QWidget* parent)
    : QWidget(parent)
    , m_model(new ReportsPageModel(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<h2>Reports</h2>"), this));
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("reportsSplitter"));
    splitter->addWidget(listPane());
    splitter->addWidget(previewPane());
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({380, 800});
    layout->addWidget(splitter, 1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("reportsStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    setPlanRunning(false);
    updateButtons();
}

ReportsPage::~ReportsPage() = default;

QWidget* ReportsPage::listPane()
{
    auto* pane = new QWidget(this);
    auto* layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    m_list = new QTableView(pane);
    m_list->setObjectName(QStringLiteral("reportsList"));
    m_list->setModel(m_model);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setSectionResizeMode(ReportsPageModel::Name, QHeaderView::Stretch);
    layout->addWidget(m_list, 1);
    layout->addWidget(planBox());
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        m_pendingKey.clear();
        updateButtons();
        emit entrySelected(selectedKey());
    });
    return pane;
}

QWidget* ReportsPage::planBox()
{
    auto* box = new QGroupBox(tr("Acceptance plan"), this);
    auto* layout = new QVBoxLayout(box);
    auto* form = new QFormLayout;
    m_duration = planOverride(3600, tr(" s"), QStringLiteral("planDuration"), box);
    m_users = planOverride(10000, QString(), QStringLiteral("planUsers"), box);
    form->addRow(tr("Shorten load to"), m_duration);
    form->addRow(tr("Users"), m_users);
    layout->addLayout(form);
    auto* buttons = new QHBoxLayout;
    m_runPlan = new QPushButton(tr("Run plan…"), box);
    m_runPlan->setObjectName(QStringLiteral("runPlan"));
    auto* menu = new QMenu(m_runPlan);
    menu->addAction(tr("The default plan"), this, [this] { requestPlanRun({}); });
    menu->addAction(tr("A plan file…"), this, &ReportsPage::choosePlan);
    m_runPlan->setMenu(menu);
    m_cancel = new QPushButton(tr("Cancel"), box);
    m_cancel->setObjectName(QStringLiteral("cancelPlan"));
    connect(m_cancel, &QPushButton::clicked, this, &ReportsPage::cancelRequested);
    buttons->addWidget(m_runPlan);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_progress = new QPlainTextEdit(box);
    m_progress->setObjectName(QStringLiteral("planProgress"));
    m_progress->setReadOnly(true);
    m_progress->setMaximumBlockCount(500);
    m_progress->setFixedHeight(120);
    m_progress->setPlaceholderText(tr("The plan's progress shows here while it runs."));
    layout->addWidget(m_progress);
    return box;
}

QWidget* ReportsPage::previewPane()
{
    auto* pane = new QWidget(this);
    auto* layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    m_heading = new QLabel(pane);
    m_heading->setObjectName(QStringLiteral("previewHeading"));
    m_heading->setWordWrap(true);
    layout->addWidget(m_heading);
    layout->addWidget(exportBar());
    m_preview = new ReportsPagePreview(pane);
    m_preview->setObjectName(QStringLiteral("reportPreview"));
    m_preview->setMessage(tr("Pick a load run or an acceptance result to preview its report."));
    layout->addWidget(m_preview, 1);
    return pane;
}

QWidget* ReportsPage::exportBar()
{
    auto* bar = new QWidget(this);
    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    m_language = new QComboBox(bar);
    m_language->setObjectName(QStringLiteral("reportLanguage"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("中文"), QStringLiteral("zh"));
    connect(m_language, &QComboBox::currentIndexChanged, this, &ReportsPage::optionsChanged);
    m_signedBy = new QLineEdit(bar);
    m_signedBy->setObjectName(QStringLiteral("reportSignedBy"));
    m_signedBy->setPlaceholderText(tr("Signed by"));
    m_signedBy->setMaximumWidth(220);
    connect(m_signedBy, &QLineEdit::editingFinished, this, &ReportsPage::optionsChanged);
    layout->addWidget(m_language);
    layout->addWidget(m_signedBy);
    layout->addStretch(1);
    layout->addWidget(new QLabel(tr("Export:"), bar));
    for (const ExportChoice& choice : exportChoices) {
        auto* button = new QPushButton(tr(choice.label), bar);
        button->setObjectName(QStringLiteral("export") + QLatin1String(choice.label));
        connect(button, &QPushButton::clicked, this,
                [this, format = choice.format] { chooseExport(format); });
        layout->addWidget(button);
        m_exportButtons.append(button);
    }
    return bar;
}

void ReportsPage::setEntries(const QList<ReportEntry>& entries)
{
    const QString keep = m_pendingKey.isEmpty() ? selectedKey() : m_pendingKey;
    QSignalBlocker blocker(m_list->selectionModel()); // the same entry stays: no new preview
    m_model->setEntries(entries);
    blocker.unblock();
    if (!keep.isEmpty() && selectedKey() != keep)
        select(keep);
    updateButtons();
}

void ReportsPage::select(const QString& key)
{
    const int row = m_model->rowOf(key);
    if (row < 0) {
        m_pendingKey = key;
        return;
    }
    m_list->selectRow(row);
    m_list->scrollTo(m_model->index(row, 0));
}

QString ReportsPage::selectedKey() const
{
    const QModelIndexList rows = m_list->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_model->entries().at(rows.first().row()).key();
}

void ReportsPage::setPreviewHeading(const QString& text)
{
    m_heading->setText(text);
}

report::ReportOptions ReportsPage::options() const
{
    report::ReportOptions options;
    options.language = m_language->currentData().toString();
    options.signedBy = m_signedBy->text().trimmed();
    return options;
}

void ReportsPage::chooseExport(report::ReportFormat format)
{
    for (const ExportChoice& choice : exportChoices) {
        if (choice.format != format)
            continue;
        const QString name = m_model->entries().value(m_model->rowOf(selectedKey())).name;
        const QString fileName = QFileDialog::getSaveFileName(
            this, tr("Export the report"), name + QLatin1String(choice.suffix), QLatin1String(choice.filter));
        if (!fileName.isEmpty())
            exportTo(format, fileName);
    }
}

void ReportsPage::exportTo(report::ReportFormat format, const QString& fileName)
{
    if (!selectedKey().isEmpty())
        emit exportRequested(format, fileName);
}

void ReportsPage::choosePlan()
{
    const QString file =
        QFileDialog::getOpenFileName(this, tr("Run an acceptance plan"), {}, tr("Plans (*.json)"));
    if (!file.isEmpty())
        requestPlanRun(file);
}

void ReportsPage::requestPlanRun(const QString& planFile)
{
    m_progress->clear();
    emit planRunRequested(planFile, qint64(m_duration->value()) * 1000, m_users->value());
}

void ReportsPage::setStatus(const QString& text, bool isError)
{
    m_statusIsError = isError;
    m_status->setText(text);
    QPalette palette = this->palette();
    if (isError)
        palette.setColor(QPalette::WindowText, ReportsPageModel::verdictColour(ReportEntry::Verdict::Fail));
    m_status->setPalette(palette);
}

QString ReportsPage::statusText() const
{
    return m_status->text();
}

void ReportsPage::setPlanRunning(bool running)
{
    m_runPlan->setEnabled(!running);
    m_cancel->setEnabled(running);
}

void ReportsPage::appendProgress(const QString& line)
{
    m_progress->appendPlainText(line);
}

QString ReportsPage::progressText() const
{
    return m_progress->toPlainText();
}

void ReportsPage::updateButtons()
{
    const bool selected = !selectedKey().isEmpty();
    for (QPushButton* button : m_exportButtons)
        button->setEnabled(selected);
}
