#include "publishsettings.h"

#include "store/store.h"

#include <QSqlQuery>

namespace hindsight {

namespace {

const QString EndpointKey = QStringLiteral("publish.endpoint");
const QString RepositoryKey = QStringLiteral("publish.repository");
const QString CategoryKey = QStringLiteral("publish.category");
const QString LanguageKey = QStringLiteral("publish.language");

/// Trimmed, and null when empty: unset.
QString normalized(const QString &value)
{
    const QString trimmed = value.trimmed();
    return trimmed.isEmpty() ? QString() : trimmed;
}

PublishTarget normalized(const PublishTarget &target)
{
    return {normalized(target.endpoint), normalized(target.repository), normalized(target.category), target.language};
}

/// NULL for unset: Store::exec() binds a null QString as ''.
QVariant column(const QString &value)
{
    return value.isEmpty() ? QVariant() : QVariant(value);
}

QString text(const QVariant &value)
{
    return value.isNull() ? QString() : normalized(value.toString());
}

std::optional<DocumentLanguage> language(const QVariant &value)
{
    return value.isNull() ? std::nullopt : fromKey<DocumentLanguage>(value.toString());
}

} // namespace

PublishSettings::PublishSettings(Store &store)
    : m_store(store)
{}

std::optional<QString> PublishSettings::validate(const PublishTarget &target)
{
    QString why;
    if (!target.endpoint.trimmed().isEmpty() && !PublishTarget::graphqlUrl(target.endpoint, &why))
        return why;
    if (!target.repository.trimmed().isEmpty() && !PublishTarget::splitRepository(target.repository, &why))
        return why;
    return std::nullopt;
}

PublishTarget PublishSettings::defaults() const
{
    PublishTarget target;
    QSqlQuery q = m_store.exec(QStringLiteral("SELECT name, value FROM setting WHERE name LIKE 'publish.%'"));
    while (q.next()) {
        const QString name = q.value(0).toString();
        if (name == EndpointKey)
            target.endpoint = text(q.value(1));
        else if (name == RepositoryKey)
            target.repository = text(q.value(1));
        else if (name == CategoryKey)
            target.category = text(q.value(1));
        else if (name == LanguageKey)
            target.language = language(q.value(1));
    }
    return target;
}

void PublishSettings::setDefaults(const PublishTarget &target)
{
    if (const auto why = validate(target))
        throw StoreError(StoreError::Kind::Invalid, *why);
    const PublishTarget clean = normalized(target);
    Store::WriteTransaction transaction(m_store);
    const std::pair<const QString &, QString> values[] = {
        {EndpointKey, clean.endpoint},
        {RepositoryKey, clean.repository},
        {CategoryKey, clean.category},
        {LanguageKey, clean.language ? toKey(*clean.language) : QString()}};
    for (const auto &[name, value] : values) {
        if (value.isEmpty()) {
            m_store.exec(QStringLiteral("DELETE FROM setting WHERE name = ?"), {name});
        } else {
            m_store.exec(QStringLiteral("INSERT INTO setting (name, value) VALUES (?, ?) "
                                        "ON CONFLICT (name) DO UPDATE SET value = excluded.value"),
                         {name, value});
        }
    }
    transaction.commit();
}

PublishTarget PublishSettings::forIncident(const QUuid &incidentId) const
{
    QSqlQuery q = m_store.exec(
        QStringLiteral("SELECT endpoint, repository, category, language FROM publish_target WHERE incident_id = ?"),
        {db::fromUuid(incidentId)});
    if (!q.next())
        return {};
    return {text(q.value(0)), text(q.value(1)), text(q.value(2)), language(q.value(3))};
}

void PublishSettings::setForIncident(const QUuid &incidentId, const PublishTarget &target)
{
    if (const auto why = validate(target))
        throw StoreError(StoreError::Kind::Invalid, *why);
    const PublishTarget clean = normalized(target);
    Store::WriteTransaction transaction(m_store);
    if (clean.isEmpty()) {
        m_store.exec(QStringLiteral("DELETE FROM publish_target WHERE incident_id = ?"), {db::fromUuid(incidentId)});
    } else {
        m_store.exec(
            QStringLiteral("INSERT INTO publish_target (incident_id, endpoint, repository, category, language) "
                           "VALUES (?, ?, ?, ?, ?) ON CONFLICT (incident_id) DO UPDATE SET "
                           "endpoint = excluded.endpoint, repository = excluded.repository, "
                           "category = excluded.category, language = excluded.language"),
            {db::fromUuid(incidentId), column(clean.endpoint), column(clean.repository), column(clean.category),
             column(clean.language ? toKey(*clean.language) : QString())});
    }
    transaction.commit();
}

PublishTarget PublishSettings::effective(const QUuid &incidentId) const
{
    return defaults().overriddenBy(forIncident(incidentId));
}

DocumentLanguage PublishSettings::documentLanguage(const QUuid &incidentId) const
{
    const PublishTarget target = incidentId.isNull() ? defaults() : effective(incidentId);
    return target.language.value_or(PublishTarget::defaultLanguage());
}

} // namespace hindsight
