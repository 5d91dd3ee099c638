#include "traystatus.h"

TrayStatus::TrayStatus(QObject* parent)
    : QObject(parent)
{
}

TrayStatus::~TrayStatus() = default;

void TrayStatus::setWorkspaceName(const QString& name)
{
    if (name == m_workspace)
        return;
    m_workspace = name;
    emit changed();
}

void TrayStatus::setFiringCount(int count)
{
    if (count == m_firing)
        return;
    m_firing = count;
    emit changed();
}

QString TrayStatus::firingText() const
{
    return m_firing == 0 ? tr("No alerts firing") : tr("%n alert(s) firing", nullptr, m_firing);
}

QString TrayStatus::toolTip() const
{
    if (m_workspace.isEmpty())
        return tr("perfdash — no workspace open");
    return tr("perfdash — %1").arg(m_workspace) + QLatin1Char('\n') + firingText();
}
