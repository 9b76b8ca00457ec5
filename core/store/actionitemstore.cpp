#include "actionitemstore.h"

#include <QCoreApplication>

namespace hindsight {

namespace {

/// Items still open, with the open statuses named one by one rather than "not one of the closed ones": SQLite then
/// reads them from the status index instead of scanning every item (19 ms against 1 ms on 30,000 items).
QString openCondition()
{
    QStringList keys;
    ActionItem item;
    for (const ActionItemStatus status : allValues<ActionItemStatus>()) {
        item.status = status;
        if (!item.isClosed())
            keys << QLatin1Char('\'') + toKey(status) + QLatin1Char('\'');
    }
    return QStringLiteral("status IN (%1)").arg(keys.join(QStringLiteral(", ")));
}

const QString ItemColumns = QStringLiteral("id, incident_id, title, type, priority, owner, status, due_date, "
                                           "tracker_url, created_at, closed_at, updated_at, number");

ActionItem itemFromRow(const QSqlQuery &q)
{
    ActionItem item;
    item.id = db::toUuid(q.value(0));
    item.incidentId = db::toUuid(q.value(1));
    item.title = q.value(2).toString();
    item.type = fromKey<ActionItemType>(q.value(3).toString()).value_or(ActionItemType::Repair);
    item.priority = fromKey<ActionItemPriority>(q.value(4).toString()).value_or(ActionItemPriority::Middle);
    item.owner = q.value(5).toString();
    item.status = fromKey<ActionItemStatus>(q.value(6).toString()).value_or(ActionItemStatus::NotStarted);
    item.dueDate = db::toDate(q.value(7));
    item.trackerUrl = q.value(8).toString();
    item.createdAt = db::toDateTime(q.value(9));
    item.closedAt = db::toDateTime(q.value(10));
    item.updatedAt = db::toDateTime(q.value(11));
    item.number = q.value(12).toInt();
    return item;
}

} // namespace

ActionItemStore::ActionItemStore(Store &store)
    : m_store(store)
{}

void ActionItemStore::validate(const ActionItem &item) const
{
    if (item.title.trimmed().isEmpty()) {
        throw StoreError(StoreError::Kind::Invalid,
                         QCoreApplication::translate("ActionItemStore", "An action item needs a title."));
    }
}

int ActionItemStore::endPosition(const QUuid &incidentId) const
{
    QSqlQuery q =
        m_store.exec(QStringLiteral("SELECT coalesce(max(position), -1) + 1 FROM action_item WHERE incident_id = ?"),
                     {db::fromUuid(incidentId)});
    return q.next() ? q.value(0).toInt() : 0;
}

ActionItem ActionItemStore::add(ActionItem draft)
{
    validate(draft);
    const QDateTime now = db::now();
    draft.id = QUuid::createUuid();
    draft.createdAt = draft.updatedAt = now;
    draft.closedAt = draft.isClosed() ? now : QDateTime();

    Store::WriteTransaction transaction(m_store);
    QSqlQuery incident =
        m_store.exec(QStringLiteral("SELECT 1 FROM incident WHERE id = ?"), {db::fromUuid(draft.incidentId)});
    if (!incident.next()) {
        throw StoreError(StoreError::Kind::NotFound,
                         QCoreApplication::translate("ActionItemStore", "The action item's incident is not in %1.")
                             .arg(m_store.path()));
    }
    incident.finish();
    const int position = endPosition(draft.incidentId);
    m_store.exec(QStringLiteral("UPDATE issued_number SET last_number = last_number + 1 WHERE name = 'action_item'"));
    QSqlQuery issued = m_store.exec(QStringLiteral("SELECT last_number FROM issued_number WHERE name = 'action_item'"));
    if (!issued.next())
        m_store.fail(QCoreApplication::translate("ActionItemStore", "number an action item"),
                     QCoreApplication::translate("ActionItemStore", "the store has no action item counter"));
    draft.number = issued.value(0).toInt();
    issued.finish();
    m_store.exec(
        QStringLiteral("INSERT INTO action_item (%1, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .arg(ItemColumns),
        {db::fromUuid(draft.id), db::fromUuid(draft.incidentId), draft.title, toKey(draft.type), toKey(draft.priority),
         draft.owner, toKey(draft.status), db::fromDate(draft.dueDate), draft.trackerUrl,
         db::fromDateTime(draft.createdAt), db::fromDateTime(draft.closedAt), db::fromDateTime(draft.updatedAt),
         draft.number, position});
    m_store.report({StoreChange::Subject::ActionItem, StoreChange::Kind::Added, draft.id, draft.incidentId});
    transaction.commit();
    return draft;
}

std::optional<ActionItem> ActionItemStore::byId(const QUuid &id) const
{
    QSqlQuery q =
        m_store.exec(QStringLiteral("SELECT %1 FROM action_item WHERE id = ?").arg(ItemColumns), {db::fromUuid(id)});
    if (!q.next())
        return std::nullopt;
    return itemFromRow(q);
}

std::optional<ActionItem> ActionItemStore::byNumber(int number) const
{
    QSqlQuery q =
        m_store.exec(QStringLiteral("SELECT %1 FROM action_item WHERE number = ?").arg(ItemColumns), {number});
    if (!q.next())
        return std::nullopt;
    return itemFromRow(q);
}

ActionItem ActionItemStore::require(const QString &shortId) const
{
    const std::optional<int> number = ActionItem::numberFromShortId(shortId);
    if (!number) {
        throw StoreError(StoreError::Kind::Invalid,
                         QCoreApplication::translate("ActionItemStore",
                                                     "'%1' is not an action item ID: IDs look like A12 (or just 12).")
                             .arg(shortId));
    }
    if (auto item = byNumber(*number))
        return *item;
    throw StoreError(StoreError::Kind::NotFound,
                     QCoreApplication::translate("ActionItemStore", "There is no action item A%1 in %2.")
                         .arg(*number)
                         .arg(m_store.path()));
}

ActionItem ActionItemStore::requireId(const QUuid &id) const
{
    if (auto item = byId(id))
        return *item;
    throw StoreError(StoreError::Kind::NotFound,
                     QCoreApplication::translate("ActionItemStore", "There is no action item %1 in %2.")
                         .arg(db::fromUuid(id), m_store.path()));
}

QList<ActionItem> ActionItemStore::forIncident(const QUuid &incidentId) const
{
    QList<ActionItem> result;
    QSqlQuery q = m_store.exec(
        QStringLiteral("SELECT %1 FROM action_item WHERE incident_id = ? ORDER BY position").arg(ItemColumns),
        {db::fromUuid(incidentId)});
    while (q.next())
        result << itemFromRow(q);
    return result;
}

QList<ActionItem> ActionItemStore::list(const ActionItemQuery &query) const
{
    QStringList conditions;
    QVariantList values;
    if (query.incidentId) {
        conditions << QStringLiteral("incident_id = ?");
        values << db::fromUuid(*query.incidentId);
    }
    if (query.status) {
        conditions << QStringLiteral("status = ?");
        values << toKey(*query.status);
    }
    if (query.openOnly)
        conditions << openCondition();
    if (query.priority) {
        conditions << QStringLiteral("priority = ?");
        values << toKey(*query.priority);
    }
    if (query.type) {
        conditions << QStringLiteral("type = ?");
        values << toKey(*query.type);
    }
    if (!query.owner.isEmpty()) {
        conditions << QStringLiteral("owner = ?");
        values << query.owner;
    }
    if (query.overdueOn.isValid()) {
        conditions << openCondition() + QStringLiteral(" AND due_date < ?");
        values << db::fromDate(query.overdueOn);
    }
    QString sql = QStringLiteral("SELECT %1 FROM action_item").arg(ItemColumns);
    if (!conditions.isEmpty())
        sql += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY due_date IS NULL, due_date, "
                          "(SELECT number FROM incident WHERE incident.id = action_item.incident_id), position");
    QList<ActionItem> result;
    QSqlQuery q = m_store.exec(sql, values);
    while (q.next())
        result << itemFromRow(q);
    return result;
}

ActionItemCounts ActionItemStore::counts(const QDate &today) const
{
    QSqlQuery q = m_store.exec(
        QStringLiteral("SELECT count(*), coalesce(sum(due_date < ?), 0) FROM action_item WHERE ") + openCondition(),
        {db::fromDate(today)});
    q.next();
    return {q.value(0).toInt(), q.value(1).toInt()};
}

QStringList ActionItemStore::owners() const
{
    QStringList result;
    QSqlQuery q =
        m_store.exec(QStringLiteral("SELECT DISTINCT owner FROM action_item WHERE owner <> '' ORDER BY owner"));
    while (q.next())
        result << q.value(0).toString();
    return result;
}

QHash<QUuid, ActionItemIncident> ActionItemStore::incidents() const
{
    QHash<QUuid, ActionItemIncident> result;
    QSqlQuery q = m_store.exec(QStringLiteral("SELECT id, number, title, status FROM incident "
                                              "WHERE id IN (SELECT incident_id FROM action_item)"));
    while (q.next()) {
        result.insert(db::toUuid(q.value(0)),
                      {q.value(1).toInt(), q.value(2).toString(),
                       fromKey<IncidentStatus>(q.value(3).toString()).value_or(IncidentStatus::Investigating)});
    }
    return result;
}

ActionItem ActionItemStore::update(ActionItem changed)
{
    validate(changed);
    Store::WriteTransaction transaction(m_store);
    const ActionItem before = requireId(changed.id);
    const QDateTime now = db::now();
    changed.incidentId = before.incidentId;
    changed.number = before.number;
    changed.createdAt = before.createdAt;
    changed.updatedAt = now;
    if (!changed.isClosed())
        changed.closedAt = QDateTime();
    else if (!before.isClosed() || !before.closedAt.isValid())
        changed.closedAt = now;
    else
        changed.closedAt = before.closedAt;
    m_store.exec(QStringLiteral("UPDATE action_item SET title = ?, type = ?, priority = ?, owner = ?, status = ?, "
                                "due_date = ?, tracker_url = ?, closed_at = ?, updated_at = ? WHERE id = ?"),
                 {changed.title, toKey(changed.type), toKey(changed.priority), changed.owner, toKey(changed.status),
                  db::fromDate(changed.dueDate), changed.trackerUrl, db::fromDateTime(changed.closedAt),
                  db::fromDateTime(changed.updatedAt), db::fromUuid(changed.id)});
    m_store.report({StoreChange::Subject::ActionItem, StoreChange::Kind::Changed, changed.id, changed.incidentId});
    transaction.commit();
    return changed;
}

void ActionItemStore::move(const QUuid &id, int position)
{
    Store::WriteTransaction transaction(m_store);
    const ActionItem item = requireId(id);
    QList<ActionItem> items = forIncident(item.incidentId);
    const auto from = std::find_if(items.begin(), items.end(), [&](const ActionItem &i) { return i.id == id; });
    const qsizetype fromIndex = from - items.begin();
    const qsizetype toIndex = std::clamp<qsizetype>(position, 0, items.size() - 1);
    items.move(fromIndex, toIndex);
    for (int i = 0; i < items.size(); ++i) {
        m_store.exec(QStringLiteral("UPDATE action_item SET position = ? WHERE id = ?"),
                     {i, db::fromUuid(items[i].id)});
    }
    m_store.report({StoreChange::Subject::ActionItem, StoreChange::Kind::Changed, id, item.incidentId});
    transaction.commit();
}

void ActionItemStore::remove(const QUuid &id)
{
    Store::WriteTransaction transaction(m_store);
    const std::optional<ActionItem> item = byId(id);
    if (!item)
        return;
    m_store.exec(QStringLiteral("DELETE FROM action_item WHERE id = ?"), {db::fromUuid(id)});
    m_store.report({StoreChange::Subject::ActionItem, StoreChange::Kind::Removed, id, item->incidentId});
    transaction.commit();
}

void ActionItemStore::restore(const ActionItem &item, int position)
{
    Store::WriteTransaction transaction(m_store);
    // At the end first; move() then puts it in its place and numbers the positions again.
    const int end = endPosition(item.incidentId);
    m_store.exec(
        QStringLiteral("INSERT INTO action_item (%1, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .arg(ItemColumns),
        {db::fromUuid(item.id), db::fromUuid(item.incidentId), item.title, toKey(item.type), toKey(item.priority),
         item.owner, toKey(item.status), db::fromDate(item.dueDate), item.trackerUrl, db::fromDateTime(item.createdAt),
         db::fromDateTime(item.closedAt), db::fromDateTime(item.updatedAt), item.number, end});
    move(item.id, position);
    m_store.report({StoreChange::Subject::ActionItem, StoreChange::Kind::Added, item.id, item.incidentId});
    transaction.commit();
}

} // namespace hindsight
