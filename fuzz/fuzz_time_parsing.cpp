// Times as users type them: the CLI's --at (and --detected, --occurrence START/END...) in ISO 8601, read by
// parseTime in app/cli/cli.cpp, and the locale's own format that the incident panel's time fields read
// (QLocale::toDateTime with displaytime::dateTimeFormat, falling back to ISO 8601).
#include "cli/cli.h"
#include "domain/displaytime.h"
#include "domain/json.h"
#include "fuzztargets.h"

#include <QBuffer>
#include <QDateTime>
#include <QLocale>
#include <QTextStream>

#include <optional>

namespace hindsight::fuzz {

namespace {

/// Whether the CLI takes `value` as a time, through `hindsight log 1 - --at=VALUE`: parseTime is file-local in
/// cli.cpp, and runLog reads --at before it opens the store and stops at a standard input that is not UTF-8, so
/// nothing is written anywhere. The store path cannot be created (/dev/null is no folder): were runLog ever to reach
/// the store first, the run would fail with another exit code here instead of writing.
bool cliAcceptsTime(const QString &value)
{
    QByteArray outText;
    QByteArray errText;
    QTextStream out(&outText);
    QTextStream err(&errText);
    QBuffer in;
    in.setData(QByteArrayLiteral("\xff\xfe"));
    in.open(QIODevice::ReadOnly);
    Cli cli(out, err, in);
    const int code =
        cli.run({QStringLiteral("hindsight"), QStringLiteral("--db=/dev/null/fuzz.sqlite"), QStringLiteral("log"),
                 QStringLiteral("1"), QStringLiteral("-"), QStringLiteral("--at=") + value});
    out.flush();
    err.flush();
    check(code == Cli::UsageError && outText.isEmpty(), "log stops before the store, with a usage error");
    const QString message = QString::fromUtf8(errText);
    const bool accepted = message.startsWith(QLatin1String("hindsight log: standard input is not valid UTF-8"));
    check(accepted || message.startsWith(QLatin1String("hindsight log: --at '")) ||
              message.startsWith(QLatin1String("hindsight: argument ")),
          "the CLI either takes the time or says why not");
    return accepted;
}

/// The CLI's reading of a time (displaytime::parseIso), compared with the CLI's own answer on every input.
std::optional<QDateTime> isoTime(const QString &text)
{
    const QDateTime time = displaytime::parseIso(text);
    if (!time.isValid())
        return std::nullopt;
    return time;
}

/// How the incident panel reads a time typed in `locale`.
QDateTime localTime(const QString &text, const QLocale &locale)
{
    return displaytime::parseLocal(text, locale);
}

void checkCliTime(const QString &text)
{
    const std::optional<QDateTime> time = isoTime(text);
    check(cliAcceptsTime(text) == time.has_value(), "the CLI reads --at as parseTime documents");
    if (!time)
        return;
    check(time->isValid() && time->timeSpec() == Qt::UTC, "a time the CLI takes is a UTC time");
    // What `--json` and the exports write for it, the CLI reads again as the same instant.
    const QString written = json::toJson(*time).toString();
    check(!written.isEmpty(), "a time the CLI takes can be written as ISO 8601");
    const std::optional<QDateTime> again = isoTime(written);
    check(again && *again == *time, "the CLI reads what it writes as the same time");
}

} // namespace

void parseTimes(const QByteArray &data)
{
    // A time is a short line; the bound keeps each run to a few parses.
    if (data.size() > 256)
        return;
    const QString text = QString::fromUtf8(data);

    checkCliTime(text);
    // --occurrence START/END (runSet splits it so and reads each half with parseTime; it opens the store first, so
    // the halves go through --at here).
    const QStringList parts = text.split(QLatin1Char('/'));
    if (parts.size() == 2) {
        checkCliTime(parts.at(0));
        if (!parts.at(1).trimmed().isEmpty())
            checkCliTime(parts.at(1));
    }

    // The locales whose formats differ in order, separators, AM/PM and digits.
    static const QList<QLocale> locales = {
        QLocale(QLocale::Japanese, QLocale::Japan),        QLocale(QLocale::English, QLocale::UnitedStates),
        QLocale(QLocale::English, QLocale::UnitedKingdom), QLocale(QLocale::German, QLocale::Germany),
        QLocale(QLocale::Korean, QLocale::SouthKorea),     QLocale(QLocale::Arabic, QLocale::Egypt),
        QLocale(QLocale::Persian, QLocale::Iran),          QLocale::c()};
    for (const QLocale &locale : locales) {
        const QDateTime time = localTime(text, locale);
        if (!time.isValid())
            continue;
        // The panel shows the time it read in the locale's format, and reads what it shows as that time again.
        const QString shown = displaytime::dateTime(time, false, locale);
        check(!shown.isEmpty(), "a time the panel takes can be shown");
        const QDateTime again = localTime(shown, locale);
        check(again.isValid() && displaytime::dateTime(again, false, locale) == shown,
              "the panel reads the time it shows as that time");
    }
    // Dates and times typed by hand (an action item's due date, an occurrence's end): a date read is shown in the
    // window's format and read back as the same day; a time of day lands on the day given.
    const QDate today(2026, 12, 3);
    for (const QLocale &locale : locales) {
        const QDate date = displaytime::parseDate(text, today, locale);
        if (date.isValid()) {
            check(date.year() >= 1 && date.year() <= 9999, "a date typed is within the years 1 to 9999");
            check(displaytime::parseDate(date.toString(Qt::ISODate), today, locale) == date,
                  "the ISO form of a date typed reads as that date");
            check(displaytime::parseDate(locale.toString(date, displaytime::dateFormat(locale)), today, locale) == date,
                  "the window's form of a date typed reads as that date");
        }
        const QDateTime typed = displaytime::parseTyped(text, today, locale);
        check(!typed.isValid() || typed.timeSpec() == Qt::UTC, "a time typed is in UTC");
    }
}

} // namespace hindsight::fuzz

HINDSIGHT_FUZZ_TARGET(hindsight::fuzz::parseTimes)
