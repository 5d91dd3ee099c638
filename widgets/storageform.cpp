#include "storageform.h"

#include <QScopedValueRollback>
#include <QSpinBox>

StorageForm::StorageForm(QWidget* parent)
    : SettingsForm(parent)
{
    m_retention = addSpinBox(QStringLiteral("retentionDays"), tr("Keep samples for"), 0, 100 * 365,
                             tr(" days"), tr("Older samples are deleted. 0 keeps everything."));
    m_retention->setSpecialValueText(tr("ever"));
    m_maxFile =
        addSpinBox(QStringLiteral("maxFileMiB"), tr("Largest data file"), 0, 16 * 1024 * 1024, tr(" MiB"),
                   tr("Past this size the oldest data goes first. 0 for no limit, else at least 16 MiB."));
    m_maxFile->setSpecialValueText(tr("no limit"));
    m_maxFile->setSingleStep(256);
    addHelp(tr("Storage settings take effect the next time the workspace is opened."));
}

StorageForm::~StorageForm() = default;

void StorageForm::setValue(const StorageSettings& storage)
{
    const QScopedValueRollback<bool> quiet(loading(), true);
    m_retention->setValue(storage.retentionDays);
    m_maxFile->setValue(storage.maxFileMiB);
}

StorageSettings StorageForm::value() const
{
    return {m_retention->value(), m_maxFile->value()};
}
