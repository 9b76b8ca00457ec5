#pragma once

#include "enums.h"

#include <QDateTime>
#include <QString>
#include <QUuid>

namespace hindsight {

/// One entry of an incident's investigation log.
struct LogEntry
{
    QUuid id;
    QUuid incidentId;
    /// When it happened; editable afterwards.
    QDateTime at;
    /// The time was entered by hand rather than taken when the entry was written.
    bool backfilled = false;
    QString author;
    LogEntryKind kind = LogEntryKind::Note;
    QString body;
    bool keyEvent = false;
    /// Written by Hindsight itself (a change of severity or status), not by a person.
    bool automatic = false;
    QDateTime createdAt;
    QDateTime updatedAt;
    /// Soft-deleted entries are kept so that a delete can be undone.
    QDateTime deletedAt;

    bool isDeleted() const { return deletedAt.isValid(); }
    bool operator==(const LogEntry &) const = default;
};

/// An earlier version of an entry, kept when the entry is edited.
struct LogEntryRevision
{
    QUuid entryId;
    QDateTime at;
    LogEntryKind kind = LogEntryKind::Note;
    QString body;
    /// When this version was replaced by the next one.
    QDateTime replacedAt;

    bool operator==(const LogEntryRevision &) const = default;
};

} // namespace hindsight
