#include "loadlauncher.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>
#include <algorithm>

namespace {
const QString fileChoice = QStringLiteral("\x01file"); // the combo's data for "a scenario file"

QSpinBox* spinBox(int maximum, const QString& suffix, const QString& special, QWidget* parent)
{
    auto* box = new QSpinBox(parent);
    box->setRange(0, maximum);
    box->setSuffix(suffix);
    box->setSpecialValueText(special); // 0: as the scenario says
    return box;
}
} // namespace

LoadLauncher::LoadLauncher(QWidget* parent)
    : QWidget(parent)
{
    m_confirmRemote = [this](const QString& host) {
        return QMessageBox::question(this, tr("Load a remote target?"),
                                     tr("%1 is not this machine. A load run sends it many requests. "
                                        "Run against it anyway?")
                                         .arg(host)) == QMessageBox::Yes;
    };
    addForm();
    setRunning(false);
}

LoadLauncher::~LoadLauncher() = default;

void LoadLauncher::addForm()
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* columns = new QHBoxLayout;
    auto* left = new QFormLayout;
    auto* right = new QFormLayout;
    columns->addLayout(left, 3);
    columns->addSpacing(16);
    columns->addLayout(right, 2);
    layout->addLayout(columns);

    m_scenario = new QComboBox(this);
    m_scenario->setObjectName(QStringLiteral("loadScenario"));
    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("loadScenarioFile"));
    m_file->setPlaceholderText(tr("scenario.json"));
    m_browse = new QPushButton(tr("Browse…"), this);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);
    m_target = new QLineEdit(this);
    m_target->setObjectName(QStringLiteral("loadTarget"));
    m_target->setPlaceholderText(tr("the scenario's target"));
    left->addRow(tr("Scenario"), m_scenario);
    left->addRow(tr("File"), fileRow);
    left->addRow(tr("Target"), m_target);
    connect(m_browse, &QPushButton::clicked, this, &LoadLauncher::chooseFile);
    connect(m_scenario, &QComboBox::currentIndexChanged, this, [this] {
        const bool file = m_scenario->currentData().toString() == fileChoice;
        m_file->setEnabled(file);
        m_browse->setEnabled(file);
    });

    m_model = new QComboBox(this);
    m_model->setObjectName(QStringLiteral("loadModel"));
    m_model->addItem(tr("As the scenario says"), int(LoadLaunchRequest::Model::AsScenario));
    m_model->addItem(tr("Closed: concurrent users"), int(LoadLaunchRequest::Model::Closed));
    m_model->addItem(tr("Open: arrival rate"), int(LoadLaunchRequest::Model::Open));
    const QString asScenario = tr("scenario's");
    m_users = spinBox(100'000, tr(" users"), asScenario, this);
    m_users->setObjectName(QStringLiteral("loadUsers"));
    m_rate = new QDoubleSpinBox(this);
    m_rate->setObjectName(QStringLiteral("loadRate"));
    m_rate->setRange(0, 1'000'000);
    m_rate->setSuffix(tr(" req/s"));
    m_rate->setSpecialValueText(asScenario);
    m_duration = spinBox(24 * 3600, tr(" s"), asScenario, this);
    m_duration->setObjectName(QStringLiteral("loadDuration"));
    m_maxRequests = spinBox(1'000'000'000, {}, asScenario, this);
    m_maxRequests->setObjectName(QStringLiteral("loadMaxRequests"));
    right->addRow(tr("Model"), m_model);
    right->addRow(tr("Users"), m_users);
    right->addRow(tr("Rate"), m_rate);
    right->addRow(tr("Duration"), m_duration);
    right->addRow(tr("Max requests"), m_maxRequests);

    auto* controls = new QHBoxLayout;
    m_run = new QPushButton(tr("Run"), this);
    m_run->setObjectName(QStringLiteral("runLoad"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelLoad"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("loadProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_time = new QLabel(this);
    m_time->setObjectName(QStringLiteral("loadTime"));
    controls->addWidget(m_run);
    controls->addWidget(m_cancel);
    controls->addWidget(m_progress, 1);
    controls->addWidget(m_time);
    layout->addLayout(controls);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("loadStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    connect(m_run, &QPushButton::clicked, this, &LoadLauncher::run);
    connect(m_cancel, &QPushButton::clicked, this, &LoadLauncher::cancelRequested);
}

void LoadLauncher::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Scenario file"), m_file->text(),
                                                      tr("Scenarios (*.json);;All files (*)"));
    if (!path.isEmpty())
        m_file->setText(path);
}

void LoadLauncher::setPresets(const QStringList& names)
{
    m_scenario->clear();
    for (const QString& name : names)
        m_scenario->addItem(tr("Preset: %1").arg(name), name);
    m_scenario->addItem(tr("Scenario file…"), fileChoice);
}

void LoadLauncher::setTarget(const QString& url)
{
    m_target->setText(url);
}

QString LoadLauncher::target() const
{
    return m_target->text().trimmed();
}

LoadLaunchRequest LoadLauncher::request() const
{
    LoadLaunchRequest request;
    if (m_scenario->currentData().toString() == fileChoice)
        request.scenarioFile = m_file->text().trimmed();
    else
        request.preset = m_scenario->currentData().toString();
    request.target = target();
    request.model = LoadLaunchRequest::Model(m_model->currentData().toInt());
    request.users = m_users->value();
    request.rate = m_rate->value();
    request.durationMs = qint64(m_duration->value()) * 1000;
    request.maxRequests = m_maxRequests->value();
    return request;
}

bool LoadLauncher::isLoopback(const QString& host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool LoadLauncher::run()
{
    LoadLaunchRequest request = this->request();
    const QUrl url(request.target);
    if (!request.target.isEmpty() && (!url.isValid() || url.host().isEmpty())) {
        setStatus(tr("The target is not a URL: %1").arg(request.target));
        return false;
    }
    if (!request.target.isEmpty() && !isLoopback(url.host())) {
        if (!m_confirmRemote(url.host())) {
            setStatus(tr("Not run: %1 was not confirmed.").arg(url.host()));
            return false;
        }
        request.allowRemote = true;
    }
    emit runRequested(request);
    return true;
}

void LoadLauncher::setRunning(bool running)
{
    m_run->setEnabled(!running);
    m_cancel->setEnabled(running);
    for (QWidget* field : std::initializer_list<QWidget*>{m_scenario, m_target, m_model, m_users, m_rate,
                                                          m_duration, m_maxRequests})
        field->setEnabled(!running);
    if (running) {
        m_progress->setValue(0);
        m_time->clear();
    }
}

void LoadLauncher::setProgress(qint64 elapsedMs, qint64 plannedMs, qint64 requests, qint64 maxRequests)
{
    const double byTime = plannedMs > 0 ? double(elapsedMs) / double(plannedMs) : 0;
    const double byCount = maxRequests > 0 ? double(requests) / double(maxRequests) : 0;
    m_progress->setValue(int(std::clamp(std::max(byTime, byCount), 0.0, 1.0) * 1000));
    const qint64 remaining = std::max<qint64>(0, plannedMs - elapsedMs);
    m_time->setText(tr("%1 s elapsed, %2 s remaining").arg(elapsedMs / 1000).arg((remaining + 999) / 1000));
}

void LoadLauncher::setStatus(const QString& text)
{
    m_status->setText(text);
}

QString LoadLauncher::statusText() const
{
    return m_status->text();
}

int LoadLauncher::progressValue() const
{
    return m_progress->value();
}
