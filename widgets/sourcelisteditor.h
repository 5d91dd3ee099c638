#pragma once

#include <QStringList>
#include <QWidget>

class QListWidget;
class QPushButton;

// The entries of one list of the workspace (targets, probes, ...) by name, with Add, Duplicate and
// Remove. It holds no entries itself: it asks, and the settings page changes its configuration.
class SourceListEditor : public QWidget
{
    Q_OBJECT
public:
    explicit SourceListEditor(QWidget* parent = nullptr);
    ~SourceListEditor() override;

    // Keeps the current row when it still exists.
    void setNames(const QStringList& names);
    void setName(int row, const QString& name);
    // Marks a row whose entry cannot be saved; the problems are its tooltip.
    void setProblems(int row, const QStringList& problems);
    int count() const;
    int currentRow() const;
    void setCurrentRow(int row);

signals:
    void currentRowChanged(int row);
    void addRequested();
    void duplicateRequested(int row);
    void removeRequested(int row);

private:
    void updateButtons();

    QListWidget* m_list = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_duplicate = nullptr;
    QPushButton* m_remove = nullptr;
};
