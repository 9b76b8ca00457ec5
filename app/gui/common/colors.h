#pragma once

#include "domain/enums.h"

#include <QColor>

namespace hindsight {

/// Colours that carry meaning (severity, log entry kind). Chosen to read with white text on both light and dark
/// palettes.
QColor severityColor(Severity severity);
QColor kindColor(LogEntryKind kind);

} // namespace hindsight
