#include "settingstore.h"

#include "store.h"

#include <QSqlQuery>

namespace hindsight {

namespace {

/// Trimmed; a NULL column reads as empty.
QString text(const QVariant &value)
{
    return value.isNull() ? QString() : value.toString().trimmed();
}

/// NULL for unset: Store::exec() binds a null QString as ''.
QVariant column(const QString &value)
{
    const QString trimmed = value.trimmed();
    return trimmed.isEmpty() ? QVariant() : QVariant(trimmed);
}

} // namespace

SettingStore::SettingStore(Store &store)
    : m_store(store)
{}

QHash<QString, QString> SettingStore::values(const QString &prefix) const
{
    QHash<QString, QString> result;
    QSqlQuery q = m_store.exec(QStringLiteral("SELECT name, value FROM setting WHERE substr(name, 1, ?) = ?"),
                               {prefix.size(), prefix});
    while (q.next()) {
        if (const QString value = text(q.value(1)); !value.isEmpty())
            result.insert(q.value(0).toString(), value);
    }
    return result;
}

void SettingStore::setValues(const QList<std::pair<QString, QString>> &values)
{
    Store::WriteTransaction transaction(m_store);
    for (const auto &[name, value] : values) {
        if (value.trimmed().isEmpty()) {
            m_store.exec(QStringLiteral("DELETE FROM setting WHERE name = ?"), {name});
        } else {
            m_store.exec(QStringLiteral("INSERT INTO setting (name, value) VALUES (?, ?) "
                                        "ON CONFLICT (name) DO UPDATE SET value = excluded.value"),
                         {name, value.trimmed()});
        }
    }
    m_store.report({StoreChange::Subject::Setting, StoreChange::Kind::Changed, QUuid(), QUuid()});
    transaction.commit();
}

std::optional<SettingStore::IncidentTarget> SettingStore::incidentTarget(const QUuid &incidentId) const
{
    QSqlQuery q = m_store.exec(
        QStringLiteral("SELECT endpoint, repository, category, language FROM publish_target WHERE incident_id = ?"),
        {db::fromUuid(incidentId)});
    if (!q.next())
        return std::nullopt;
    return IncidentTarget{text(q.value(0)), text(q.value(1)), text(q.value(2)), text(q.value(3))};
}

void SettingStore::setIncidentTarget(const QUuid &incidentId, const std::optional<IncidentTarget> &target)
{
    Store::WriteTransaction transaction(m_store);
    if (!target) {
        m_store.exec(QStringLiteral("DELETE FROM publish_target WHERE incident_id = ?"), {db::fromUuid(incidentId)});
    } else {
        m_store.exec(
            QStringLiteral("INSERT INTO publish_target (incident_id, endpoint, repository, category, language) "
                           "VALUES (?, ?, ?, ?, ?) ON CONFLICT (incident_id) DO UPDATE SET "
                           "endpoint = excluded.endpoint, repository = excluded.repository, "
                           "category = excluded.category, language = excluded.language"),
            {db::fromUuid(incidentId), column(target->endpoint), column(target->repository), column(target->category),
             column(target->language)});
    }
    m_store.report({StoreChange::Subject::Setting, StoreChange::Kind::Changed, QUuid(), incidentId});
    transaction.commit();
}

} // namespace hindsight
