#pragma once

#include <QImage>
#include <QList>
#include <QScrollArea>

class QLabel;
class QVBoxLayout;

// A report's pages one below the other, scaled to the width of the view (fit width), scrolling.
// Holds the images as rendered; only the scaled copies are redrawn on a resize.
class ReportsPagePreview : public QScrollArea
{
    Q_OBJECT
public:
    explicit ReportsPagePreview(QWidget* parent = nullptr);
    ~ReportsPagePreview() override;

    void setPages(const QList<QImage>& pages);
    // Replaces the pages by a line of text (waiting, nothing selected, an error).
    void setMessage(const QString& text);
    int pageCount() const { return int(m_pages.size()); }
    QString message() const;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void clearPages();
    void scalePages();
    int pageWidth() const;

    QWidget* m_content = nullptr;
    QVBoxLayout* m_layout = nullptr;
    QLabel* m_message = nullptr;
    QList<QImage> m_pages;
    QList<QLabel*> m_labels;
    int m_scaledWidth = 0;
};
