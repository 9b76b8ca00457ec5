#include "colors.h"

namespace hindsight {

QColor severityColor(Severity severity)
{
    switch (severity) {
    case Severity::Low:
        return QColor(0x4a, 0x7b, 0xd0);
    case Severity::Middle:
        return QColor(0xc7, 0x8b, 0x00);
    case Severity::High:
        return QColor(0xe0, 0x5a, 0x12);
    case Severity::Critical:
        return QColor(0xc6, 0x28, 0x28);
    }
    return {};
}

QColor kindColor(LogEntryKind kind)
{
    switch (kind) {
    case LogEntryKind::Note:
        return QColor(0x78, 0x80, 0x8a);
    case LogEntryKind::Hypothesis:
        return QColor(0x8e, 0x44, 0xad);
    case LogEntryKind::Finding:
        return QColor(0x1e, 0x78, 0xd2);
    case LogEntryKind::Action:
        return QColor(0x2e, 0x7d, 0x32);
    case LogEntryKind::DeadEnd:
        return QColor(0x61, 0x61, 0x61);
    case LogEntryKind::Decision:
        return QColor(0x00, 0x79, 0x6b);
    }
    return {};
}

} // namespace hindsight
