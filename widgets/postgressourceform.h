#pragma once

#include "postgressource.h"
#include "settingsform.h"

class QLabel;
class QLineEdit;
class QSpinBox;

// A PostgreSQL source: its libpq conninfo (never a password: ~/.pgpass, a service file or
// PGPASSWORD hold that), its poll interval and timeouts, and how many statements to list.
class PostgresSourceForm : public SettingsForm
{
    Q_OBJECT
public:
    explicit PostgresSourceForm(QWidget* parent = nullptr);
    ~PostgresSourceForm() override;

    void setValue(const PostgresSource& source);
    PostgresSource value() const;

private:
    void showTarget();

    PostgresSource m_value;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_conninfo = nullptr;
    QLabel* m_target = nullptr;
    QSpinBox* m_interval = nullptr;
    QSpinBox* m_connectTimeout = nullptr;
    QSpinBox* m_statementTimeout = nullptr;
    QSpinBox* m_topN = nullptr;
};
