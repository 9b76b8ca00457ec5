#include "quickentry.h"

namespace hindsight {

namespace {

struct Prefix
{
    QChar character;
    LogEntryKind kind;
};

constexpr Prefix Prefixes[] = {
    {u'?', LogEntryKind::Hypothesis}, {u'!', LogEntryKind::Finding}, {u'>', LogEntryKind::Action},
    {u'x', LogEntryKind::DeadEnd},    {u'X', LogEntryKind::DeadEnd}, {u'=', LogEntryKind::Decision},
};

bool startsWithPrefix(const QString &text, QChar character)
{
    return text.size() >= 2 && text.at(0) == character && text.at(1) == QLatin1Char(' ');
}

} // namespace

QuickEntry QuickEntry::parse(const QString &text, LogEntryKind defaultKind)
{
    QuickEntry entry;
    entry.kind = defaultKind;
    QString rest = text;
    for (const Prefix &prefix : Prefixes) {
        if (startsWithPrefix(rest, prefix.character)) {
            entry.kind = prefix.kind;
            rest = rest.mid(2);
            break;
        }
    }
    entry.body = rest;
    return entry;
}

QString QuickEntry::prefixFor(LogEntryKind kind)
{
    for (const Prefix &prefix : Prefixes) {
        if (prefix.kind == kind)
            return QString(prefix.character) + QLatin1Char(' ');
    }
    return {};
}

} // namespace hindsight
