#pragma once

#include "domain/attachment.h"
#include "domain/logentry.h"
#include "store/investigationlog.h"

#include <QAbstractListModel>
#include <QHash>

namespace hindsight {

/// One incident's investigation log in time order, as a list: a view onto the store, reloaded when the store
/// changes. Entries written after the last load (the common case while logging) are appended without a reset, so the
/// view keeps its scroll position and selection.
///
/// A long log is not read whole: the model holds the newest PageSize entries at first, and earlier ones are added at
/// the top as the reader scrolls up (fetchOlder()), so that opening an incident costs the same whatever its length.
class LogEntryModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        KindRole,
        AtRole,
        AuthorRole,
        BodyRole,
        KeyEventRole,
        BackfilledRole,
        AutomaticRole,
        DeletedRole,
        /// How many earlier versions the entry has (0 when it was never edited).
        RevisionsRole,
    };

    explicit LogEntryModel(Store &store, QObject *parent = nullptr);

    /// Shows this incident's log (a null id empties the model).
    void setIncident(const QUuid &incidentId);
    QUuid incidentId() const { return m_incidentId; }
    /// Whether soft-deleted entries are listed (struck through) rather than hidden.
    void setShowDeleted(bool show);
    bool showDeleted() const { return m_showDeleted; }
    /// Reads the log again from the store (the entries already shown and any newer ones).
    void reload();

    /// How many entries are read at a time.
    static constexpr int PageSize = 30;
    /// Whether the log has entries before the first row.
    bool hasOlder() const { return m_hasOlder; }
    /// Adds up to `count` earlier entries at the top; returns how many.
    int fetchOlder(int count = PageSize);
    /// The row of the entry `id` of this incident, reading earlier entries until it is there; invalid if the incident
    /// has no such entry (shown).
    QModelIndex reveal(const QUuid &id);

    const LogEntry &entryAt(const QModelIndex &index) const;
    QModelIndex indexOfId(const QUuid &id) const;
    QList<Attachment> attachmentsOf(const QUuid &entryId) const { return m_attachments.value(entryId); }
    /// How many earlier versions the entry has (0 when it was never edited).
    int revisionsOf(const QUuid &entryId) const { return m_revisions.value(entryId); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    InvestigationLog m_log;
    QUuid m_incidentId;
    bool m_showDeleted = false;
    bool m_hasOlder = false;
    QList<LogEntry> m_entries;
    QHash<QUuid, QList<Attachment>> m_attachments;
    QHash<QUuid, int> m_revisions;
};

} // namespace hindsight
