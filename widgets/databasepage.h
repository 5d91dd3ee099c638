#pragma once

#include "postgrespollresult.h"
#include "sourcepage.h"

#include <QMap>

class QLabel;
class QTabWidget;
class TextTableModel;

// PostgreSQL as the application sees it, from each source's latest poll: connections by state
// against max_connections, lock waits with their blockers, the slowest statements, long-running
// queries, cache hit ratio and transaction counters. A failed poll shows its error.
class DatabasePage : public SourcePage
{
    Q_OBJECT
public:
    explicit DatabasePage(QWidget* parent = nullptr);
    ~DatabasePage() override;

    void setResult(const PostgresPollResult& result);

    // For tests: what is shown.
    QString statementsNote() const;
    TextTableModel* lockWaits() const { return m_lockWaits; }
    TextTableModel* statementsByTotal() const { return m_byTotal; }
    TextTableModel* longRunning() const { return m_longRunning; }

protected:
    bool showSource(const QString& name) override;
    void forgetAllBut(const QStringList& names) override;

private:
    QLabel* m_note = nullptr;
    QTabWidget* m_tabs = nullptr;
    TextTableModel* m_lockWaits = nullptr;
    TextTableModel* m_byTotal = nullptr;
    TextTableModel* m_byMean = nullptr;
    TextTableModel* m_longRunning = nullptr;
    QMap<QString, PostgresPollResult> m_latest;
};
