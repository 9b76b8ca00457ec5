#pragma once

// Lining text up in columns on a terminal, where a Japanese (or other East Asian wide) character takes two columns.

#include <QString>
#include <QStringView>

#include <algorithm>

namespace hindsight::columns {

/// How many terminal columns `text` takes: two for each East Asian wide or full-width character, one for the others.
inline qsizetype width(QStringView text)
{
    qsizetype columns = 0;
    for (const char32_t c : text.toUcs4()) {
        const bool wide =
            (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF) ||
            (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF) ||
            (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) ||
            (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
        columns += wide ? 2 : 1;
    }
    return columns;
}

/// `text` followed by spaces up to `columns` terminal columns (QString::leftJustified counts characters instead).
inline QString padded(const QString &text, qsizetype columns)
{
    return text + QString(std::max<qsizetype>(0, columns - width(text)), QLatin1Char(' '));
}

} // namespace hindsight::columns
