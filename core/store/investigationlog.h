#pragma once

#include "domain/attachment.h"
#include "domain/logentry.h"
#include "store.h"

#include <QHash>

#include <optional>

namespace hindsight {

/// The investigation log entries of incidents. Edits keep the earlier text; deletes are soft and can be undone.
class InvestigationLog
{
public:
    explicit InvestigationLog(Store &store);

    /// The longest text an entry may hold, in UTF-16 code units: a long stack trace or a page of logs fits, a whole
    /// log file does not (the timeline lays every entry out in full, and a multi-megabyte one would freeze it).
    static constexpr qsizetype MaxBodyLength = 100000;

    /// Appends `draft` to its incident's log and returns it as stored. Without `draft.at` the entry gets the time
    /// of this call; with one it is marked as back-filled. `attachments` (pasted screenshots) are stored with it in
    /// the same transaction; an entry with attachments may have no text. Returns only once the entry is durable. Text
    /// longer than MaxBodyLength is refused (StoreError::Invalid) and nothing is written.
    LogEntry append(LogEntry draft, const QList<Attachment> &attachments = {});

    /// The incident's entries in time order (ties in the order they were written).
    QList<LogEntry> entries(const QUuid &incidentId, bool includeDeleted = false) const;
    /// The newest `count` of them, in time order: what a view shows first of a long log.
    QList<LogEntry> latestEntries(const QUuid &incidentId, int count, bool includeDeleted = false) const;
    /// The `count` entries just before `entryId` (an entry of the incident), in time order.
    QList<LogEntry> entriesBefore(const QUuid &incidentId, const QUuid &entryId, int count,
                                  bool includeDeleted = false) const;
    /// The entries from `entryId` on (that entry included), in time order. Empty if there is no such entry.
    QList<LogEntry> entriesFrom(const QUuid &incidentId, const QUuid &entryId, bool includeDeleted = false) const;
    std::optional<LogEntry> entry(const QUuid &id) const;

    /// Changes the kind, body and time of an entry, keeping the version it replaces. Changing the time marks it as
    /// back-filled.
    LogEntry edit(const QUuid &id, LogEntryKind kind, const QString &body, const QDateTime &at);
    void setKeyEvent(const QUuid &id, bool keyEvent);
    void remove(const QUuid &id);
    void restore(const QUuid &id);
    /// Earlier versions of an entry, oldest first.
    QList<LogEntryRevision> revisions(const QUuid &id) const;
    /// How many earlier versions each of these entries has; entries never edited are left out.
    QHash<QUuid, int> revisionCounts(const QList<QUuid> &entryIds) const;
    /// The attachments of every entry of an incident, in the order they were added.
    QList<Attachment> attachments(const QUuid &incidentId) const;
    /// The attachments of these entries, in the order they were added.
    QList<Attachment> attachmentsOf(const QList<QUuid> &entryIds) const;

private:
    LogEntry require(const QUuid &id) const;
    void touchIncident(const QUuid &incidentId, const QDateTime &now);

    Store &m_store;
};

} // namespace hindsight
