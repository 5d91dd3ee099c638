#include "pendingpage.h"

#include <QLabel>
#include <QVBoxLayout>

PendingPage::PendingPage(const QString& title, const QString& purpose, const QStringList& planned, int issue,
                         QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);

    auto* heading = new QLabel(title, this);
    heading->setObjectName(QStringLiteral("pageHeading"));
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    layout->addWidget(heading);

    auto* purposeLabel = new QLabel(purpose, this);
    purposeLabel->setWordWrap(true);
    layout->addWidget(purposeLabel);

    auto* status = new QLabel(tr("<b>Not built yet.</b> This page shows no data until its feature lands "
                                 "(issue #%1). Nothing here is simulated.")
                                  .arg(issue),
                              this);
    status->setObjectName(QStringLiteral("pendingStatus"));
    status->setWordWrap(true);
    status->setFrameShape(QFrame::StyledPanel);
    status->setMargin(10);
    layout->addSpacing(8);
    layout->addWidget(status);

    if (!planned.isEmpty()) {
        QString items;
        for (const QString& item : planned)
            items += QStringLiteral("<li>") + item.toHtmlEscaped() + QStringLiteral("</li>");
        auto* plannedLabel =
            new QLabel(tr("It will show:") + QStringLiteral("<ul>") + items + QStringLiteral("</ul>"), this);
        plannedLabel->setObjectName(QStringLiteral("plannedList"));
        plannedLabel->setWordWrap(true);
        layout->addWidget(plannedLabel);
    }
    layout->addStretch(1);
}

PendingPage::~PendingPage() = default;
