#include "statisticsstore.h"

#include "store.h"

#include <QSqlQuery>

namespace hindsight {

StatisticsStore::StatisticsStore(Store &store)
    : m_store(store)
{}

QList<StatisticsStore::IncidentTimes> StatisticsStore::incidents() const
{
    QList<IncidentTimes> result;
    QSqlQuery q =
        m_store.exec(QStringLiteral("SELECT id, severity, detected_at, mitigated_at, resolved_at FROM incident "
                                    "WHERE exercise = 0"));
    while (q.next()) {
        result.append({db::toUuid(q.value(0)), fromKey<Severity>(q.value(1).toString()).value_or(Severity::Middle),
                       db::toDateTime(q.value(2)), db::toDateTime(q.value(3)), db::toDateTime(q.value(4))});
    }
    return result;
}

QList<StatisticsStore::PostmortemState> StatisticsStore::postmortems() const
{
    QList<PostmortemState> result;
    QSqlQuery q = m_store.exec(QStringLiteral(
        "SELECT incident_id, approved_at, review_state <> 'draft' OR approved_at IS NOT NULL OR root_cause <> '' OR "
        "went_well <> '' OR went_wrong <> '' OR got_lucky <> '' FROM postmortem"));
    while (q.next())
        result.append({db::toUuid(q.value(0)), db::toDateTime(q.value(1)), q.value(2).toBool()});
    return result;
}

QList<StatisticsStore::ActionItemTimes> StatisticsStore::actionItems() const
{
    QList<ActionItemTimes> result;
    QSqlQuery q = m_store.exec(QStringLiteral("SELECT action_item.created_at, action_item.closed_at FROM action_item "
                                              "JOIN incident ON incident.id = action_item.incident_id "
                                              "WHERE incident.exercise = 0"));
    while (q.next())
        result.append({db::toDateTime(q.value(0)), db::toDateTime(q.value(1))});
    return result;
}

} // namespace hindsight
