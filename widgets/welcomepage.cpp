#include "welcomepage.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
QLabel* scaledLabel(const QString& text, qreal scale, bool bold, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(bold);
    label->setFont(font);
    label->setWordWrap(true);
    return label;
}

QLabel* iconLabel(const QString& resource, int size, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setPixmap(QIcon(resource).pixmap(QSize(size, size), parent->devicePixelRatioF()));
    label->setFixedSize(size, size);
    return label;
}

QColor mix(const QColor& a, const QColor& b, qreal share)
{
    return QColor::fromRgbF(a.redF() * (1 - share) + b.redF() * share,
                            a.greenF() * (1 - share) + b.greenF() * share,
                            a.blueF() * (1 - share) + b.blueF() * share);
}
} // namespace

WelcomePage::WelcomePage(QWidget* parent)
    : QWidget(parent)
{
    auto* column = new QWidget(this);
    column->setMaximumWidth(860);
    auto* layout = new QVBoxLayout(column);
    layout->setSpacing(20);
    layout->addWidget(buildHeader());
    m_reason = new QLabel(column);
    m_reason->setObjectName(QStringLiteral("welcomeReason"));
    m_reason->setWordWrap(true);
    m_reason->setMargin(12);
    m_reason->setAutoFillBackground(true);
    m_reason->hide();
    layout->addWidget(m_reason);
    layout->addWidget(buildChoices());
    layout->addWidget(buildFooter());

    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(40, 32, 40, 32);
    auto* row = new QHBoxLayout; // the column takes what it can, up to its maximum, centred
    row->addStretch(1);
    row->addWidget(column, 6);
    row->addStretch(1);
    outer->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(2);
    updateColours();
}

WelcomePage::~WelcomePage() = default;

QWidget* WelcomePage::buildHeader()
{
    auto* header = new QWidget(this);
    auto* layout = new QHBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(18);
    layout->addWidget(iconLabel(QStringLiteral(":/icons/perfdash.svg"), 72, header), 0, Qt::AlignTop);
    auto* text = new QVBoxLayout;
    auto* title = scaledLabel(tr("Welcome to perfdash"), 2.0, true, header);
    title->setObjectName(QStringLiteral("welcomeTitle"));
    text->addWidget(title);
    text->addWidget(
        scaledLabel(tr("Prove that a web system meets its performance acceptance criteria: live "
                       "latency percentiles, cache, pools and queues with alerts, load runs and a "
                       "signed-off report."),
                    1.1, false, header));
    layout->addLayout(text, 1);
    return header;
}

QWidget* WelcomePage::buildChoices()
{
    auto* row = new QWidget(this);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(16);
    auto* demo = new QPushButton(tr("Explore the demo"), row);
    demo->setObjectName(QStringLiteral("exploreDemo"));
    demo->setDefault(true);
    connect(demo, &QPushButton::clicked, this, &WelcomePage::demoRequested);
    layout->addWidget(choiceCard(QStringLiteral(":/icons/overview.svg"), tr("See it working"),
                                 tr("perfdash starts its demo server on this machine (127.0.0.1 only) and "
                                    "watches it: every chart fills within seconds, alerts fire, load runs "
                                    "and reports work."),
                                 demo));
    auto* own = new QPushButton(tr("Start with my own system"), row);
    own->setObjectName(QStringLiteral("ownSystem"));
    connect(own, &QPushButton::clicked, this, &WelcomePage::ownSystemRequested);
    layout->addWidget(choiceCard(QStringLiteral(":/icons/endpoints.svg"), tr("Watch your service"),
                                 tr("Point perfdash at your service's Prometheus /metrics endpoint, test it, "
                                    "and the dashboard opens on a new workspace of your own."),
                                 own));
    return row;
}

QWidget* WelcomePage::choiceCard(const QString& icon, const QString& title, const QString& text,
                                 QPushButton* button)
{
    auto* card = new QFrame(this);
    card->setObjectName(button->objectName() + QStringLiteral("Card"));
    card->setFrameShape(QFrame::StyledPanel);
    card->setAutoFillBackground(true);
    auto* layout = new QVBoxLayout(card);
    layout->setContentsMargins(20, 18, 20, 18);
    layout->setSpacing(10);
    auto* top = new QHBoxLayout;
    top->addWidget(iconLabel(icon, 28, card));
    top->addWidget(scaledLabel(title, 1.25, true, card), 1);
    layout->addLayout(top);
    auto* body = scaledLabel(text, 1.0, false, card);
    body->setMinimumHeight(body->fontMetrics().lineSpacing() * 4);
    body->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    layout->addWidget(body, 1);
    button->setMinimumHeight(button->sizeHint().height() + 8);
    layout->addWidget(button);
    m_cards.append(card);
    return card;
}

QWidget* WelcomePage::buildFooter()
{
    auto* footer = new QWidget(this);
    auto* layout = new QHBoxLayout(footer);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* open = new QPushButton(QIcon::fromTheme(QStringLiteral("folder-open")),
                                 tr("Open a workspace folder…"), footer);
    open->setObjectName(QStringLiteral("openWorkspaceFolder"));
    open->setFlat(true);
    connect(open, &QPushButton::clicked, this, &WelcomePage::openFolderRequested);
    layout->addWidget(open);
    m_location = new QLabel(footer);
    m_location->setObjectName(QStringLiteral("workspacesLocation"));
    m_location->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_location, 1);
    return footer;
}

void WelcomePage::setReason(const QString& reason)
{
    m_reason->setText(reason);
    m_reason->setVisible(!reason.isEmpty());
}

QString WelcomePage::reason() const
{
    return m_reason->isVisible() ? m_reason->text() : QString();
}

void WelcomePage::setWorkspacesLocation(const QString& directory)
{
    m_location->setText(tr("Workspaces are kept in %1").arg(directory));
}

void WelcomePage::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_reason)
        updateColours();
}

void WelcomePage::updateColours()
{
    // Cards a shade off the window, the notice tinted amber: both follow the light and dark themes.
    const QPalette base = palette();
    const QColor window = base.color(QPalette::Window);
    const bool dark = window.lightness() < 128;
    for (QWidget* card : std::as_const(m_cards)) {
        QPalette palette = card->palette();
        palette.setColor(QPalette::Window, base.color(QPalette::Base));
        card->setPalette(palette);
    }
    QPalette notice = m_reason->palette();
    notice.setColor(QPalette::Window, mix(window, QColor(0xff, 0xb7, 0x4d), dark ? 0.22 : 0.30));
    notice.setColor(QPalette::WindowText, base.color(QPalette::WindowText));
    m_reason->setPalette(notice);
    QPalette muted = m_location->palette();
    muted.setColor(QPalette::WindowText, base.color(QPalette::PlaceholderText));
    m_location->setPalette(muted);
}
