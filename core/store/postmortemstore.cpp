#include "postmortemstore.h"

#include <QCoreApplication>

namespace hindsight {

PostmortemStore::PostmortemStore(Store &store)
    : m_store(store)
{}

std::optional<Postmortem> PostmortemStore::forIncident(const QUuid &incidentId) const
{
    QSqlQuery q = m_store.exec(
        QStringLiteral("SELECT id, incident_id, root_cause, went_well, went_wrong, got_lucky, review_state, "
                       "review_date, head_attended, head_decision, published_url, published_id, published_number, "
                       "published_at, created_at, updated_at, approved_at FROM postmortem WHERE incident_id = ?"),
        {db::fromUuid(incidentId)});
    if (!q.next())
        return std::nullopt;
    Postmortem p;
    p.id = db::toUuid(q.value(0));
    p.incidentId = db::toUuid(q.value(1));
    p.rootCause = q.value(2).toString();
    p.wentWell = q.value(3).toString();
    p.wentWrong = q.value(4).toString();
    p.gotLucky = q.value(5).toString();
    p.reviewState = fromKey<ReviewState>(q.value(6).toString()).value_or(ReviewState::Draft);
    p.review.date = db::toDate(q.value(7));
    p.review.headOfDepartmentAttended = q.value(8).toBool();
    p.review.headAttendanceDecision =
        fromKey<HeadAttendanceDecision>(q.value(9).toString()).value_or(HeadAttendanceDecision::Undecided);
    p.publication.url = q.value(10).toString();
    p.publication.id = q.value(11).toString();
    p.publication.number = q.value(12).toInt();
    p.publication.publishedAt = db::toDateTime(q.value(13));
    p.createdAt = db::toDateTime(q.value(14));
    p.updatedAt = db::toDateTime(q.value(15));
    p.approvedAt = db::toDateTime(q.value(16));
    q.finish();

    q = m_store.exec(QStringLiteral("SELECT name FROM postmortem_attendee WHERE postmortem_id = ? ORDER BY position"),
                     {db::fromUuid(p.id)});
    while (q.next())
        p.review.attendees << q.value(0).toString();
    return p;
}

Postmortem PostmortemStore::save(Postmortem postmortem)
{
    Store::WriteTransaction transaction(m_store);
    QSqlQuery incident =
        m_store.exec(QStringLiteral("SELECT 1 FROM incident WHERE id = ?"), {db::fromUuid(postmortem.incidentId)});
    if (!incident.next()) {
        throw StoreError(StoreError::Kind::NotFound,
                         QCoreApplication::translate("PostmortemStore", "The postmortem's incident is not in %1.")
                             .arg(m_store.path()));
    }
    incident.finish();

    const QDateTime now = db::now();
    if (const std::optional<Postmortem> existing = forIncident(postmortem.incidentId)) {
        postmortem.id = existing->id;
        postmortem.createdAt = existing->createdAt;
    } else {
        if (postmortem.id.isNull())
            postmortem.id = QUuid::createUuid();
        postmortem.createdAt = now;
    }
    postmortem.updatedAt = now;

    const QString id = db::fromUuid(postmortem.id);
    m_store.exec(
        QStringLiteral("INSERT INTO postmortem (id, incident_id, root_cause, went_well, went_wrong, got_lucky, "
                       "review_state, review_date, head_attended, head_decision, published_url, published_id, "
                       "published_number, published_at, created_at, updated_at, approved_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT (id) DO UPDATE SET root_cause = excluded.root_cause, "
                       "went_well = excluded.went_well, went_wrong = excluded.went_wrong, "
                       "got_lucky = excluded.got_lucky, review_state = excluded.review_state, "
                       "review_date = excluded.review_date, head_attended = excluded.head_attended, "
                       "head_decision = excluded.head_decision, published_url = excluded.published_url, "
                       "published_id = excluded.published_id, published_number = excluded.published_number, "
                       "published_at = excluded.published_at, updated_at = excluded.updated_at, "
                       "approved_at = excluded.approved_at"),
        {id, db::fromUuid(postmortem.incidentId), postmortem.rootCause, postmortem.wentWell, postmortem.wentWrong,
         postmortem.gotLucky, toKey(postmortem.reviewState), db::fromDate(postmortem.review.date),
         postmortem.review.headOfDepartmentAttended, toKey(postmortem.review.headAttendanceDecision),
         postmortem.publication.url, postmortem.publication.id, postmortem.publication.number,
         db::fromDateTime(postmortem.publication.publishedAt), db::fromDateTime(postmortem.createdAt),
         db::fromDateTime(postmortem.updatedAt), db::fromDateTime(postmortem.approvedAt)});
    m_store.exec(QStringLiteral("DELETE FROM postmortem_attendee WHERE postmortem_id = ?"), {id});
    int position = 0;
    for (const QString &name : postmortem.review.attendees) {
        if (name.trimmed().isEmpty())
            continue;
        m_store.exec(QStringLiteral("INSERT INTO postmortem_attendee (postmortem_id, position, name) VALUES (?, ?, ?)"),
                     {id, position++, name.trimmed()});
    }
    m_store.report(
        {StoreChange::Subject::Postmortem, StoreChange::Kind::Changed, postmortem.incidentId, postmortem.incidentId});
    transaction.commit();
    return postmortem;
}

} // namespace hindsight
