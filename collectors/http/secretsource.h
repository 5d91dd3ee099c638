#pragma once

#include <QString>

// Where a credential comes from. Only this reference is stored in a workspace;
// the secret itself is read when needed and kept in memory only.
struct SecretSource
{
    QString environmentVariable; // e.g. "PERFDASH_ERP_TOKEN"
    QString file;                // e.g. "/run/secrets/erp-token"; first line, trailing newline dropped

    bool operator==(const SecretSource&) const = default;

    bool isEmpty() const { return environmentVariable.isEmpty() && file.isEmpty(); }
    // The secret, or false with a message that names the source but never the value.
    bool read(QString* secret, QString* errorMessage) const;
};
