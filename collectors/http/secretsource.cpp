#include "secretsource.h"

#include <QFile>

bool SecretSource::read(QString* secret, QString* errorMessage) const
{
    if (!environmentVariable.isEmpty()) {
        if (!qEnvironmentVariableIsSet(environmentVariable.toLocal8Bit().constData())) {
            *errorMessage = QStringLiteral("environment variable %1 is not set").arg(environmentVariable);
            return false;
        }
        *secret = qEnvironmentVariable(environmentVariable.toLocal8Bit().constData());
        return true;
    }
    if (!file.isEmpty()) {
        QFile in(file);
        if (!in.open(QIODevice::ReadOnly)) {
            *errorMessage = QStringLiteral("cannot read secret file %1: %2").arg(file, in.errorString());
            return false;
        }
        *secret = QString::fromUtf8(in.readLine()).trimmed();
        return true;
    }
    *errorMessage = QStringLiteral("no secret source configured");
    return false;
}
