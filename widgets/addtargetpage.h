#pragma once

#include "addtargetcheck.h"
#include "scrapetarget.h"
#include "workspaceconfig.h"

#include <QWidget>

class AddTargetForm;
class QLabel;
class QPushButton;

// The guided step of a first workspace on the user's own system: the /metrics URL (and a health
// URL), a Test that scrapes it once, and Finish, which hands the workspace over to be written.
// The page only asks and shows; the scrape and the files are the app's.
class AddTargetPage : public QWidget
{
    Q_OBJECT
public:
    explicit AddTargetPage(QWidget* parent = nullptr);
    ~AddTargetPage() override;

    // Empties the fields for a new start, the workspace name proposed.
    void reset(const QString& workspaceName);
    AddTargetForm* form() const { return m_form; }
    void showTestRunning();
    void showCheck(const AddTargetCheck& check);
    // Finish was refused (a workspace of that name exists, the disk said no): why, fields kept.
    void showFinishError(const QString& message);
    QString resultText() const;

signals:
    void testRequested(const ScrapeTarget& target);
    void finishRequested(const WorkspaceConfig& config);
    void cancelled();

protected:
    void changeEvent(QEvent* event) override;

private:
    QWidget* buildHeader();
    void updateStepColour();
    QWidget* buildButtons();
    void validate();
    void test();
    void finish();
    void showResult(const QString& text, bool good);

    AddTargetForm* m_form = nullptr;
    QPushButton* m_test = nullptr;
    QPushButton* m_finish = nullptr;
    QLabel* m_result = nullptr;
    QLabel* m_step = nullptr;
};
