#include "addtargetpage.h"

#include "addtargetform.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

namespace {
QLabel* headingLabel(const QString& text, qreal scale, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(true);
    label->setFont(font);
    return label;
}
} // namespace

AddTargetPage::AddTargetPage(QWidget* parent)
    : QWidget(parent)
    , m_form(new AddTargetForm(this))
    , m_result(new QLabel(this))
{
    auto* column = new QWidget(this);
    column->setMaximumWidth(720);
    auto* layout = new QVBoxLayout(column);
    layout->setSpacing(14);
    layout->addWidget(buildHeader());
    layout->addWidget(m_form);
    m_result->setObjectName(QStringLiteral("testResult"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::RichText);
    m_result->setFrameShape(QFrame::StyledPanel);
    m_result->setMargin(10);
    m_result->hide();
    layout->addWidget(m_result);
    layout->addWidget(buildButtons());

    auto* outer = new QHBoxLayout(this);
    outer->setContentsMargins(32, 40, 32, 32);
    outer->addStretch(1);
    outer->addWidget(column, 4, Qt::AlignTop);
    outer->addStretch(1);
    connect(m_form, &SettingsForm::edited, this, &AddTargetPage::validate);
    connect(m_form, &SettingsForm::edited, m_result, &QLabel::hide); // a result is about the URL tested
    validate();
}

AddTargetPage::~AddTargetPage() = default;

void AddTargetPage::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_step)
        updateStepColour();
}

void AddTargetPage::updateStepColour()
{
    QPalette muted = m_step->palette();
    muted.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    m_step->setPalette(muted);
}

QWidget* AddTargetPage::buildHeader()
{
    auto* header = new QWidget(this);
    auto* layout = new QVBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    m_step = new QLabel(tr("Start with my own system"), header);
    updateStepColour();
    layout->addWidget(m_step);
    auto* heading = headingLabel(tr("Add your first target"), 1.6, header);
    heading->setObjectName(QStringLiteral("addTargetHeading"));
    layout->addWidget(heading);
    auto* intro = new QLabel(tr("perfdash reads your service's Prometheus <b>/metrics</b> endpoint: latency "
                                "histograms, request counters, pools and queues. Enter its URL and test it. "
                                "TLS, authentication, databases and Redis are added later in Settings."),
                             header);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    return header;
}

QWidget* AddTargetPage::buildButtons()
{
    auto* row = new QWidget(this);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 8, 0, 0);
    m_test = new QPushButton(tr("Test"), row);
    m_test->setObjectName(QStringLiteral("testTarget"));
    m_test->setToolTip(tr("Scrape the metrics URL once and show what it exposes."));
    connect(m_test, &QPushButton::clicked, this, &AddTargetPage::test);
    layout->addWidget(m_test);
    layout->addStretch(1);
    auto* cancel = new QPushButton(tr("Cancel"), row);
    cancel->setObjectName(QStringLiteral("cancelAddTarget"));
    connect(cancel, &QPushButton::clicked, this, &AddTargetPage::cancelled);
    layout->addWidget(cancel);
    m_finish = new QPushButton(tr("Create workspace"), row);
    m_finish->setObjectName(QStringLiteral("finishAddTarget"));
    m_finish->setDefault(true);
    connect(m_finish, &QPushButton::clicked, this, &AddTargetPage::finish);
    layout->addWidget(m_finish);
    for (QPushButton* button : {m_test, cancel, m_finish}) // room around the words, as dialog buttons have
        button->setMinimumWidth(button->sizeHint().width() + 24);
    return row;
}

void AddTargetPage::reset(const QString& workspaceName)
{
    m_form->reset(workspaceName);
    m_result->hide();
    m_test->setEnabled(true);
    validate();
    m_form->showProblems({}); // an empty start is not an error yet
    m_form->urlEdit()->setFocus();
}

void AddTargetPage::validate()
{
    const QStringList problems = m_form->problems();
    m_form->showProblems(problems);
    m_finish->setEnabled(problems.isEmpty());
}

void AddTargetPage::test()
{
    const QStringList problems = m_form->problems();
    const bool urlOk = std::none_of(problems.begin(), problems.end(),
                                    [](const QString& p) { return p.startsWith(QLatin1String("url")); });
    if (!urlOk) {
        m_form->showProblems(problems);
        showResult(tr("Enter a valid metrics URL first."), false);
        return;
    }
    emit testRequested(m_form->draft().targets.constFirst());
}

void AddTargetPage::finish()
{
    if (m_form->problems().isEmpty())
        emit finishRequested(m_form->draft());
}

void AddTargetPage::showTestRunning()
{
    m_test->setEnabled(false);
    m_result->setPalette(palette());
    m_result->setText(
        tr("Scraping %1…").arg(m_form->draft().targets.constFirst().url.toString().toHtmlEscaped()));
    m_result->show();
}

void AddTargetPage::showCheck(const AddTargetCheck& check)
{
    m_test->setEnabled(true);
    if (!check.ok) {
        showResult(tr("<b>The scrape failed:</b> %1").arg(check.error.toHtmlEscaped()), false);
        return;
    }
    QString text = tr("<b>Success.</b> %n metric famil(y/ies)", nullptr, check.families) +
                   tr(", %n sample(s) in %1 ms.", nullptr, int(check.samples))
                       .arg(QString::number(check.seconds * 1000, 'f', 0));
    text += QStringLiteral("<br>") + (check.requestHistograms
                                          ? tr("HTTP request histograms found: the latency cards will fill.")
                                          : tr("No http_request_duration_seconds histogram: the latency "
                                               "cards will stay empty, the other figures are charted."));
    showResult(text, true);
}

void AddTargetPage::showFinishError(const QString& message)
{
    showResult(message.toHtmlEscaped(), false);
}

QString AddTargetPage::resultText() const
{
    return m_result->isVisible() ? m_result->text() : QString();
}

void AddTargetPage::showResult(const QString& text, bool good)
{
    m_result->setText((good ? QStringLiteral("✔ ") : QStringLiteral("⚠ ")) + text);
    QPalette palette = this->palette();
    // Readable on either theme: deep tones on a light window, soft ones on a dark window.
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    const QColor tone = good ? (dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x2e, 0x7d, 0x32))
                             : (dark ? QColor(0xef, 0x9a, 0x9a) : QColor(0xc6, 0x28, 0x28));
    palette.setColor(QPalette::WindowText, tone);
    m_result->setPalette(palette);
    m_result->show();
}
