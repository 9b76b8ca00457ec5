#include "playbookstore.h"

#include <QCoreApplication>

namespace hindsight {

namespace {

const QString PlaybookColumns = QStringLiteral("id, title, trigger_text, body, created_at, updated_at");

Playbook playbookFromRow(const QSqlQuery &q)
{
    Playbook playbook;
    playbook.id = db::toUuid(q.value(0));
    playbook.title = q.value(1).toString();
    playbook.trigger = q.value(2).toString();
    playbook.body = q.value(3).toString();
    playbook.createdAt = db::toDateTime(q.value(4));
    playbook.updatedAt = db::toDateTime(q.value(5));
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
}

Playbook PlaybookStore::create(Playbook draft)
{
    validate(draft);
    draft.id = QUuid::createUuid();
    draft.createdAt = draft.updatedAt = db::now();
    Store::WriteTransaction transaction(m_store);
    m_store.exec(QStringLiteral("INSERT INTO playbook (%1) VALUES (?, ?, ?, ?, ?, ?)").arg(PlaybookColumns),
                 {db::fromUuid(draft.id), draft.title, draft.trigger, draft.body, db::fromDateTime(draft.createdAt),
                  db::fromDateTime(draft.updatedAt)});
    writeDetails(draft);
    transaction.commit();
    return draft;
}

std::optional<Playbook> PlaybookStore::byId(const QUuid &id) const
{
    QSqlQuery q =
        m_store.exec(QStringLiteral("SELECT %1 FROM playbook WHERE id = ?").arg(PlaybookColumns), {db::fromUuid(id)});
    if (!q.next())
        return std::nullopt;
    Playbook playbook = playbookFromRow(q);
    q.finish();
    loadDetails(playbook);
    return playbook;
}

QList<Playbook> PlaybookStore::list() const
{
    QList<Playbook> result;
    QSqlQuery q =
        m_store.exec(QStringLiteral("SELECT %1 FROM playbook ORDER BY title COLLATE NOCASE, seq").arg(PlaybookColumns));
    while (q.next())
        result << playbookFromRow(q);
    q.finish();
    for (Playbook &playbook : result)
        loadDetails(playbook);
    return result;
}

Playbook PlaybookStore::update(Playbook changed)
{
    validate(changed);
    Store::WriteTransaction transaction(m_store);
    const std::optional<Playbook> before = byId(changed.id);
    if (!before) {
        throw StoreError(StoreError::Kind::NotFound,
                         QCoreApplication::translate("PlaybookStore", "There is no playbook %1 in %2.")
                             .arg(db::fromUuid(changed.id), m_store.path()));
    }
    changed.createdAt = before->createdAt;
    changed.updatedAt = db::now();
    m_store.exec(
        QStringLiteral("UPDATE playbook SET title = ?, trigger_text = ?, body = ?, updated_at = ? WHERE id = ?"),
        {changed.title, changed.trigger, changed.body, db::fromDateTime(changed.updatedAt), db::fromUuid(changed.id)});
    writeDetails(changed);
    transaction.commit();
    return changed;
}

void PlaybookStore::remove(const QUuid &id)
{
    m_store.exec(QStringLiteral("DELETE FROM playbook WHERE id = ?"), {db::fromUuid(id)});
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
