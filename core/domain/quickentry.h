#pragma once

#include "enums.h"

#include <QString>

namespace hindsight {

/// What the quick-entry box understands: a short prefix sets the kind so that nobody needs the mouse at 3 a.m.
///
///     ? hypothesis    ! finding    > action    x dead end    = decision    (none) note
///
/// A prefix is the character followed by a space at the very start of the text. Everything after it is the body,
/// kept exactly as typed. (Key events are marked with Ctrl+Enter rather than a prefix, so that no Markdown a note
/// starts with, such as a `* ` bullet, is ever taken for a command.)
struct QuickEntry
{
    LogEntryKind kind = LogEntryKind::Note;
    QString body;

    static QuickEntry parse(const QString &text, LogEntryKind defaultKind = LogEntryKind::Note);
    /// The prefix that selects `kind` ("? " for a hypothesis), empty for a note.
    static QString prefixFor(LogEntryKind kind);
};

} // namespace hindsight
