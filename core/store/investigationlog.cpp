#include "investigationlog.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <functional>

namespace hindsight {

namespace {

/// Runs `query` for `ids` in slices under SQLite's limit on bound values: with `?,?,...` for the slice's IN (...) and
/// the slice's ids as values.
void forEachSlice(const QList<QUuid> &ids, const std::function<void(const QString &, const QVariantList &)> &query)
{
    constexpr qsizetype Slice = 500;
    for (qsizetype start = 0; start < ids.size(); start += Slice) {
        const QList<QUuid> slice = ids.mid(start, Slice);
        QVariantList values;
        values.reserve(slice.size());
        for (const QUuid &id : slice)
            values << db::fromUuid(id);
        query(QStringList(slice.size(), QStringLiteral("?")).join(QLatin1Char(',')), values);
    }
}

const QString EntryColumns = QStringLiteral(
    "id, incident_id, at, backfilled, author, kind, body, key_event, automatic, created_at, updated_at, deleted_at");

LogEntry entryFromRow(const QSqlQuery &q)
{
    LogEntry entry;
    entry.id = db::toUuid(q.value(0));
    entry.incidentId = db::toUuid(q.value(1));
    entry.at = db::toDateTime(q.value(2));
    entry.backfilled = q.value(3).toBool();
    entry.author = q.value(4).toString();
    entry.kind = fromKey<LogEntryKind>(q.value(5).toString()).value_or(LogEntryKind::Note);
    entry.body = q.value(6).toString();
    entry.keyEvent = q.value(7).toBool();
    entry.automatic = q.value(8).toBool();
    entry.createdAt = db::toDateTime(q.value(9));
    entry.updatedAt = db::toDateTime(q.value(10));
    entry.deletedAt = db::toDateTime(q.value(11));
    return entry;
}

void checkLength(const QString &body)
{
    if (body.size() > InvestigationLog::MaxBodyLength) {
        throw StoreError(StoreError::Kind::Invalid,
                         QCoreApplication::translate("InvestigationLog",
                                                     "A log entry holds at most %1 characters; this one has %2. "
                                                     "Nothing was logged: log the lines that matter, and link to where "
                                                     "the whole text is kept.")
                             .arg(InvestigationLog::MaxBodyLength)
                             .arg(body.size()));
    }
}

} // namespace

InvestigationLog::InvestigationLog(Store &store)
    : m_store(store)
{}

LogEntry InvestigationLog::append(LogEntry draft, const QList<Attachment> &attachments)
{
    if (draft.body.trimmed().isEmpty() && attachments.isEmpty()) {
        throw StoreError(StoreError::Kind::Invalid,
                         QCoreApplication::translate("InvestigationLog", "A log entry needs some text."));
    }
    checkLength(draft.body);
    const QDateTime now = db::now();
    draft.id = QUuid::createUuid();
    draft.createdAt = now;
    draft.updatedAt = now;
    draft.deletedAt = QDateTime();
    draft.backfilled = draft.at.isValid();
    if (!draft.at.isValid())
        draft.at = now;
    else
        draft.at = QDateTime::fromMSecsSinceEpoch(draft.at.toMSecsSinceEpoch(), Qt::UTC);

    Store::WriteTransaction transaction(m_store);
    QSqlQuery exists =
        m_store.exec(QStringLiteral("SELECT 1 FROM incident WHERE id = ?"), {db::fromUuid(draft.incidentId)});
    if (!exists.next()) {
        throw StoreError(StoreError::Kind::NotFound,
                         QCoreApplication::translate("InvestigationLog", "The incident of this entry is not in %1.")
                             .arg(m_store.path()));
    }
    exists.finish();
    m_store.exec(
        QStringLiteral("INSERT INTO log_entry (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)").arg(EntryColumns),
        {db::fromUuid(draft.id), db::fromUuid(draft.incidentId), db::fromDateTime(draft.at), draft.backfilled,
         draft.author, toKey(draft.kind), draft.body, draft.keyEvent, draft.automatic,
         db::fromDateTime(draft.createdAt), db::fromDateTime(draft.updatedAt), QVariant()});
    for (int i = 0; i < attachments.size(); ++i) {
        const Attachment &a = attachments[i];
        m_store.exec(
            QStringLiteral("INSERT INTO attachment (id, entry_id, position, name, mime_type, data, created_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?)"),
            {db::fromUuid(QUuid::createUuid()), db::fromUuid(draft.id), i, a.name, a.mimeType, a.data,
             db::fromDateTime(now)});
    }
    touchIncident(draft.incidentId, now);
    m_store.report({StoreChange::Subject::LogEntry, StoreChange::Kind::Added, draft.id, draft.incidentId});
    transaction.commit();
    return draft;
}

QList<LogEntry> InvestigationLog::entries(const QUuid &incidentId, bool includeDeleted) const
{
    QString sql = QStringLiteral("SELECT %1 FROM log_entry WHERE incident_id = ?").arg(EntryColumns);
    if (!includeDeleted)
        sql += QStringLiteral(" AND deleted_at IS NULL");
    sql += QStringLiteral(" ORDER BY at, seq");
    QList<LogEntry> result;
    QSqlQuery q = m_store.exec(sql, {db::fromUuid(incidentId)});
    while (q.next())
        result << entryFromRow(q);
    return result;
}

QList<LogEntry> InvestigationLog::latestEntries(const QUuid &incidentId, int count, bool includeDeleted) const
{
    QString sql = QStringLiteral("SELECT %1 FROM log_entry WHERE incident_id = ?").arg(EntryColumns);
    if (!includeDeleted)
        sql += QStringLiteral(" AND deleted_at IS NULL");
    sql += QStringLiteral(" ORDER BY at DESC, seq DESC LIMIT ?");
    QList<LogEntry> result;
    QSqlQuery q = m_store.exec(sql, {db::fromUuid(incidentId), std::max(0, count)});
    while (q.next())
        result.prepend(entryFromRow(q));
    return result;
}

QList<LogEntry> InvestigationLog::entriesBefore(const QUuid &incidentId, const QUuid &entryId, int count,
                                                bool includeDeleted) const
{
    QString sql = QStringLiteral("SELECT %1 FROM log_entry WHERE incident_id = ? AND (at, seq) < "
                                 "(SELECT at, seq FROM log_entry WHERE id = ?)")
                      .arg(EntryColumns);
    if (!includeDeleted)
        sql += QStringLiteral(" AND deleted_at IS NULL");
    sql += QStringLiteral(" ORDER BY at DESC, seq DESC LIMIT ?");
    QList<LogEntry> result;
    QSqlQuery q = m_store.exec(sql, {db::fromUuid(incidentId), db::fromUuid(entryId), std::max(0, count)});
    while (q.next())
        result.prepend(entryFromRow(q));
    return result;
}

QList<LogEntry> InvestigationLog::entriesFrom(const QUuid &incidentId, const QUuid &entryId, bool includeDeleted) const
{
    QString sql = QStringLiteral("SELECT %1 FROM log_entry WHERE incident_id = ? AND (at, seq) >= "
                                 "(SELECT at, seq FROM log_entry WHERE id = ?)")
                      .arg(EntryColumns);
    if (!includeDeleted)
        sql += QStringLiteral(" AND deleted_at IS NULL");
    sql += QStringLiteral(" ORDER BY at, seq");
    QList<LogEntry> result;
    QSqlQuery q = m_store.exec(sql, {db::fromUuid(incidentId), db::fromUuid(entryId)});
    while (q.next())
        result << entryFromRow(q);
    return result;
}

std::optional<LogEntry> InvestigationLog::entry(const QUuid &id) const
{
    QSqlQuery q =
        m_store.exec(QStringLiteral("SELECT %1 FROM log_entry WHERE id = ?").arg(EntryColumns), {db::fromUuid(id)});
    if (!q.next())
        return std::nullopt;
    return entryFromRow(q);
}

LogEntry InvestigationLog::require(const QUuid &id) const
{
    if (auto found = entry(id))
        return *found;
    throw StoreError(StoreError::Kind::NotFound,
                     QCoreApplication::translate("InvestigationLog", "There is no log entry %1 in %2.")
                         .arg(db::fromUuid(id), m_store.path()));
}

LogEntry InvestigationLog::edit(const QUuid &id, LogEntryKind kind, const QString &body, const QDateTime &at)
{
    if (body.trimmed().isEmpty()) {
        throw StoreError(StoreError::Kind::Invalid,
                         QCoreApplication::translate("InvestigationLog", "A log entry needs some text."));
    }
    checkLength(body);
    Store::WriteTransaction transaction(m_store);
    LogEntry entry = require(id);
    const QDateTime newAt = at.isValid() ? QDateTime::fromMSecsSinceEpoch(at.toMSecsSinceEpoch(), Qt::UTC) : entry.at;
    if (entry.kind == kind && entry.body == body && entry.at == newAt)
        return entry;

    const QDateTime now = db::now();
    QSqlQuery next =
        m_store.exec(QStringLiteral("SELECT coalesce(max(revision), 0) + 1 FROM log_entry_revision WHERE entry_id = ?"),
                     {db::fromUuid(id)});
    next.next();
    const int revision = next.value(0).toInt();
    next.finish();
    m_store.exec(
        QStringLiteral("INSERT INTO log_entry_revision (entry_id, revision, at, kind, body, replaced_at) "
                       "VALUES (?, ?, ?, ?, ?, ?)"),
        {db::fromUuid(id), revision, db::fromDateTime(entry.at), toKey(entry.kind), entry.body, db::fromDateTime(now)});
    entry.backfilled = entry.backfilled || newAt != entry.at;
    entry.kind = kind;
    entry.body = body;
    entry.at = newAt;
    entry.updatedAt = now;
    m_store.exec(
        QStringLiteral("UPDATE log_entry SET at = ?, backfilled = ?, kind = ?, body = ?, updated_at = ? WHERE id = ?"),
        {db::fromDateTime(entry.at), entry.backfilled, toKey(entry.kind), entry.body, db::fromDateTime(now),
         db::fromUuid(id)});
    touchIncident(entry.incidentId, now);
    m_store.report({StoreChange::Subject::LogEntry, StoreChange::Kind::Changed, id, entry.incidentId});
    transaction.commit();
    return entry;
}

void InvestigationLog::setKeyEvent(const QUuid &id, bool keyEvent)
{
    Store::WriteTransaction transaction(m_store);
    const LogEntry entry = require(id);
    const QDateTime now = db::now();
    m_store.exec(QStringLiteral("UPDATE log_entry SET key_event = ?, updated_at = ? WHERE id = ?"),
                 {keyEvent, db::fromDateTime(now), db::fromUuid(id)});
    touchIncident(entry.incidentId, now);
    m_store.report({StoreChange::Subject::LogEntry, StoreChange::Kind::Changed, id, entry.incidentId});
    transaction.commit();
}

void InvestigationLog::remove(const QUuid &id)
{
    Store::WriteTransaction transaction(m_store);
    const LogEntry entry = require(id);
    const QDateTime now = db::now();
    m_store.exec(QStringLiteral("UPDATE log_entry SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL"),
                 {db::fromDateTime(now), db::fromUuid(id)});
    touchIncident(entry.incidentId, now);
    m_store.report({StoreChange::Subject::LogEntry, StoreChange::Kind::Removed, id, entry.incidentId});
    transaction.commit();
}

void InvestigationLog::restore(const QUuid &id)
{
    Store::WriteTransaction transaction(m_store);
    const LogEntry entry = require(id);
    const QDateTime now = db::now();
    m_store.exec(QStringLiteral("UPDATE log_entry SET deleted_at = NULL WHERE id = ?"), {db::fromUuid(id)});
    touchIncident(entry.incidentId, now);
    m_store.report({StoreChange::Subject::LogEntry, StoreChange::Kind::Added, id, entry.incidentId});
    transaction.commit();
}

QList<LogEntryRevision> InvestigationLog::revisions(const QUuid &id) const
{
    QList<LogEntryRevision> result;
    QSqlQuery q = m_store.exec(QStringLiteral("SELECT at, kind, body, replaced_at FROM log_entry_revision WHERE "
                                              "entry_id = ? ORDER BY revision"),
                               {db::fromUuid(id)});
    while (q.next()) {
        result << LogEntryRevision{id, db::toDateTime(q.value(0)),
                                   fromKey<LogEntryKind>(q.value(1).toString()).value_or(LogEntryKind::Note),
                                   q.value(2).toString(), db::toDateTime(q.value(3))};
    }
    return result;
}

QHash<QUuid, int> InvestigationLog::revisionCounts(const QList<QUuid> &entryIds) const
{
    QHash<QUuid, int> counts;
    forEachSlice(entryIds, [&](const QString &placeholders, const QVariantList &ids) {
        QSqlQuery q = m_store.exec(QStringLiteral("SELECT entry_id, count(*) FROM log_entry_revision WHERE entry_id "
                                                  "IN (%1) GROUP BY entry_id")
                                       .arg(placeholders),
                                   ids);
        while (q.next())
            counts.insert(db::toUuid(q.value(0)), q.value(1).toInt());
    });
    return counts;
}

QList<Attachment> InvestigationLog::attachments(const QUuid &incidentId) const
{
    QList<Attachment> result;
    QSqlQuery q = m_store.exec(QStringLiteral("SELECT a.id, a.entry_id, a.name, a.mime_type, a.data, a.created_at "
                                              "FROM attachment a JOIN log_entry e ON e.id = a.entry_id "
                                              "WHERE e.incident_id = ? ORDER BY e.seq, a.position"),
                               {db::fromUuid(incidentId)});
    while (q.next()) {
        result << Attachment{db::toUuid(q.value(0)), db::toUuid(q.value(1)),   q.value(2).toString(),
                             q.value(3).toString(),  q.value(4).toByteArray(), db::toDateTime(q.value(5))};
    }
    return result;
}

QList<Attachment> InvestigationLog::attachmentsOf(const QList<QUuid> &entryIds) const
{
    QList<Attachment> result;
    forEachSlice(entryIds, [&](const QString &placeholders, const QVariantList &ids) {
        QSqlQuery q = m_store.exec(
            QStringLiteral("SELECT a.id, a.entry_id, a.name, a.mime_type, a.data, a.created_at FROM attachment a "
                           "JOIN log_entry e ON e.id = a.entry_id WHERE a.entry_id IN (%1) ORDER BY e.seq, a.position")
                .arg(placeholders),
            ids);
        while (q.next()) {
            result << Attachment{db::toUuid(q.value(0)), db::toUuid(q.value(1)),   q.value(2).toString(),
                                 q.value(3).toString(),  q.value(4).toByteArray(), db::toDateTime(q.value(5))};
        }
    });
    return result;
}

void InvestigationLog::touchIncident(const QUuid &incidentId, const QDateTime &now)
{
    m_store.exec(QStringLiteral("UPDATE incident SET updated_at = ? WHERE id = ?"),
                 {db::fromDateTime(now), db::fromUuid(incidentId)});
}

} // namespace hindsight
