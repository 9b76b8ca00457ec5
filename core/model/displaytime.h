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

/// A time typed as ISO 8601 (`2026-11-23T14:05`, a space for the T, seconds, milliseconds and an offset optional;
/// local time without one), in UTC; invalid when it is not one, or when it falls outside the years 1 to 9999 in UTC
/// (which no document or JSON could write back). The CLI's --at, --detected, --occurrence... read times so.
QDateTime parseIso(const QString &text);
/// A time typed in the locale's own format (as dateTimeFormat(false) shows it), else as `yyyy-MM-dd HH:mm` or ISO
/// 8601, in UTC; invalid otherwise, and outside the years 1 to 9999 in UTC. The window's time fields read times so.
QDateTime parseLocal(const QString &text, const QLocale &locale = QLocale());

} // namespace hindsight::displaytime
