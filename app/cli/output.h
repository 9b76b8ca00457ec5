#pragma once

// How the commands write what they print: times, tables and labelled fields for people, numbers for JSON.

#include "columns.h"

#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <optional>

namespace hindsight::output {

/// `time` in the local zone, as 2026-11-23 14:05 (or 14:05:00 with seconds); "-" for none.
inline QString localTime(const QDateTime &time, bool seconds = false)
{
    if (!time.isValid())
        return QStringLiteral("-");
    return time.toLocalTime().toString(seconds ? QStringLiteral("yyyy-MM-dd HH:mm:ss")
                                               : QStringLiteral("yyyy-MM-dd HH:mm"));
}

/// `rows`, the headings first, in columns two spaces apart; the last column, often long, is not padded.
inline void printTable(QTextStream &out, const QList<QStringList> &rows)
{
    QList<qsizetype> widths(rows.constFirst().size() - 1, 0);
    for (const QStringList &row : rows) {
        for (qsizetype column = 0; column < widths.size(); ++column)
            widths[column] = std::max(widths[column], columns::width(row.at(column)));
    }
    for (const QStringList &row : rows) {
        for (qsizetype column = 0; column < widths.size(); ++column)
            out << columns::padded(row.at(column), widths[column]) << "  ";
        out << row.constLast() << "\n";
    }
}

/// One line: "LABEL:" padded to `width` columns, then `value`.
inline void printField(QTextStream &out, const QString &label, const QString &value, qsizetype width)
{
    out << columns::padded(label + QLatin1Char(':'), width) << value << "\n";
}

/// Rounded to three decimals, for JSON; null for no value.
inline QJsonValue rounded(std::optional<double> value)
{
    return value ? QJsonValue(std::round(*value * 1000) / 1000) : QJsonValue();
}

} // namespace hindsight::output
