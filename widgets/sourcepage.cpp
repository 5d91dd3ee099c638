#include "sourcepage.h"

#include "chartgrid.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

SourcePage::SourcePage(const QString& title, const QString& kind, const QString& noSource, QWidget* parent)
    : QWidget(parent)
{
    m_body = new QVBoxLayout(this);
    m_body->setContentsMargins(24, 20, 24, 20);
    auto* header = new QHBoxLayout;
    auto* heading = new QLabel(title, this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    header->addWidget(heading, 1);
    m_source = new QComboBox(this);
    m_source->setObjectName(kind + QStringLiteral("Source"));
    m_source->hide();
    header->addWidget(m_source);
    m_body->addLayout(header);

    m_summary = new QLabel(noSource, this);
    m_summary->setObjectName(kind + QStringLiteral("Summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_body->addWidget(m_summary);
    m_charts = new ChartGrid(4, this);
    m_charts->setObjectName(kind + QStringLiteral("Charts"));
    m_body->addWidget(m_charts);
    connect(m_charts, &ChartGrid::zoomRequested, this, &SourcePage::zoomRequested);
    connect(m_charts, &ChartGrid::zoomResetRequested, this, &SourcePage::zoomResetRequested);
    connect(m_source, &QComboBox::currentTextChanged, this, [this](const QString& name) {
        pick(name);
        emit sourcePicked(name);
    });
}

SourcePage::~SourcePage() = default;

void SourcePage::setSources(const QStringList& names)
{
    forgetAllBut(names);
    const QString current = m_source->currentText();
    m_source->blockSignals(true);
    m_source->clear();
    m_source->addItems(names);
    m_source->setCurrentIndex(std::max(0, int(names.indexOf(current))));
    m_source->blockSignals(false);
    m_source->setVisible(names.size() > 1);
    if (names.isEmpty())
        m_charts->setPanels({}); // no source, no cards (an empty grid takes no room)
    pick(m_source->currentText());
    emit sourcePicked(m_source->currentText());
}

QString SourcePage::pickedSource() const
{
    return m_source->currentText();
}

void SourcePage::setCharts(const QList<ChartCardData>& charts)
{
    m_charts->setPanels(charts);
}

QList<ChartCard*> SourcePage::chartCards() const
{
    return m_charts->cards();
}

QString SourcePage::summaryText() const
{
    return m_summary->text();
}

void SourcePage::setSummary(const QString& html)
{
    m_summary->setText(html);
}

void SourcePage::resultArrived(const QString& source)
{
    if (m_source->findText(source) < 0) {
        m_source->addItem(source);
        m_source->setVisible(m_source->count() > 1);
    }
    if (m_source->currentText() == source)
        pick(source);
}

void SourcePage::pick(const QString& name)
{
    if (!name.isEmpty() && !showSource(name))
        m_summary->setText(tr("Source “%1”: waiting for the first poll.").arg(name));
}
