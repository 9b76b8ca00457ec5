#include "suggestionindex.h"

#include "store.h"

#include <QSqlQuery>

namespace hindsight {

namespace {

/// `?,?,?` for `count` values, and the values as bound.
std::pair<QString, QVariantList> inList(const QList<QUuid> &ids)
{
    QVariantList values;
    for (const QUuid &id : ids)
        values << db::fromUuid(id);
    return {QStringList(ids.size(), QStringLiteral("?")).join(QLatin1Char(',')), values};
}

int scalar(QSqlQuery q)
{
    return q.next() ? q.value(0).toInt() : 0;
}

} // namespace

SuggestionIndex::SuggestionIndex(Store &store)
    : m_store(store)
{}

int SuggestionIndex::incidentCount() const
{
    return scalar(m_store.exec(QStringLiteral("SELECT count(*) FROM incident")));
}

int SuggestionIndex::playbookCount() const
{
    return scalar(m_store.exec(QStringLiteral("SELECT count(*) FROM playbook")));
}

int SuggestionIndex::countMatches(Table table, const QString &match, int cap) const
{
    const QString name = table == Table::Incidents   ? QStringLiteral("search_incident")
                         : table == Table::Playbooks ? QStringLiteral("search_playbook")
                                                     : QStringLiteral("search_log_entry");
    return scalar(m_store.exec(
        QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM %1 WHERE %1 MATCH ? LIMIT ?)").arg(name), {match, cap}));
}

QList<SuggestionIndex::Indexed> SuggestionIndex::playbooksByRelevance(const QString &match, const QUuid &sourceIncident,
                                                                      int limit) const
{
    QList<Indexed> result;
    QSqlQuery q =
        m_store.exec(QStringLiteral("SELECT playbook.id, playbook.number, playbook.title, search_playbook.words "
                                    "FROM search_playbook CROSS JOIN playbook ON playbook.seq = search_playbook.rowid "
                                    "WHERE search_playbook MATCH ? AND playbook.id NOT IN "
                                    "(SELECT playbook_id FROM playbook_source WHERE incident_id = ?) "
                                    "ORDER BY bm25(search_playbook) LIMIT ?"),
                     {match, db::fromUuid(sourceIncident), limit});
    while (q.next())
        result.append(
            {db::toUuid(q.value(0)), q.value(1).toInt(), q.value(2).toString(), false, q.value(3).toString()});
    return result;
}

QHash<QUuid, QStringList> SuggestionIndex::playbookTags(const QList<QUuid> &playbookIds) const
{
    QHash<QUuid, QStringList> result;
    if (playbookIds.isEmpty())
        return result;
    const auto [placeholders, values] = inList(playbookIds);
    QSqlQuery q = m_store.exec(
        QStringLiteral("SELECT playbook_id, tag FROM playbook_tag WHERE playbook_id IN (%1)").arg(placeholders),
        values);
    while (q.next())
        result[db::toUuid(q.value(0))] << q.value(1).toString();
    return result;
}

QString SuggestionIndex::incidentWords(const QUuid &incidentId) const
{
    QSqlQuery q = m_store.exec(QStringLiteral("SELECT search_incident.words FROM incident CROSS JOIN "
                                              "search_incident ON search_incident.rowid = incident.seq "
                                              "WHERE incident.id = ?"),
                               {db::fromUuid(incidentId)});
    return q.next() ? q.value(0).toString() : QString();
}

QList<SuggestionIndex::Indexed> SuggestionIndex::incidentsByRelevance(const QString &match, const QUuid &except,
                                                                      int limit) const
{
    QList<Indexed> result;
    QSqlQuery q = m_store.exec(QStringLiteral("SELECT incident.id, search_incident.words FROM search_incident "
                                              "CROSS JOIN incident ON incident.seq = search_incident.rowid "
                                              "WHERE search_incident MATCH ? AND incident.id IS NOT ? "
                                              "ORDER BY bm25(search_incident) LIMIT ?"),
                               {match, except.isNull() ? QVariant() : QVariant(db::fromUuid(except)), limit});
    while (q.next())
        result.append({db::toUuid(q.value(0)), 0, QString(), false, q.value(1).toString()});
    return result;
}

QSet<QUuid> SuggestionIndex::incidentsWithLogMatching(const QString &match) const
{
    QSet<QUuid> result;
    QSqlQuery q = m_store.exec(QStringLiteral("SELECT DISTINCT log_entry.incident_id FROM search_log_entry "
                                              "CROSS JOIN log_entry ON log_entry.seq = search_log_entry.rowid "
                                              "WHERE search_log_entry MATCH ?"),
                               {match});
    while (q.next())
        result.insert(db::toUuid(q.value(0)));
    return result;
}

QList<SuggestionIndex::Indexed> SuggestionIndex::incidents(const QList<QUuid> &ids) const
{
    QList<Indexed> result;
    if (ids.isEmpty())
        return result;
    const auto [placeholders, values] = inList(ids);
    QSqlQuery q = m_store.exec(
        QStringLiteral("SELECT incident.id, incident.number, incident.title, incident.exercise, search_incident.words "
                       "FROM incident LEFT JOIN search_incident ON search_incident.rowid = incident.seq "
                       "WHERE incident.id IN (%1)")
            .arg(placeholders),
        values);
    while (q.next()) {
        result.append({db::toUuid(q.value(0)), q.value(1).toInt(), q.value(2).toString(), q.value(3).toBool(),
                       q.value(4).toString()});
    }
    return result;
}

QList<std::pair<QUuid, QString>> SuggestionIndex::incidentProducts(const QList<QUuid> &ids) const
{
    QList<std::pair<QUuid, QString>> result;
    if (ids.isEmpty())
        return result;
    const auto [placeholders, values] = inList(ids);
    QSqlQuery q = m_store.exec(
        QStringLiteral("SELECT incident_id, name FROM incident_product WHERE incident_id IN (%1)").arg(placeholders),
        values);
    while (q.next())
        result.append({db::toUuid(q.value(0)), q.value(1).toString()});
    return result;
}

QHash<QUuid, int> SuggestionIndex::logEntryCounts(const QList<QUuid> &ids) const
{
    QHash<QUuid, int> result;
    if (ids.isEmpty())
        return result;
    const auto [placeholders, values] = inList(ids);
    QSqlQuery q = m_store.exec(QStringLiteral("SELECT incident_id, count(*) FROM log_entry "
                                              "WHERE deleted_at IS NULL AND incident_id IN (%1) GROUP BY incident_id")
                                   .arg(placeholders),
                               values);
    while (q.next())
        result.insert(db::toUuid(q.value(0)), q.value(1).toInt());
    return result;
}

} // namespace hindsight
