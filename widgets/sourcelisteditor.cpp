#include "sourcelisteditor.h"

#include <QGridLayout>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>

SourceListEditor::SourceListEditor(QWidget* parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_add(new QPushButton(tr("Add"), this))
    , m_duplicate(new QPushButton(tr("Duplicate"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
{
    m_list->setObjectName(QStringLiteral("entries"));
    m_list->setIconSize(QSize(16, 16));
    m_add->setObjectName(QStringLiteral("add"));
    m_duplicate->setObjectName(QStringLiteral("duplicate"));
    m_remove->setObjectName(QStringLiteral("remove"));
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 0, 0, 1, 3);
    layout->addWidget(m_add, 1, 0);
    layout->addWidget(m_duplicate, 1, 1);
    layout->addWidget(m_remove, 1, 2);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        updateButtons();
        emit currentRowChanged(row);
    });
    connect(m_add, &QPushButton::clicked, this, &SourceListEditor::addRequested);
    connect(m_duplicate, &QPushButton::clicked, this, [this] { emit duplicateRequested(currentRow()); });
    connect(m_remove, &QPushButton::clicked, this, [this] { emit removeRequested(currentRow()); });
    updateButtons();
}

SourceListEditor::~SourceListEditor() = default;

void SourceListEditor::updateButtons()
{
    m_duplicate->setEnabled(currentRow() >= 0);
    m_remove->setEnabled(currentRow() >= 0);
}

void SourceListEditor::setNames(const QStringList& names)
{
    const int current = currentRow();
    {
        const QSignalBlocker quiet(m_list);
        m_list->clear();
        for (qsizetype row = 0; row < names.size(); ++row)
            m_list->addItem(QString());
        for (int row = 0; row < names.size(); ++row)
            setName(row, names.at(row));
    }
    // Re-selecting tells the form to show the (possibly new) entry at that row.
    m_list->setCurrentRow(-1);
    if (!names.isEmpty())
        m_list->setCurrentRow(std::clamp(current, 0, int(names.size()) - 1));
    updateButtons();
}

void SourceListEditor::setName(int row, const QString& name)
{
    if (QListWidgetItem* item = m_list->item(row))
        item->setText(name.isEmpty() ? tr("(no name)") : name);
}

void SourceListEditor::setProblems(int row, const QStringList& problems)
{
    QListWidgetItem* item = m_list->item(row);
    if (!item)
        return;
    item->setIcon(problems.isEmpty() ? QIcon() : style()->standardIcon(QStyle::SP_MessageBoxWarning));
    item->setToolTip(problems.join(QLatin1Char('\n')));
}

int SourceListEditor::count() const
{
    return m_list->count();
}

int SourceListEditor::currentRow() const
{
    return m_list->currentRow();
}

void SourceListEditor::setCurrentRow(int row)
{
    m_list->setCurrentRow(row);
}
