#pragma once

#include "chartcard.h"

#include <QStringList>
#include <QWidget>

class ChartGrid;
class QComboBox;
class QLabel;
class QVBoxLayout;

// A page about one kind of source (PostgreSQL, Redis): a heading, a picker of the configured
// sources (shown when there are several), a summary line and the picked source's charts;
// subclasses keep each source's latest poll and show the picked one below them.
class SourcePage : public QWidget
{
    Q_OBJECT
public:
    // `kind` names the picker ("database" -> object name "databaseSource"); `noSource` is the
    // summary while the workspace has no such source.
    SourcePage(const QString& title, const QString& kind, const QString& noSource, QWidget* parent = nullptr);
    ~SourcePage() override;

    // The sources still configured; the others' polls are forgotten.
    void setSources(const QStringList& names);
    QString summaryText() const;
    // The source shown (the picker's choice; the only one when there is one).
    QString pickedSource() const;
    // The picked source's charts over the window's time range (the app computes them).
    void setCharts(const QList<ChartCardData>& charts);
    QList<ChartCard*> chartCards() const;

signals:
    void sourcePicked(const QString& name);
    void zoomRequested(qint64 startMs, qint64 endMs);
    void zoomResetRequested();

protected:
    QVBoxLayout* body() const { return m_body; }
    void setSummary(const QString& html);
    // Call with each poll's source, after keeping its result: adds it to the picker and redraws it
    // when it is the picked one.
    void resultArrived(const QString& source);
    // Draws the picked source; false when there is no poll of it yet (the summary then says so).
    virtual bool showSource(const QString& name) = 0;
    virtual void forgetAllBut(const QStringList& names) = 0;

private:
    void pick(const QString& name);

    QComboBox* m_source = nullptr;
    ChartGrid* m_charts = nullptr;
    QLabel* m_summary = nullptr;
    QVBoxLayout* m_body = nullptr;
};
