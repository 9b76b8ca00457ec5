#include "storelocation.h"

#include <QDir>
#include <QStandardPaths>

namespace hindsight {

QString defaultStorePath()
{
    const QString fromEnvironment = qEnvironmentVariable("HINDSIGHT_DB");
    return fromEnvironment.isEmpty() ? applicationDataStorePath() : fromEnvironment;
}

QString applicationDataStorePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("hindsight.sqlite"));
}

QString resolveStorePath(const QString &explicitPath)
{
    return explicitPath.isEmpty() ? defaultStorePath() : explicitPath;
}

} // namespace hindsight
