#include "searchindex.h"

#include "store.h"

namespace hindsight {

SearchIndex::SearchIndex(Store &store)
    : m_store(store)
{}

// Newest first by rowid (the row's seq, which grows as rows are written). FTS5 walks its doclists in rowid order and
// stops at LIMIT, so a page costs the same whether a word is in ten entries or in 40% of a million: nothing ranks or
// sorts every match (ranking by bm25() would score all matches before returning the first). CROSS JOIN keeps the FTS
// table as the outer loop, so that its rowid order serves ORDER BY and LIMIT.
QSqlQuery &SearchIndex::run(Statement statement, const QString &match, qsizetype limit) const
{
    static const std::array<QString, StatementCount> sql{
        QStringLiteral("SELECT incident.id, incident.number, incident.detected_at, incident.title, incident.summary "
                       "FROM search_incident CROSS JOIN incident ON incident.seq = search_incident.rowid "
                       "WHERE search_incident MATCH ? ORDER BY search_incident.rowid DESC LIMIT ?"),
        QStringLiteral("SELECT playbook.id, playbook.updated_at, playbook.title, playbook.trigger_text, playbook.body "
                       "FROM search_playbook CROSS JOIN playbook ON playbook.seq = search_playbook.rowid "
                       "WHERE search_playbook MATCH ? ORDER BY search_playbook.rowid DESC LIMIT ?"),
        QStringLiteral("SELECT log_entry.id, log_entry.at, log_entry.body, incident.id, incident.number "
                       "FROM search_log_entry "
                       "CROSS JOIN log_entry ON log_entry.seq = search_log_entry.rowid "
                       "CROSS JOIN incident ON incident.id = log_entry.incident_id "
                       "WHERE search_log_entry MATCH ? ORDER BY search_log_entry.rowid DESC LIMIT ?"),
    };
    std::optional<QSqlQuery> &query = m_statements.at(statement);
    if (!query)
        query = m_store.prepare(sql.at(statement));
    m_store.exec(*query, {match, limit});
    return *query;
}

QList<SearchIndex::Match> SearchIndex::incidents(const QString &match, qsizetype limit) const
{
    QList<Match> result;
    QSqlQuery &q = run(Incidents, match, limit);
    while (q.next()) {
        const QUuid id = db::toUuid(q.value(0));
        result.append(
            {id, id, q.value(1).toInt(), db::toDateTime(q.value(2)), {q.value(3).toString(), q.value(4).toString()}});
    }
    q.finish();
    return result;
}

QList<SearchIndex::Match> SearchIndex::playbooks(const QString &match, qsizetype limit) const
{
    QList<Match> result;
    QSqlQuery &q = run(Playbooks, match, limit);
    while (q.next()) {
        result.append({db::toUuid(q.value(0)),
                       QUuid(),
                       0,
                       db::toDateTime(q.value(1)),
                       {q.value(2).toString(), q.value(3).toString(), q.value(4).toString()}});
    }
    q.finish();
    return result;
}

QList<SearchIndex::Match> SearchIndex::logEntries(const QString &match, qsizetype limit) const
{
    QList<Match> result;
    QSqlQuery &q = run(LogEntries, match, limit);
    while (q.next()) {
        result.append({db::toUuid(q.value(0)),
                       db::toUuid(q.value(3)),
                       q.value(4).toInt(),
                       db::toDateTime(q.value(1)),
                       {q.value(2).toString()}});
    }
    q.finish();
    return result;
}

} // namespace hindsight
