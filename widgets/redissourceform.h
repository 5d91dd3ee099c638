#pragma once

#include "redissource.h"
#include "settingsform.h"

class QCheckBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class SecretSourceEdit;

// A Redis source: where it is, how to log in (an ACL user and where the password comes from),
// its poll interval and timeouts, and which queue keys to read or discover.
class RedisSourceForm : public SettingsForm
{
    Q_OBJECT
public:
    explicit RedisSourceForm(QWidget* parent = nullptr);
    ~RedisSourceForm() override;

    void setValue(const RedisSource& source);
    RedisSource value() const;

private:
    RedisSource m_value;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_host = nullptr;
    QSpinBox* m_port = nullptr;
    QSpinBox* m_db = nullptr;
    QCheckBox* m_tls = nullptr;
    QLineEdit* m_username = nullptr;
    SecretSourceEdit* m_password = nullptr;
    QSpinBox* m_interval = nullptr;
    QSpinBox* m_connectTimeout = nullptr;
    QSpinBox* m_commandTimeout = nullptr;
    QPlainTextEdit* m_queueKeys = nullptr;
    QLineEdit* m_pattern = nullptr;
    QSpinBox* m_maxKeys = nullptr;
};
