#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace hindsight {

/// The number in a short ID that users type, such as "A12" for an action item or "P3" for a playbook: the `prefix`
/// letter (either case) followed by the number, or the number alone. nullopt for anything else.
inline std::optional<int> numberFromShortId(QStringView text, QChar prefix)
{
    QStringView digits = text.trimmed();
    if (digits.startsWith(prefix, Qt::CaseInsensitive))
        digits = digits.mid(1);
    if (digits.isEmpty() || digits.size() > 9)
        return std::nullopt;
    for (const QChar c : digits) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
    }
    const int number = digits.toInt();
    return number > 0 ? std::optional<int>(number) : std::nullopt;
}

} // namespace hindsight
