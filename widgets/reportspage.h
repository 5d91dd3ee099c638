#pragma once

#include "reportfiles.h"
#include "reportspagemodel.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class ReportsPagePreview;

// The Reports page: stored load runs and acceptance results on the left, the selected one's report
// pages on the right with its language, signer and exports, and a plan run with its progress. It
// holds no store and renders nothing itself: the app feeds it and listens to its requests.
class ReportsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ReportsPage(QWidget* parent = nullptr);
    ~ReportsPage() override;

    // Newest first. The selection stays on its entry; a key asked for before it was listed is
    // selected when it appears.
    void setEntries(const QList<ReportEntry>& entries);
    ReportsPageModel* listModel() const { return m_model; }
    QTableView* listView() const { return m_list; }
    void select(const QString& key);
    QString selectedKey() const;
    ReportsPagePreview* preview() const { return m_preview; }
    void setPreviewHeading(const QString& text);

    report::ReportOptions options() const;
    // What the Export buttons do once a file is chosen (tests call it without the dialog).
    void exportTo(report::ReportFormat format, const QString& fileName);
    // What "Run plan…" does once the plan is chosen; empty: the built-in default plan.
    void requestPlanRun(const QString& planFile);

    void setStatus(const QString& text, bool isError = false);
    QString statusText() const;
    bool statusIsError() const { return m_statusIsError; }
    void setPlanRunning(bool running);
    void appendProgress(const QString& line);
    QString progressText() const;

signals:
    void entrySelected(const QString& key); // empty: nothing selected
    void optionsChanged();
    void exportRequested(report::ReportFormat format, const QString& fileName);
    // durationMs and users 0: as the plan says.
    void planRunRequested(const QString& planFile, qint64 durationMs, int users);
    void cancelRequested();

private:
    QWidget* listPane();
    QWidget* previewPane();
    QWidget* exportBar();
    QWidget* planBox();
    void chooseExport(report::ReportFormat format);
    void choosePlan();
    void updateButtons();

    ReportsPageModel* m_model = nullptr;
    QTableView* m_list = nullptr;
    QString m_pendingKey;
    QLabel* m_heading = nullptr;
    ReportsPagePreview* m_preview = nullptr;
    QComboBox* m_language = nullptr;
    QLineEdit* m_signedBy = nullptr;
    QList<QPushButton*> m_exportButtons;
    QLabel* m_status = nullptr;
    bool m_statusIsError = false;
    QPushButton* m_runPlan = nullptr;
    QPushButton* m_cancel = nullptr;
    QSpinBox* m_duration = nullptr;
    QSpinBox* m_users = nullptr;
    QPlainTextEdit* m_progress = nullptr;
};
