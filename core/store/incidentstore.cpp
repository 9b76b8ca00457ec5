#include "incidentstore.h"

#include "domain/reviewrules.h"
#include "investigationlog.h"
#include "postmortemstore.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlRecord>

namespace hindsight {

namespace {

const QString IncidentColumns = QStringLiteral(
    "id, number, title, severity, status, summary, detected_at, started_at, mitigated_at, resolved_at, time_zone, "
    "exercise, created_at, updated_at");

Incident incidentFromRow(const QSqlQuery &q)
{
    Incident incident;
    incident.id = db::toUuid(q.value(0));
    incident.number = q.value(1).toInt();
    incident.title = q.value(2).toString();
    incident.severity = fromKey<Severity>(q.value(3).toString()).value_or(Severity::Middle);
    incident.status = fromKey<IncidentStatus>(q.value(4).toString()).value_or(IncidentStatus::Investigating);
    incident.summary = q.value(5).toString();
    incident.detectedAt = db::toDateTime(q.value(6));
    incident.startedAt = db::toDateTime(q.value(7));
    incident.mitigatedAt = db::toDateTime(q.value(8));
    incident.resolvedAt = db::toDateTime(q.value(9));
    incident.timeZone = q.value(10).toString();
    incident.exercise = q.value(11).toBool();
    incident.createdAt = db::toDateTime(q.value(12));
    incident.updatedAt = db::toDateTime(q.value(13));
    return incident;
}

QString whereClause(const IncidentQuery &query, QVariantList &values)
{
    QStringList conditions;
    if (query.status) {
        conditions << QStringLiteral("status = ?");
        values << toKey(*query.status);
    }
    if (query.severity) {
        conditions << QStringLiteral("severity = ?");
        values << toKey(*query.severity);
    }
    const QString text = query.text.trimmed();
    if (!text.isEmpty()) {
        QString pattern = text;
        pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('%'), QStringLiteral("\\%"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
        pattern = QLatin1Char('%') + pattern + QLatin1Char('%');
        conditions << QStringLiteral(
            "(CAST(number AS TEXT) = ? OR title LIKE ? ESCAPE '\\' OR summary LIKE ? ESCAPE '\\')");
        values << QString(text).remove(QLatin1Char('#')) << pattern << pattern;
    }
    return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

QString orderClause(IncidentQuery::Order order)
{
    using Order = IncidentQuery::Order;
    const QString severityRank =
        QStringLiteral("CASE severity WHEN 'low' THEN 0 WHEN 'middle' THEN 1 WHEN 'high' THEN 2 ELSE 3 END");
    const QString statusRank = QStringLiteral(
        "CASE status WHEN 'investigating' THEN 0 WHEN 'mitigated' THEN 1 WHEN 'resolved' THEN 2 ELSE 3 END");
    switch (order) {
    case Order::OpenFirst:
        // Served by the index incident_open_first (schema version 7), whose expression this must stay.
        return QStringLiteral(" ORDER BY status IN ('resolved', 'closed'), number DESC");
    case Order::NumberAscending:
        return QStringLiteral(" ORDER BY number");
    case Order::NumberDescending:
        return QStringLiteral(" ORDER BY number DESC");
    case Order::SeverityAscending:
        return QStringLiteral(" ORDER BY %1, number DESC").arg(severityRank);
    case Order::SeverityDescending:
        return QStringLiteral(" ORDER BY %1 DESC, number DESC").arg(severityRank);
    case Order::StatusAscending:
        return QStringLiteral(" ORDER BY %1, number DESC").arg(statusRank);
    case Order::StatusDescending:
        return QStringLiteral(" ORDER BY %1 DESC, number DESC").arg(statusRank);
    case Order::TitleAscending:
        return QStringLiteral(" ORDER BY title COLLATE NOCASE, number DESC");
    case Order::TitleDescending:
        return QStringLiteral(" ORDER BY title COLLATE NOCASE DESC, number DESC");
    case Order::DetectedAscending:
        return QStringLiteral(" ORDER BY detected_at, number");
    case Order::DetectedDescending:
        return QStringLiteral(" ORDER BY detected_at DESC, number DESC");
    }
    return {};
}

QString changeText(const char *field, const QString &from, const QString &to)
{
    return QCoreApplication::translate("IncidentStore", "%1 changed from %2 to %3.")
        .arg(QCoreApplication::translate("IncidentStore", field), from, to);
}

} // namespace

IncidentStore::IncidentStore(Store &store)
    : m_store(store)
{}

void IncidentStore::validate(const Incident &incident) const
{
    if (incident.title.trimmed().isEmpty()) {
        throw StoreError(StoreError::Kind::Invalid,
                         QCoreApplication::translate("IncidentStore", "An incident needs a title."));
    }
    for (const OccurrenceWindow &window : incident.occurrences) {
        if (!window.start.isValid() || (window.end.isValid() && window.end < window.start)) {
            throw StoreError(StoreError::Kind::Invalid,
                             QCoreApplication::translate("IncidentStore",
                                                         "An occurrence window needs a start, and its end may not "
                                                         "come before its start."));
        }
    }
    for (const RelatedLink &link : incident.links) {
        if (link.url.trimmed().isEmpty()) {
            throw StoreError(StoreError::Kind::Invalid,
                             QCoreApplication::translate("IncidentStore", "A related link needs a URL."));
        }
    }
}

Incident IncidentStore::create(Incident draft)
{
    validate(draft);
    const QDateTime now = db::now();
    draft.id = QUuid::createUuid();
    draft.createdAt = now;
    draft.updatedAt = now;
    if (!draft.detectedAt.isValid())
        draft.detectedAt = now;

    Store::WriteTransaction transaction(m_store);
    QSqlQuery next = m_store.exec(QStringLiteral("SELECT coalesce(max(number), 0) + 1 FROM incident"));
    next.next();
    draft.number = next.value(0).toInt();
    next.finish();
    m_store.exec(QStringLiteral("INSERT INTO incident (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                     .arg(IncidentColumns),
                 {db::fromUuid(draft.id), draft.number, draft.title, toKey(draft.severity), toKey(draft.status),
                  draft.summary, db::fromDateTime(draft.detectedAt), db::fromDateTime(draft.startedAt),
                  db::fromDateTime(draft.mitigatedAt), db::fromDateTime(draft.resolvedAt), draft.timeZone,
                  draft.exercise, db::fromDateTime(draft.createdAt), db::fromDateTime(draft.updatedAt)});
    writeDetails(draft);
    m_store.report({StoreChange::Subject::Incident, StoreChange::Kind::Added, draft.id, draft.id});
    transaction.commit();
    return draft;
}

std::optional<Incident> IncidentStore::byNumber(int number) const
{
    QSqlQuery q =
        m_store.exec(QStringLiteral("SELECT %1 FROM incident WHERE number = ?").arg(IncidentColumns), {number});
    if (!q.next())
        return std::nullopt;
    Incident incident = incidentFromRow(q);
    q.finish();
    loadDetails(incident);
    return incident;
}

std::optional<Incident> IncidentStore::byId(const QUuid &id) const
{
    QSqlQuery q =
        m_store.exec(QStringLiteral("SELECT %1 FROM incident WHERE id = ?").arg(IncidentColumns), {db::fromUuid(id)});
    if (!q.next())
        return std::nullopt;
    Incident incident = incidentFromRow(q);
    q.finish();
    loadDetails(incident);
    return incident;
}

Incident IncidentStore::require(int number) const
{
    if (auto incident = byNumber(number))
        return *incident;
    throw StoreError(
        StoreError::Kind::NotFound,
        QCoreApplication::translate("IncidentStore", "There is no incident %1 in %2.").arg(number).arg(m_store.path()));
}

QList<Incident> IncidentStore::list(const IncidentQuery &query) const
{
    QVariantList values;
    QString sql = QStringLiteral("SELECT %1 FROM incident").arg(IncidentColumns) + whereClause(query, values);
    sql += orderClause(query.order);
    sql += QStringLiteral(" LIMIT ? OFFSET ?");
    values << query.limit << query.offset;

    QList<Incident> incidents;
    QSqlQuery q = m_store.exec(sql, values);
    while (q.next())
        incidents << incidentFromRow(q);
    q.finish();
    if (query.withDetails) {
        for (Incident &incident : incidents)
            loadDetails(incident);
    }
    return incidents;
}

int IncidentStore::count(const IncidentQuery &query) const
{
    QVariantList values;
    QSqlQuery q = m_store.exec(QStringLiteral("SELECT count(*) FROM incident") + whereClause(query, values), values);
    return q.next() ? q.value(0).toInt() : 0;
}

QList<Incident> IncidentStore::earlierWithProducts(int number, const QStringList &products, int limit) const
{
    QSet<QString> wanted;
    for (const QString &product : products) {
        if (!product.trimmed().isEmpty())
            wanted.insert(product.trimmed().toCaseFolded());
    }
    if (wanted.isEmpty())
        return {};
    // Product names as stored that are one of these (compared trimmed and case-folded, which SQLite cannot do for
    // non-ASCII text), then the latest earlier incidents with one of them: the incident table is walked newest first
    // and stops at the limit, whatever the store holds.
    QVariantList names;
    QSqlQuery q = m_store.exec(QStringLiteral("SELECT DISTINCT name FROM incident_product"));
    while (q.next()) {
        const QString name = q.value(0).toString();
        if (wanted.contains(name.trimmed().toCaseFolded()))
            names << name;
    }
    q.finish();
    if (names.isEmpty())
        return {};
    const QStringList placeholders(names.size(), QStringLiteral("?"));
    q = m_store.exec(QStringLiteral("SELECT incident.id FROM incident WHERE incident.number < ? AND "
                                    "incident.exercise = 0 AND EXISTS (SELECT 1 FROM incident_product WHERE "
                                    "incident_product.incident_id = incident.id AND incident_product.name IN "
                                    "(%1)) ORDER BY incident.number DESC LIMIT ?")
                         .arg(placeholders.join(QLatin1Char(','))),
                     QVariantList{number} + names + QVariantList{limit});
    QList<QUuid> ids;
    while (q.next())
        ids << db::toUuid(q.value(0));
    q.finish();
    QList<Incident> result;
    for (const QUuid &id : std::as_const(ids)) {
        if (std::optional<Incident> incident = byId(id))
            result << *std::move(incident);
    }
    return result;
}

Incident IncidentStore::update(Incident changed, const QString &author)
{
    validate(changed);
    Store::WriteTransaction transaction(m_store);
    const std::optional<Incident> before = byId(changed.id);
    if (!before) {
        throw StoreError(
            StoreError::Kind::NotFound,
            QCoreApplication::translate("IncidentStore", "The incident was deleted from %1.").arg(m_store.path()));
    }
    const QDateTime now = db::now();
    changed.number = before->number;
    changed.createdAt = before->createdAt;
    changed.updatedAt = now;
    // Checked here, before anything is written, so that no client can close what the review rules keep open.
    const bool closing = changed.status == IncidentStatus::Closed &&
                         (before->status != IncidentStatus::Closed || changed.severity != before->severity);
    if (closing) {
        if (const auto why = whyCannotClose(changed, PostmortemStore(m_store).forIncident(changed.id)))
            throw StoreError(StoreError::Kind::Invalid, *why);
    }
    if (changed.status != before->status) {
        const bool pastMitigation = changed.status != IncidentStatus::Investigating;
        const bool pastResolution =
            changed.status == IncidentStatus::Resolved || changed.status == IncidentStatus::Closed;
        if (pastMitigation && !changed.mitigatedAt.isValid())
            changed.mitigatedAt = now;
        if (pastResolution && !changed.resolvedAt.isValid())
            changed.resolvedAt = now;
    }

    m_store.exec(
        QStringLiteral("UPDATE incident SET title = ?, severity = ?, status = ?, summary = ?, detected_at = ?, "
                       "started_at = ?, mitigated_at = ?, resolved_at = ?, time_zone = ?, exercise = ?, "
                       "updated_at = ? WHERE id = ?"),
        {changed.title, toKey(changed.severity), toKey(changed.status), changed.summary,
         db::fromDateTime(changed.detectedAt), db::fromDateTime(changed.startedAt),
         db::fromDateTime(changed.mitigatedAt), db::fromDateTime(changed.resolvedAt), changed.timeZone,
         changed.exercise, db::fromDateTime(changed.updatedAt), db::fromUuid(changed.id)});
    writeDetails(changed);

    InvestigationLog log(m_store);
    const auto record = [&](const QString &text) {
        LogEntry entry;
        entry.incidentId = changed.id;
        entry.author = author;
        entry.body = text;
        entry.automatic = true;
        log.append(entry);
    };
    if (changed.severity != before->severity)
        record(changeText(QT_TRANSLATE_NOOP("IncidentStore", "Severity"), displayName(before->severity),
                          displayName(changed.severity)));
    if (changed.status != before->status)
        record(changeText(QT_TRANSLATE_NOOP("IncidentStore", "Status"), displayName(before->status),
                          displayName(changed.status)));
    // The automatic entries touched the incident again, possibly a millisecond later.
    QSqlQuery updated =
        m_store.exec(QStringLiteral("SELECT updated_at FROM incident WHERE id = ?"), {db::fromUuid(changed.id)});
    if (updated.next())
        changed.updatedAt = db::toDateTime(updated.value(0));
    updated.finish();
    m_store.report({StoreChange::Subject::Incident, StoreChange::Kind::Changed, changed.id, changed.id});
    transaction.commit();
    return changed;
}

CascadeSnapshot IncidentStore::takeBack(const QUuid &id)
{
    Store::WriteTransaction transaction(m_store);
    const CascadeSnapshot removed =
        CascadeSnapshot::read(m_store, QStringLiteral("incident"), QStringLiteral("id"), db::fromUuid(id));
    if (removed.isEmpty()) {
        throw StoreError(
            StoreError::Kind::NotFound,
            QCoreApplication::translate("IncidentStore", "The incident was deleted from %1.").arg(m_store.path()));
    }
    removed.remove(m_store);
    m_store.report({StoreChange::Subject::Incident, StoreChange::Kind::Removed, id, id});
    transaction.commit();
    return removed;
}

void IncidentStore::putBack(const CascadeSnapshot &removed, const QUuid &id)
{
    Store::WriteTransaction transaction(m_store);
    removed.restore(m_store);
    m_store.report({StoreChange::Subject::Incident, StoreChange::Kind::Added, id, id});
    transaction.commit();
}

void IncidentStore::writeDetails(const Incident &incident)
{
    const QString id = db::fromUuid(incident.id);
    for (const char *table : {"incident_occurrence", "incident_product", "incident_link", "incident_person"})
        m_store.exec(QStringLiteral("DELETE FROM %1 WHERE incident_id = ?").arg(QLatin1String(table)), {id});
    for (int i = 0; i < incident.occurrences.size(); ++i) {
        const OccurrenceWindow &w = incident.occurrences[i];
        m_store.exec(
            QStringLiteral("INSERT INTO incident_occurrence (incident_id, position, start_at, end_at) VALUES (?, ?, "
                           "?, ?)"),
            {id, i, db::fromDateTime(w.start), db::fromDateTime(w.end)});
    }
    int position = 0;
    for (const QString &product : incident.products) {
        if (product.trimmed().isEmpty())
            continue;
        m_store.exec(QStringLiteral("INSERT INTO incident_product (incident_id, position, name) VALUES (?, ?, ?)"),
                     {id, position++, product.trimmed()});
    }
    for (int i = 0; i < incident.links.size(); ++i) {
        m_store.exec(
            QStringLiteral("INSERT INTO incident_link (incident_id, position, label, url) VALUES (?, ?, ?, ?)"),
            {id, i, incident.links[i].label, incident.links[i].url.trimmed()});
    }
    position = 0;
    for (const Person &person : incident.people) {
        if (person.name.trimmed().isEmpty())
            continue;
        m_store.exec(
            QStringLiteral("INSERT INTO incident_person (incident_id, position, role, name) VALUES (?, ?, ?, ?)"),
            {id, position++, toKey(person.role), person.name.trimmed()});
    }
}

void IncidentStore::loadDetails(Incident &incident) const
{
    const QString id = db::fromUuid(incident.id);
    QSqlQuery q = m_store.exec(
        QStringLiteral("SELECT start_at, end_at FROM incident_occurrence WHERE incident_id = ? ORDER BY position"),
        {id});
    while (q.next())
        incident.occurrences << OccurrenceWindow{db::toDateTime(q.value(0)), db::toDateTime(q.value(1))};
    q = m_store.exec(QStringLiteral("SELECT name FROM incident_product WHERE incident_id = ? ORDER BY position"), {id});
    while (q.next())
        incident.products << q.value(0).toString();
    q = m_store.exec(QStringLiteral("SELECT label, url FROM incident_link WHERE incident_id = ? ORDER BY position"),
                     {id});
    while (q.next())
        incident.links << RelatedLink{q.value(0).toString(), q.value(1).toString()};
    q = m_store.exec(QStringLiteral("SELECT role, name FROM incident_person WHERE incident_id = ? ORDER BY position"),
                     {id});
    while (q.next()) {
        incident.people << Person{fromKey<PersonRole>(q.value(0).toString()).value_or(PersonRole::Sre),
                                  q.value(1).toString()};
    }
}

} // namespace hindsight
