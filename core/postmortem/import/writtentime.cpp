#include "writtentime.h"

#include "importtext.h"

#include <QRegularExpression>

namespace hindsight::importing {

QDate dateFrom(const QRegularExpressionMatch &match, int first)
{
    return QDate(match.captured(first).toInt(), match.captured(first + 1).toInt(), match.captured(first + 2).toInt());
}

QTime timeFrom(const QRegularExpressionMatch &match, int first)
{
    if (!match.hasCaptured(first))
        return {};
    return QTime(match.captured(first).toInt(), match.captured(first + 1).toInt());
}

std::optional<WrittenWindow> windowIn(const QString &line)
{
    static const QRegularExpression pattern(
        QStringLiteral(
            R"(^\s*%1(?:[\sT]+%2)?\s*(?:(-|~|から|to)\s*(?:%1[\sT]*)?(?:%2)?)?\s*[(]?(JST|UTC|GMT|Z|[+-]\d{2}:?\d{2})?[)]?\s*$)")
            .arg(DatePattern, TimePattern),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(foldWidth(line));
    if (!match.hasMatch())
        return std::nullopt;
    WrittenWindow window;
    window.startDate = dateFrom(match, 1);
    window.startTime = timeFrom(match, 4);
    window.hasSeparator = match.hasCaptured(6);
    window.hasEnd = window.hasSeparator && (match.hasCaptured(7) || match.hasCaptured(10));
    if (match.hasCaptured(7))
        window.endDate = dateFrom(match, 7);
    window.endTime = timeFrom(match, 10);
    const QString zone = match.captured(12).toUpper();
    if (zone == QLatin1String("JST"))
        window.zone = QTimeZone("Asia/Tokyo");
    else if (zone == QLatin1String("UTC") || zone == QLatin1String("GMT") || zone == QLatin1String("Z"))
        window.zone = QTimeZone(QByteArrayLiteral("UTC"));
    else if (!zone.isEmpty())
        window.zone = QTimeZone(QString(zone).remove(u':').insert(3, u':').prepend(QLatin1String("UTC")).toUtf8());
    if (!window.startDate.isValid() || (match.hasCaptured(4) && !window.startTime.isValid()) ||
        (match.hasCaptured(7) && !window.endDate.isValid()) || (match.hasCaptured(10) && !window.endTime.isValid()))
        return std::nullopt;
    return window;
}

} // namespace hindsight::importing
