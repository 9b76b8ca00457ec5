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

/// A date typed by hand, as a user of incident tools writes a due date; invalid when it is none of these:
/// - ISO 8601 (`2026-12-15`, also with `/`), the locale's short format with a four- or two-digit year (`15/12/2026`,
///   `2026/12/15`, `12/15/2026`), day and month in words in English (`15 Dec 2026`, `Dec 15, 2026`, `15 December`) and
///   the locale's language, Japanese `2026年12月15日` and `12月15日` (without a year: the next such day from `today`);
/// - relative to `today`: `today`, `tomorrow`, `yesterday`, `+3d`, `+2w`, `+3` (days), `in 3 days`, `in 2 weeks`; a
///   weekday (`fri`, `friday`) is the next one after today, `this friday` the one in this week (weeks start on
///   Monday), `next friday` the one in next week, `next week` next Monday; in Japanese `今日`, `明日`, `明後日`,
///   `昨日`, `3日後`, `2週間後`, `金曜`/`金曜日`/`金`, `今週金曜`, `来週金曜`, `来週`.
/// Outside the years 1 to 9999 is invalid.
QDate parseDate(const QString &text, const QDate &today = QDate::currentDate(), const QLocale &locale = QLocale());

/// A time typed by hand where a date and time is asked for: whatever parseLocal() reads, `now`/`今`, or a time of day
/// alone (`06:56`, `6:56:30`, `6:56 pm`) on `day` (in local time); in UTC, invalid otherwise.
QDateTime parseTyped(const QString &text, const QDate &day, const QLocale &locale = QLocale());

} // namespace hindsight::displaytime
