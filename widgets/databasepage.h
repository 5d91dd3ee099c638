#pragma once

#include "postgrespollresult.h"

#include <QMap>
#include <QWidget>

class QComboBox;
class QLabel;
class QTabWidget;
class TextTableModel;

// PostgreSQL as the application sees it, from each source's latest poll: connections by state
// against max_connections, lock waits with their blockers, the slowest statements, long-running
// queries, cache hit ratio and transaction counters. A failed poll shows its error.
class DatabasePage : public QWidget
{
    Q_OBJECT
public:
    explicit DatabasePage(QWidget* parent = nullptr);
    ~DatabasePage() override;

    void setResult(const PostgresPollResult& result);
    // The sources still configured; others are dropped from the picker.
    void setSources(const QStringList& names);

    // For tests: what is shown.
    QString summaryText() const;
    QString statementsNote() const;
    TextTableModel* lockWaits() const { return m_lockWaits; }
    TextTableModel* statementsByTotal() const { return m_byTotal; }
    TextTableModel* longRunning() const { return m_longRunning; }

private:
    void showSource(const QString& name);

    QComboBox* m_source = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_note = nullptr;
    QTabWidget* m_tabs = nullptr;
    TextTableModel* m_lockWaits = nullptr;
    TextTableModel* m_byTotal = nullptr;
    TextTableModel* m_byMean = nullptr;
    TextTableModel* m_longRunning = nullptr;
    QMap<QString, PostgresPollResult> m_latest;
};
