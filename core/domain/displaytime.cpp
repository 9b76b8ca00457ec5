#include "displaytime.h"

#include <QRegularExpression>

#include <array>

namespace hindsight::displaytime {

QString dateFormat(const QLocale &locale)
{
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

QString timeFormat(bool seconds, const QLocale &locale)
{
    QString format = locale.timeFormat(QLocale::ShortFormat);
    if (!seconds) // the C locale's short format has them
        format.remove(QLatin1String(":ss"));
    if (seconds && !format.contains(QLatin1String("ss"))) {
        if (const qsizetype minutes = format.indexOf(QLatin1String("mm")); minutes >= 0)
            format.insert(minutes + 2, QLatin1String(":ss"));
    }
    return format;
}

QString dateTimeFormat(bool seconds, const QLocale &locale)
{
    return dateFormat(locale) + QLatin1Char(' ') + timeFormat(seconds, locale);
}

QString dateTime(const QDateTime &at, bool seconds, const QLocale &locale)
{
    return at.isValid() ? locale.toString(at.toLocalTime(), dateTimeFormat(seconds, locale)) : QString();
}

QString time(const QDateTime &at, bool seconds, const QLocale &locale)
{
    return at.isValid() ? locale.toString(at.toLocalTime().time(), timeFormat(seconds, locale)) : QString();
}

namespace {

/// `time` in UTC, or invalid when its UTC year cannot be written as four digits.
QDateTime withinWritableYears(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    const QDateTime utc = time.toUTC();
    const int year = utc.date().year();
    return year >= 1 && year <= 9999 ? utc : QDateTime();
}

} // namespace

QDateTime parseIso(const QString &text)
{
    QString value = text.trimmed();
    if (value.size() > 10 && value.at(10) == QLatin1Char(' '))
        value[10] = QLatin1Char('T');
    return withinWritableYears(QDateTime::fromString(value, Qt::ISODateWithMs));
}

QDateTime parseLocal(const QString &text, const QLocale &locale)
{
    const QString trimmed = text.trimmed();
    QDateTime time = locale.toDateTime(trimmed, dateTimeFormat(false, locale));
    if (!time.isValid())
        time = QDateTime::fromString(trimmed, QStringLiteral("yyyy-MM-dd HH:mm"));
    if (!time.isValid())
        time = QDateTime::fromString(trimmed, Qt::ISODate);
    return withinWritableYears(time);
}

namespace {

/// Monday = 1 ... Sunday = 7 for an English weekday name or its first three letters ("tue", "thur" too), or a
/// Japanese one (月, 月曜, 月曜日); 0 for anything else.
int weekdayOf(const QString &word)
{
    static const std::array<const char *, 7> english{"monday", "tuesday",  "wednesday", "thursday",
                                                     "friday", "saturday", "sunday"};
    for (int i = 0; i < 7; ++i) {
        const QLatin1String name(english[size_t(i)]);
        if (word.size() >= 3 && name.startsWith(word))
            return i + 1;
    }
    static const QString japanese = QStringLiteral("月火水木金土日");
    QString stem = word;
    if (stem.endsWith(QStringLiteral("曜日")))
        stem.chop(2);
    else if (stem.endsWith(QStringLiteral("曜")))
        stem.chop(1);
    if (stem.size() == 1)
        return int(japanese.indexOf(stem.front())) + 1;
    return 0;
}

/// The Monday of the week `day` is in.
QDate mondayOf(const QDate &day)
{
    return day.addDays(1 - day.dayOfWeek());
}

QDate relativeDate(const QString &text, const QDate &today)
{
    static const QHash<QString, int> days{
        {QStringLiteral("today"), 0},   {QStringLiteral("tomorrow"), 1}, {QStringLiteral("yesterday"), -1},
        {QStringLiteral("今日"), 0},    {QStringLiteral("きょう"), 0},   {QStringLiteral("本日"), 0},
        {QStringLiteral("明日"), 1},    {QStringLiteral("あした"), 1},   {QStringLiteral("あす"), 1},
        {QStringLiteral("明後日"), 2},  {QStringLiteral("あさって"), 2}, {QStringLiteral("昨日"), -1},
        {QStringLiteral("きのう"), -1},
    };
    if (const auto day = days.constFind(text); day != days.cend())
        return today.addDays(*day);
    if (text == QLatin1String("next week") || text == QStringLiteral("来週"))
        return mondayOf(today).addDays(7);

    static const QRegularExpression offset(QStringLiteral("^(?:\\+\\s*(\\d{1,4})\\s*(d|days?|w|weeks?)?|in\\s+(\\d{1,4}"
                                                          ")\\s*(d|days?|w|weeks?)|(\\d{1,4})\\s*(日|週間)後)$"));
    if (const QRegularExpressionMatch match = offset.match(text); match.hasMatch()) {
        const QString count = match.captured(1) + match.captured(3) + match.captured(5);
        const QString unit = match.captured(2) + match.captured(4) + match.captured(6);
        const int n = count.toInt();
        return today.addDays(unit.startsWith(QLatin1Char('w')) || unit == QStringLiteral("週間") ? 7 * n : n);
    }

    QString word = text;
    int week = -1; // -1: the next one after today; 0: this week; 1: next week
    for (const auto &[prefix, which] : std::initializer_list<std::pair<QString, int>>{{QStringLiteral("next "), 1},
                                                                                      {QStringLiteral("this "), 0},
                                                                                      {QStringLiteral("来週の"), 1},
                                                                                      {QStringLiteral("来週"), 1},
                                                                                      {QStringLiteral("今週の"), 0},
                                                                                      {QStringLiteral("今週"), 0}}) {
        if (word.startsWith(prefix)) {
            word = word.mid(prefix.size()).trimmed();
            week = which;
            break;
        }
    }
    const int weekday = weekdayOf(word);
    if (weekday == 0)
        return {};
    if (week >= 0)
        return mondayOf(today).addDays(7 * week + weekday - 1);
    const int ahead = (weekday - today.dayOfWeek() + 7) % 7;
    return today.addDays(ahead == 0 ? 7 : ahead);
}

/// `month`/`day` in the year that makes it today or the next such day.
QDate nextOccurrence(int month, int day, const QDate &today)
{
    QDate date(today.year(), month, day);
    if (date.isValid() && date < today)
        date = QDate(today.year() + 1, month, day);
    return date;
}

QDate absoluteDate(const QString &text, const QDate &today, const QLocale &locale)
{
    static const QRegularExpression numeric(QStringLiteral("^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})$"));
    if (const QRegularExpressionMatch match = numeric.match(text); match.hasMatch())
        return QDate(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    static const QRegularExpression japanese(
        QStringLiteral("^(?:(\\d{4})\\s*年\\s*)?(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日$"));
    if (const QRegularExpressionMatch match = japanese.match(text); match.hasMatch()) {
        const int month = match.captured(2).toInt();
        const int day = match.captured(3).toInt();
        return match.captured(1).isEmpty() ? nextOccurrence(month, day, today)
                                           : QDate(match.captured(1).toInt(), month, day);
    }
    // The locale's own formats (the window shows dates in the first), then English words, which the window writes
    // in an English locale and people type anywhere.
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    const std::pair<QLocale, QStringList> tried[] = {
        {locale, {dateFormat(locale), locale.dateFormat(QLocale::ShortFormat), locale.dateFormat(QLocale::LongFormat)}},
        {english,
         {QStringLiteral("d MMM yyyy"), QStringLiteral("d MMMM yyyy"), QStringLiteral("MMM d yyyy"),
          QStringLiteral("MMMM d yyyy"), QStringLiteral("MMM d, yyyy"), QStringLiteral("MMMM d, yyyy"),
          QStringLiteral("ddd d MMM yyyy"), QStringLiteral("dddd d MMMM yyyy")}},
    };
    for (const auto &[each, formats] : tried) {
        for (const QString &format : formats) {
            const QDate date = each.toDate(text, format);
            if (date.isValid()) // a two-digit year (read as 19yy) is this century's
                return format.contains(QLatin1String("yyyy")) ? date : date.addYears(100);
        }
    }
    // Day and month in English without a year: the next such day.
    for (const QString &format :
         {QStringLiteral("d MMM"), QStringLiteral("d MMMM"), QStringLiteral("MMM d"), QStringLiteral("MMMM d")}) {
        const QDate date = english.toDate(text + QStringLiteral(" 2000"), format + QStringLiteral(" yyyy"));
        if (date.isValid())
            return nextOccurrence(date.month(), date.day(), today);
    }
    return {};
}

} // namespace

QDate parseDate(const QString &text, const QDate &today, const QLocale &locale)
{
    const QString simplified = text.simplified().toLower();
    if (simplified.isEmpty() || simplified.size() > 64)
        return {};
    QDate date = relativeDate(simplified, today);
    if (!date.isValid())
        date = absoluteDate(text.simplified(), today, locale);
    if (!date.isValid() || date.year() < 1 || date.year() > 9999)
        return {};
    return date;
}

QDateTime parseTyped(const QString &text, const QDate &day, const QLocale &locale)
{
    const QString trimmed = text.trimmed();
    if (trimmed.compare(QLatin1String("now"), Qt::CaseInsensitive) == 0 || trimmed == QStringLiteral("今"))
        return QDateTime::currentDateTimeUtc();
    if (const QDateTime full = parseLocal(trimmed, locale); full.isValid())
        return full;
    if (!day.isValid())
        return {};
    for (const QString &format :
         {timeFormat(false, locale), timeFormat(true, locale), QStringLiteral("H:mm"), QStringLiteral("H:mm:ss"),
          QStringLiteral("h:mm ap"), QStringLiteral("h:mmap"), QStringLiteral("h:mm:ss ap")}) {
        const QTime time = locale.toTime(trimmed, format);
        const QTime english = time.isValid() ? time : QLocale::c().toTime(trimmed, format);
        if (english.isValid())
            return withinWritableYears(QDateTime(day, english));
    }
    return {};
}

} // namespace hindsight::displaytime
