#pragma once

#include <QStringList>
#include <QWidget>

// A page whose feature is not built yet. It says so plainly and lists what it will show,
// so nobody mistakes an empty page for missing data.
class PendingPage : public QWidget
{
    Q_OBJECT
public:
    PendingPage(const QString& title, const QString& purpose, const QStringList& planned, int issue,
                QWidget* parent = nullptr);
    ~PendingPage() override;
};
