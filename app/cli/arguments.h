#pragma once

// Reading option values and arguments, shared by the commands.

#include "domain/displaytime.h"
#include "domain/enums.h"
#include "postmortem/documentlanguage.h"

#include <QDate>
#include <QDateTime>
#include <QIODevice>
#include <QLocale>
#include <QString>
#include <QStringDecoder>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace hindsight::arguments {

/// "12" or "#12".
inline std::optional<int> incidentNumber(const QString &text)
{
    bool ok = false;
    const int number = QString(text).remove(QLatin1Char('#')).toInt(&ok);
    if (!ok || number <= 0)
        return std::nullopt;
    return number;
}

/// The incident number when `positional` holds exactly one; nullopt otherwise.
inline std::optional<int> singleIncidentNumber(const QStringList &positional)
{
    return positional.size() == 1 ? incidentNumber(positional.at(0)) : std::nullopt;
}

/// A calendar day as YYYY-MM-DD, nothing else.
inline std::optional<QDate> date(const QString &text)
{
    const QString value = text.trimmed();
    const QDate day = QDate::fromString(value, QStringLiteral("yyyy-MM-dd"));
    if (value.size() != 10 || !day.isValid())
        return std::nullopt;
    return day;
}

/// ISO 8601 (`2026-11-23T14:05`, with seconds, milliseconds or an offset; a space may stand for the `T`). Without an
/// offset the time is local.
inline std::optional<QDateTime> isoTime(const QString &text)
{
    const QDateTime time = displaytime::parseIso(text);
    if (!time.isValid())
        return std::nullopt;
    return time;
}

/// A tracker link must be a whole URL, so that the postmortem's table can link to it.
inline bool isTrackerUrl(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    return url.isValid() && !url.scheme().isEmpty() && !url.host().isEmpty();
}

/// "repair|investigate|prevent|improve"
template<typename E>
QString keys()
{
    return allKeys<E>().join(QLatin1Char('|'));
}

/// All of standard input as UTF-8 text without its final line breaks; nullopt when it is not UTF-8.
inline std::optional<QString> standardInput(QIODevice &in)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder.decode(in.readAll());
    if (decoder.hasError())
        return std::nullopt;
    while (text.endsWith(QLatin1Char('\n')) || text.endsWith(QLatin1Char('\r')))
        text.chop(1);
    return text;
}

/// The language of documents Hindsight writes (playbook drafts) when none was given: Japanese when the user's locale
/// is, English otherwise.
inline DocumentLanguage defaultDocumentLanguage()
{
    return QLocale().language() == QLocale::Japanese ? DocumentLanguage::Japanese : DocumentLanguage::English;
}

} // namespace hindsight::arguments
