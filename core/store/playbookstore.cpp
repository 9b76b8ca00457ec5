#include "playbookstore.h"

#include "text/searchtext.h"

#include <QCoreApplication>

namespace hindsight {

namespace {

const QString PlaybookColumns = QStringLiteral("id, title, trigger_text, body, created_at, updated_at, number");

Playbook playbookFromRow(const QSqlQuery &q)
{
    Playbook playbook;
    playbook.id = db::toUuid(q.value(0));
    playbook.title = q.value(1).toString();
    playbook.trigger = q.value(2).toString();
    playbook.body = q.value(3).toString();
    playbook.createdAt = db::toDateTime(q.value(4));
    playbook.updatedAt = db::toDateTime(q.value(5));
    playbook.number = q.value(6).toInt();
    return playbook;
}

} // namespace

PlaybookStore::PlaybookStore(Store &store)
    : m_store(store)
{}

void PlaybookStore::validate(const Playbook &playbook) const
{
    if (playbook.title.trimmed().isEmpty()) {
        throw StoreError(StoreError::Kind::Invalid,
                         QCoreApplication::translate("PlaybookStore", "A playbook needs a title."));
    }
    for (const QUuid &incidentId : playbook.sourceIncidentIds) {
        QSqlQuery q = m_store.exec(QStringLiteral("SELECT 1 FROM incident WHERE id = ?"), {db::fromUuid(incidentId)});
        if (!q.next()) {
            throw StoreError(StoreError::Kind::NotFound,
                             QCoreApplication::translate("PlaybookStore", "The playbook's incident is not in %1.")
                                 .arg(m_store.path()));
        }
    }
}

Playbook PlaybookStore::create(Playbook draft)
{
    draft.id = QUuid::createUuid();
    draft.createdAt = draft.updatedAt = db::now();
    Store::WriteTransaction transaction(m_store);
    validate(draft);
    m_store.exec(QStringLiteral("UPDATE issued_number SET last_number = last_number + 1 WHERE name = 'playbook'"));
    QSqlQuery issued = m_store.exec(QStringLiteral("SELECT last_number FROM issued_number WHERE name = 'playbook'"));
    if (!issued.next())
        m_store.fail(QCoreApplication::translate("PlaybookStore", "number a playbook"),
                     QCoreApplication::translate("PlaybookStore", "the store has no playbook counter"));
    draft.number = issued.value(0).toInt();
    issued.finish();
    m_store.exec(QStringLiteral("INSERT INTO playbook (%1) VALUES (?, ?, ?, ?, ?, ?, ?)").arg(PlaybookColumns),
                 {db::fromUuid(draft.id), draft.title, draft.trigger, draft.body, db::fromDateTime(draft.createdAt),
                  db::fromDateTime(draft.updatedAt), draft.number});
    writeDetails(draft);
    m_store.report({StoreChange::Subject::Playbook, StoreChange::Kind::Added, draft.id, QUuid()});
    transaction.commit();
    draft.tags.removeIf([](const QString &tag) { return tag.trimmed().isEmpty(); });
    for (QString &tag : draft.tags)
        tag = tag.trimmed();
    return draft;
}

QList<Playbook> PlaybookStore::select(const QString &where, const QVariantList &values) const
{
    QList<Playbook> result;
    QString sql = QStringLiteral("SELECT %1 FROM playbook").arg(PlaybookColumns);
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where;
    QSqlQuery q = m_store.exec(sql + QStringLiteral(" ORDER BY title COLLATE NOCASE, number"), values);
    while (q.next())
        result << playbookFromRow(q);
    q.finish();
    for (Playbook &playbook : result)
        loadDetails(playbook);
    return result;
}

std::optional<Playbook> PlaybookStore::byId(const QUuid &id) const
{
    const QList<Playbook> found = select(QStringLiteral("id = ?"), {db::fromUuid(id)});
    return found.isEmpty() ? std::nullopt : std::optional<Playbook>(found.constFirst());
}

std::optional<Playbook> PlaybookStore::byNumber(int number) const
{
    const QList<Playbook> found = select(QStringLiteral("number = ?"), {number});
    return found.isEmpty() ? std::nullopt : std::optional<Playbook>(found.constFirst());
}

Playbook PlaybookStore::require(const QString &shortId) const
{
    const std::optional<int> number = Playbook::numberFromShortId(shortId);
    if (!number) {
        throw StoreError(
            StoreError::Kind::Invalid,
            QCoreApplication::translate("PlaybookStore", "'%1' is not a playbook ID: IDs look like P3 (or just 3).")
                .arg(shortId));
    }
    if (auto playbook = byNumber(*number))
        return *playbook;
    throw StoreError(StoreError::Kind::NotFound,
                     QCoreApplication::translate("PlaybookStore", "There is no playbook P%1 in %2.")
                         .arg(*number)
                         .arg(m_store.path()));
}

QList<Playbook> PlaybookStore::list(const PlaybookQuery &query) const
{
    QStringList conditions;
    QVariantList values;
    if (!query.tag.trimmed().isEmpty()) {
        conditions << QStringLiteral("id IN (SELECT playbook_id FROM playbook_tag WHERE tag = ? COLLATE NOCASE)");
        values << query.tag.trimmed();
    }
    if (!query.text.trimmed().isEmpty()) {
        const SearchQuery search(query.text);
        if (search.isEmpty())
            return {};
        conditions << QStringLiteral("seq IN (SELECT rowid FROM search_playbook WHERE search_playbook MATCH ?)");
        values << search.matchExpression();
    }
    if (query.sourceIncidentId) {
        conditions << QStringLiteral("id IN (SELECT playbook_id FROM playbook_source WHERE incident_id = ?)");
        values << db::fromUuid(*query.sourceIncidentId);
    }
    return select(conditions.join(QStringLiteral(" AND ")), values);
}

QStringList PlaybookStore::tags() const
{
    QStringList result;
    QSqlQuery q =
        m_store.exec(QStringLiteral("SELECT DISTINCT tag FROM playbook_tag ORDER BY tag COLLATE NOCASE, tag"));
    while (q.next()) {
        const QString tag = q.value(0).toString();
        if (result.isEmpty() || result.constLast().compare(tag, Qt::CaseInsensitive) != 0)
            result << tag;
    }
    return result;
}

Playbook PlaybookStore::update(Playbook changed)
{
    Store::WriteTransaction transaction(m_store);
    validate(changed);
    const std::optional<Playbook> before = byId(changed.id);
    if (!before) {
        throw StoreError(StoreError::Kind::NotFound,
                         QCoreApplication::translate("PlaybookStore", "There is no playbook %1 in %2.")
                             .arg(db::fromUuid(changed.id), m_store.path()));
    }
    changed.number = before->number;
    changed.createdAt = before->createdAt;
    changed.updatedAt = db::now();
    m_store.exec(
        QStringLiteral("UPDATE playbook SET title = ?, trigger_text = ?, body = ?, updated_at = ? WHERE id = ?"),
        {changed.title, changed.trigger, changed.body, db::fromDateTime(changed.updatedAt), db::fromUuid(changed.id)});
    writeDetails(changed);
    m_store.report({StoreChange::Subject::Playbook, StoreChange::Kind::Changed, changed.id, QUuid()});
    transaction.commit();
    changed.tags.removeIf([](const QString &tag) { return tag.trimmed().isEmpty(); });
    for (QString &tag : changed.tags)
        tag = tag.trimmed();
    return changed;
}

void PlaybookStore::remove(const QUuid &id)
{
    Store::WriteTransaction transaction(m_store);
    m_store.exec(QStringLiteral("DELETE FROM playbook WHERE id = ?"), {db::fromUuid(id)});
    m_store.report({StoreChange::Subject::Playbook, StoreChange::Kind::Removed, id, QUuid()});
    transaction.commit();
}

void PlaybookStore::restore(const Playbook &removed)
{
    Store::WriteTransaction transaction(m_store);
    validate(removed);
    QSqlQuery taken = m_store.exec(QStringLiteral("SELECT 1 FROM playbook WHERE id = ? OR number = ?"),
                                   {db::fromUuid(removed.id), removed.number});
    if (taken.next()) {
        throw StoreError(StoreError::Kind::Invalid,
                         QCoreApplication::translate("PlaybookStore", "Playbook %1 is already in %2.")
                             .arg(removed.shortId(), m_store.path()));
    }
    taken.finish();
    m_store.exec(QStringLiteral("INSERT INTO playbook (%1) VALUES (?, ?, ?, ?, ?, ?, ?)").arg(PlaybookColumns),
                 {db::fromUuid(removed.id), removed.title, removed.trigger, removed.body,
                  db::fromDateTime(removed.createdAt), db::fromDateTime(removed.updatedAt), removed.number});
    writeDetails(removed);
    m_store.report({StoreChange::Subject::Playbook, StoreChange::Kind::Added, removed.id, QUuid()});
    transaction.commit();
}

void PlaybookStore::writeDetails(const Playbook &playbook)
{
    const QString id = db::fromUuid(playbook.id);
    m_store.exec(QStringLiteral("DELETE FROM playbook_tag WHERE playbook_id = ?"), {id});
    m_store.exec(QStringLiteral("DELETE FROM playbook_source WHERE playbook_id = ?"), {id});
    int position = 0;
    for (const QString &tag : playbook.tags) {
        if (tag.trimmed().isEmpty())
            continue;
        m_store.exec(QStringLiteral("INSERT INTO playbook_tag (playbook_id, position, tag) VALUES (?, ?, ?)"),
                     {id, position++, tag.trimmed()});
    }
    for (int i = 0; i < playbook.sourceIncidentIds.size(); ++i) {
        m_store.exec(
            QStringLiteral("INSERT INTO playbook_source (playbook_id, position, incident_id) VALUES (?, ?, ?)"),
            {id, i, db::fromUuid(playbook.sourceIncidentIds[i])});
    }
}

void PlaybookStore::loadDetails(Playbook &playbook) const
{
    const QString id = db::fromUuid(playbook.id);
    QSqlQuery q =
        m_store.exec(QStringLiteral("SELECT tag FROM playbook_tag WHERE playbook_id = ? ORDER BY position"), {id});
    while (q.next())
        playbook.tags << q.value(0).toString();
    q = m_store.exec(QStringLiteral("SELECT incident_id FROM playbook_source WHERE playbook_id = ? ORDER BY position"),
                     {id});
    while (q.next())
        playbook.sourceIncidentIds << db::toUuid(q.value(0));
}

} // namespace hindsight
