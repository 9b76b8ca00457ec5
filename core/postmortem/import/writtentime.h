#pragma once

#include <QDate>
#include <QRegularExpressionMatch>
#include <QString>
#include <QStringView>
#include <QTime>
#include <QTimeZone>

#include <optional>

// Times as people write them in a postmortem: `2021/8/1 13:00-14:00`, `2021-08-01 13:00〜14:00`, `2021年8月1日`.
namespace hindsight::importing {

/// A date: year, month and day, then perhaps the day of the week in brackets. Three captures.
inline constexpr QStringView DatePattern =
    uR"((\d{4})\s*[/.年-]\s*(\d{1,2})\s*[/.月-]\s*(\d{1,2})\s*日?(?:\s*\([^)]{1,4}\))?)";
/// A time of day, seconds left out. Two captures: hour and minute.
inline constexpr QStringView TimePattern = uR"((\d{1,2}):(\d{2})(?::\d{2})?)";

/// The date DatePattern captured from `first` on; invalid when there is no such day.
QDate dateFrom(const QRegularExpressionMatch &match, int first);
/// The time TimePattern captured from `first` on; invalid when it did not match.
QTime timeFrom(const QRegularExpressionMatch &match, int first);

/// One occurrence line: `2021/8/1 13:00-14:00`, `2021-08-01 13:00〜2021-08-02 1:00`, `2021/8/1 13:00-` (still
/// open), optionally with a zone (`JST`, `UTC`, `+09:00`).
struct WrittenWindow
{
    QDate startDate;
    QTime startTime;
    QDate endDate;
    QTime endTime;
    bool hasEnd = false;
    /// Written with a separator (`13:00-`), as an open window is: else it is a single moment.
    bool hasSeparator = false;
    QTimeZone zone;
};

/// The window `line` holds, all of it, in any width; nothing when it holds something else or a day that does not
/// exist.
std::optional<WrittenWindow> windowIn(const QString &line);

} // namespace hindsight::importing
