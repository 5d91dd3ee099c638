#include "workspaceauth.h"

#include <QRegularExpression>

QJsonObject authToJson(const QString& username, const SecretSource& secret)
{
    QJsonObject auth;
    if (!username.isEmpty())
        auth.insert(QStringLiteral("username"), username);
    if (!secret.environmentVariable.isEmpty())
        auth.insert(QStringLiteral("secretEnv"), secret.environmentVariable);
    if (!secret.file.isEmpty())
        auth.insert(QStringLiteral("secretFile"), secret.file);
    return auth;
}

SecretSource secretFromJson(JsonFieldReader& auth, const QJsonObject& authObject)
{
    SecretSource secret;
    secret.environmentVariable = auth.string(QStringLiteral("secretEnv"));
    secret.file = auth.string(QStringLiteral("secretFile"));
    if (authObject.contains(QStringLiteral("password")) || authObject.contains(QStringLiteral("token")))
        auth.fail(QStringLiteral("password"),
                  QStringLiteral("secrets are never stored in the workspace; use secretEnv or secretFile"));
    if (secret.isEmpty())
        auth.fail(QStringLiteral("secretEnv"), QStringLiteral("set secretEnv or secretFile"));
    // A value pasted where its variable's name belongs would be written to the workspace (and is
    // not repeated here: it may be the secret).
    static const QRegularExpression environmentName(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    if (!secret.environmentVariable.isEmpty() &&
        !environmentName.match(secret.environmentVariable).hasMatch())
        auth.fail(QStringLiteral("secretEnv"),
                  QStringLiteral("expected the name of an environment variable (letters, digits and _), "
                                 "never the secret itself"));
    return secret;
}
