#pragma once

#include "jsonfieldreader.h"
#include "secretsource.h"

#include <QJsonObject>

// The "auth" objects of workspace entries: an optional user and where the secret comes from,
// never the secret itself. Shared by every source that authenticates.
QJsonObject authToJson(const QString& username, const SecretSource& secret);
// Reads secretEnv / secretFile of an "auth" object; an inline password or token is refused.
SecretSource secretFromJson(JsonFieldReader& auth, const QJsonObject& authObject);
