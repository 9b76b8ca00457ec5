#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>

namespace hindsight::displaytime {

// How the GUI writes times: in the user's zone and in their locale's own order and separators (2026/11/23 14:05 in
// Japanese, 23/11/2026 14:05 in British English, 11/23/2026 2:05 PM in American English), always with four-digit
// years, because an incident history spans decades' worth of "26". The CLI and exported documents keep ISO 8601,
// which scripts and the postmortem template read.

/// The locale's short date format, with a four-digit year.
QString dateFormat(const QLocale &locale = QLocale());
/// The locale's short time format, with seconds when asked.
QString timeFormat(bool seconds, const QLocale &locale = QLocale());
/// dateFormat() and timeFormat() together, for showing and for QDateTimeEdit::setDisplayFormat().
QString dateTimeFormat(bool seconds, const QLocale &locale = QLocale());

/// `at` in the local zone, as dateTimeFormat(seconds); empty for an invalid time.
QString dateTime(const QDateTime &at, bool seconds = false, const QLocale &locale = QLocale());
/// The time of day of `at` in the local zone, as timeFormat(seconds).
QString time(const QDateTime &at, bool seconds = false, const QLocale &locale = QLocale());

} // namespace hindsight::displaytime
