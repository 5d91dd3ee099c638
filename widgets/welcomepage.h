#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

// What a first start shows instead of an empty dashboard: the product, the demo or the user's own
// system, and an existing workspace folder. Also where perfdash comes back to, with the reason,
// when the workspace it would open can no longer be opened.
class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget* parent = nullptr);
    ~WelcomePage() override;

    // Why the welcome page is shown instead of a workspace; empty hides the notice.
    void setReason(const QString& reason);
    QString reason() const;
    // Shown under the folder button so users know where workspaces live.
    void setWorkspacesLocation(const QString& directory);

signals:
    void demoRequested();
    void ownSystemRequested();
    void openFolderRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    QWidget* buildHeader();
    QWidget* buildChoices();
    QWidget* choiceCard(const QString& icon, const QString& title, const QString& text, QPushButton* button);
    QWidget* buildFooter();
    void updateColours();

    QLabel* m_reason = nullptr;
    QLabel* m_location = nullptr;
    QList<QWidget*> m_cards;
};
