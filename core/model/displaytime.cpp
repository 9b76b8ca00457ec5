#include "displaytime.h"

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

} // namespace hindsight::displaytime
