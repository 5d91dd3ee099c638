#pragma once

#include "secretsource.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;

// Where a password or token comes from: the name of an environment variable or the path of a file.
// Never the secret itself: perfdash reads it when it connects and keeps it in memory only.
class SecretSourceEdit : public QWidget
{
    Q_OBJECT
public:
    // `secretWord` is what the secret is ("password", "token"); with `allowNone` the secret is
    // optional (Redis without AUTH).
    SecretSourceEdit(const QString& secretWord, bool allowNone, QWidget* parent = nullptr);
    ~SecretSourceEdit() override;

    void setSource(const SecretSource& source);
    SecretSource source() const;
    void setSecretWord(const QString& secretWord);
    // What the field holds, in words; for the form to place under the field (it is not laid out here,
    // so a form can give it the full width and the height its wrapped lines need).
    QLabel* helpLabel() const { return m_help; }

signals:
    void edited();

protected:
    void changeEvent(QEvent* event) override;

private:
    enum Kind
    {
        None,
        Environment,
        File
    };
    Kind kind() const;
    void explain();

    QComboBox* m_kind = nullptr;
    QLineEdit* m_reference = nullptr;
    QLabel* m_help = nullptr;
    QString m_secretWord;
};
