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

} // namespace hindsight::displaytime
