#include "secretsourceedit.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

SecretSourceEdit::SecretSourceEdit(const QString& secretWord, bool allowNone, QWidget* parent)
    : QWidget(parent)
    , m_kind(new QComboBox(this))
    , m_reference(new QLineEdit(this))
    , m_help(new QLabel(this))
{
    m_kind->setObjectName(QStringLiteral("secretKind"));
    m_reference->setObjectName(QStringLiteral("secretReference"));
    m_help->setObjectName(QStringLiteral("secretHelp"));
    if (allowNone)
        m_kind->addItem(tr("None"), None);
    m_kind->addItem(tr("Environment variable"), Environment);
    m_kind->addItem(tr("File"), File);
    m_help->setWordWrap(true);
    m_help->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    QFont font = m_help->font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    m_help->setFont(font);
    QPalette palette = m_help->palette();
    palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
    m_help->setPalette(palette);
    m_reference->setInputMethodHints(Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_kind);
    layout->addWidget(m_reference, 1);
    setSecretWord(secretWord);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        explain();
        emit edited();
    });
    connect(m_reference, &QLineEdit::textChanged, this, &SecretSourceEdit::edited);
}

SecretSourceEdit::~SecretSourceEdit() = default;

SecretSourceEdit::Kind SecretSourceEdit::kind() const
{
    return Kind(m_kind->currentData().toInt());
}

void SecretSourceEdit::setSecretWord(const QString& secretWord)
{
    m_secretWord = secretWord;
    explain();
}

void SecretSourceEdit::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::EnabledChange)
        m_help->setEnabled(isEnabled());
    QWidget::changeEvent(event);
}

void SecretSourceEdit::explain()
{
    m_reference->setEnabled(kind() != None);
    switch (kind()) {
    case None:
        m_reference->setPlaceholderText(QString());
        m_help->setText(tr("No %1 is sent.").arg(m_secretWord));
        break;
    case Environment:
        m_reference->setPlaceholderText(tr("e.g. ERP_METRICS_TOKEN"));
        m_help->setText(tr("Name of the environment variable that holds the %1, read when perfdash "
                           "connects. Never the %1 itself: the workspace file stores no secret.")
                            .arg(m_secretWord));
        break;
    case File:
        m_reference->setPlaceholderText(tr("e.g. /run/secrets/erp-token"));
        m_help->setText(tr("Path of a file whose first line is the %1, read when perfdash connects. "
                           "The workspace file stores only the path.")
                            .arg(m_secretWord));
        break;
    }
}

void SecretSourceEdit::setSource(const SecretSource& source)
{
    const QSignalBlocker blockKind(m_kind);
    const QSignalBlocker blockReference(m_reference);
    // An environment variable wins when both are set, as SecretSource::read() does.
    const Kind kind = !source.environmentVariable.isEmpty() ? Environment
                      : !source.file.isEmpty()              ? File
                      : m_kind->findData(None) >= 0         ? None
                                                            : Environment;
    m_kind->setCurrentIndex(m_kind->findData(kind));
    m_reference->setText(kind == Environment ? source.environmentVariable : source.file);
    explain();
}

SecretSource SecretSourceEdit::source() const
{
    SecretSource source;
    const QString reference = m_reference->text().trimmed();
    if (kind() == Environment)
        source.environmentVariable = reference;
    else if (kind() == File)
        source.file = reference;
    return source;
}
