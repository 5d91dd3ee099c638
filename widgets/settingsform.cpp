#include "settingsform.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

SettingsForm::SettingsForm(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 4, 12, 12);
    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("formProblems"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::RichText);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems->setFrameShape(QFrame::StyledPanel);
    m_problems->setMargin(6);
    QPalette problemPalette = m_problems->palette();
    problemPalette.setColor(QPalette::WindowText, QColor(0xa4, 0x1e, 0x1e));
    m_problems->setPalette(problemPalette);
    m_problems->hide();
    layout->addWidget(m_problems);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    layout->addLayout(m_form);
    layout->addStretch(1);
}

SettingsForm::~SettingsForm() = default;

void SettingsForm::fieldEdited()
{
    if (!m_loading)
        emit edited();
}

void SettingsForm::addField(const QString& key, const QString& label, QWidget* field, const QString& help)
{
    if (!key.isEmpty()) {
        if (field->objectName().isEmpty())
            field->setObjectName(key);
        m_fields.insert(key, field);
    }
    m_form->addRow(label, field);
    if (!help.isEmpty())
        addHelp(help);
}

void SettingsForm::alsoKnownAs(const QString& key, QWidget* field)
{
    m_fields.insert(key, field);
}

QLabel* SettingsForm::addHelp(const QString& text)
{
    auto* help = new QLabel(text, this);
    help->setWordWrap(true);
    // A wrapped label keeps a narrow size hint; Expanding lets the form give it the field's width.
    help->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    QFont font = help->font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    help->setFont(font);
    QPalette palette = help->palette();
    palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
    help->setPalette(palette);
    m_form->addRow(QString(), help);
    return help;
}

QLineEdit* SettingsForm::addLineEdit(const QString& key, const QString& label, const QString& placeholder,
                                     const QString& help)
{
    auto* edit = new QLineEdit(this);
    edit->setPlaceholderText(placeholder);
    connect(edit, &QLineEdit::textChanged, this, &SettingsForm::fieldEdited);
    addField(key, label, edit, help);
    return edit;
}

QLineEdit* SettingsForm::addFileEdit(const QString& key, const QString& label, const QString& placeholder,
                                     const QString& help)
{
    auto* row = new QWidget(this);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* edit = new QLineEdit(row);
    edit->setObjectName(key);
    edit->setPlaceholderText(placeholder);
    auto* browse = new QToolButton(row);
    browse->setText(tr("Browse…"));
    layout->addWidget(edit, 1);
    layout->addWidget(browse);
    connect(edit, &QLineEdit::textChanged, this, &SettingsForm::fieldEdited);
    connect(browse, &QToolButton::clicked, this, [this, edit, label] {
        const QString file = QFileDialog::getOpenFileName(this, label, edit->text());
        if (!file.isEmpty())
            edit->setText(file);
    });
    row->setObjectName(key + QStringLiteral("Row"));
    m_fields.insert(key, edit);
    m_form->addRow(label, row);
    if (!help.isEmpty())
        addHelp(help);
    return edit;
}

QSpinBox* SettingsForm::addSpinBox(const QString& key, const QString& label, int minimum, int maximum,
                                   const QString& suffix, const QString& help)
{
    auto* spin = new QSpinBox(this);
    spin->setRange(minimum, maximum);
    spin->setSuffix(suffix);
    spin->setGroupSeparatorShown(true);
    spin->setAccelerated(true);
    connect(spin, &QSpinBox::valueChanged, this, &SettingsForm::fieldEdited);
    addField(key, label, spin, help);
    return spin;
}

QCheckBox* SettingsForm::addCheckBox(const QString& key, const QString& text, const QString& help)
{
    auto* check = new QCheckBox(text, this);
    connect(check, &QCheckBox::toggled, this, &SettingsForm::fieldEdited);
    addField(key, QString(), check, help);
    return check;
}

QWidget* SettingsForm::fieldFor(const QString& problem) const
{
    // "auth.username: missing" names its field; "mappings[2].path: ..." the mappings table.
    QString key = problem.section(QStringLiteral(": "), 0, 0);
    while (!key.isEmpty()) {
        if (QWidget* field = m_fields.value(key))
            return field;
        const qsizetype cut = std::max(key.lastIndexOf(QLatin1Char('.')), key.lastIndexOf(QLatin1Char('[')));
        key.truncate(std::max<qsizetype>(cut, 0));
    }
    // Some checks word it as "redis source \"x\": port: expected ...".
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        if (problem.contains(QLatin1Char(' ') + it.key() + QStringLiteral(": ")))
            return it.value();
    }
    return nullptr;
}

void SettingsForm::mark(QWidget* field, const QString& problem)
{
    QPalette palette = field->palette();
    const QColor tint(0xfd, 0xe4, 0xe4);
    palette.setColor(QPalette::Base, tint);
    palette.setColor(QPalette::Button, tint);
    field->setPalette(palette);
    field->setToolTip(problem);
    m_marked.append(field);
}

void SettingsForm::showProblems(const QStringList& modelProblems)
{
    QStringList problems;
    for (const QString& problem : modelProblems)
        problems.append(reworded(problem));
    if (problems == m_shownProblems)
        return;
    m_shownProblems = problems;
    for (QWidget* field : std::as_const(m_marked)) {
        field->setPalette(QPalette());
        field->setToolTip(QString());
    }
    m_marked.clear();
    QString text;
    for (const QString& problem : problems) {
        if (QWidget* field = fieldFor(problem))
            mark(field, problem);
        text += (text.isEmpty() ? QString() : QStringLiteral("<br>")) + QStringLiteral("⚠ ") +
                problem.toHtmlEscaped();
    }
    m_problems->setText(text);
    m_problems->setVisible(!problems.isEmpty());
}
