#pragma once

#include <QString>

namespace hindsight {

/// Where the store lives when no --db is given: $HINDSIGHT_DB if set, else applicationDataStorePath().
QString defaultStorePath();

/// `hindsight.sqlite` in the platform's application-data folder (on Linux ~/.local/share/hindsight/).
QString applicationDataStorePath();

/// `explicitPath` when given (from --db), else defaultStorePath().
QString resolveStorePath(const QString &explicitPath);

} // namespace hindsight
