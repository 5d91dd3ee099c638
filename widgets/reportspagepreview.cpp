#include "reportspagepreview.h"

#include <QLabel>
#include <QPixmap>
#include <QResizeEvent>
#include <QScrollBar>
#include <QVBoxLayout>
#include <algorithm>

namespace {
constexpr int pageGap = 12;
}

ReportsPagePreview::ReportsPagePreview(QWidget* parent)
    : QScrollArea(parent)
    , m_content(new QWidget(this))
    , m_layout(new QVBoxLayout(m_content))
    , m_message(new QLabel(m_content))
{
    setWidgetResizable(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // pages fit the width instead
    // Always there: a bar appearing after the pages were scaled would cut their right edge.
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    setBackgroundRole(QPalette::Dark); // paper on a darker desk, as PDF viewers do
    m_layout->setSpacing(pageGap);
    m_layout->setContentsMargins(pageGap, pageGap, pageGap, pageGap);
    m_message->setObjectName(QStringLiteral("previewMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setForegroundRole(QPalette::BrightText);
    m_layout->addWidget(m_message);
    m_layout->addStretch(1);
    setWidget(m_content);
}

ReportsPagePreview::~ReportsPagePreview() = default;

void ReportsPagePreview::clearPages()
{
    qDeleteAll(m_labels);
    m_labels.clear();
    m_pages.clear();
    m_scaledWidth = 0;
}

void ReportsPagePreview::setMessage(const QString& text)
{
    clearPages();
    m_message->setText(text);
    m_message->show();
}

QString ReportsPagePreview::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void ReportsPagePreview::setPages(const QList<QImage>& pages)
{
    clearPages();
    m_message->hide();
    m_pages = pages;
    for (qsizetype i = 0; i < pages.size(); ++i) {
        auto* label = new QLabel(m_content);
        label->setObjectName(QStringLiteral("previewPage%1").arg(i + 1));
        label->setAlignment(Qt::AlignHCenter);
        m_layout->insertWidget(int(i), label);
        label->show(); // now, not once the layout's queued show runs: the pages are there when shown
        m_labels.append(label);
    }
    scalePages();
    verticalScrollBar()->setValue(0);
}

int ReportsPagePreview::pageWidth() const
{
    return std::max(viewport()->width() - 2 * pageGap, 100);
}

void ReportsPagePreview::scalePages()
{
    const int width = pageWidth();
    if (width == m_scaledWidth)
        return;
    m_scaledWidth = width;
    const qreal ratio = devicePixelRatioF();
    for (qsizetype i = 0; i < m_pages.size(); ++i) {
        QPixmap pixmap =
            QPixmap::fromImage(m_pages.at(i).scaledToWidth(int(width * ratio), Qt::SmoothTransformation));
        pixmap.setDevicePixelRatio(ratio);
        m_labels.at(i)->setPixmap(pixmap);
    }
}

void ReportsPagePreview::resizeEvent(QResizeEvent* event)
{
    QScrollArea::resizeEvent(event);
    scalePages();
}
