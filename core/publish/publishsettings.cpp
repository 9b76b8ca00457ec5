#include "publishsettings.h"

#include "store/settingstore.h"
#include "store/store.h"

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

std::optional<DocumentLanguage> language(const QString &key)
{
    return key.isEmpty() ? std::nullopt : fromKey<DocumentLanguage>(key);
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
    const QHash<QString, QString> values = SettingStore(m_store).values(QStringLiteral("publish."));
    return {normalized(values.value(EndpointKey)), normalized(values.value(RepositoryKey)),
            normalized(values.value(CategoryKey)), language(values.value(LanguageKey))};
}

void PublishSettings::setDefaults(const PublishTarget &target)
{
    if (const auto why = validate(target))
        throw StoreError(StoreError::Kind::Invalid, *why);
    const PublishTarget clean = normalized(target);
    SettingStore(m_store).setValues({{EndpointKey, clean.endpoint},
                                     {RepositoryKey, clean.repository},
                                     {CategoryKey, clean.category},
                                     {LanguageKey, clean.language ? toKey(*clean.language) : QString()}});
}

PublishTarget PublishSettings::forIncident(const QUuid &incidentId) const
{
    const std::optional<SettingStore::IncidentTarget> stored = SettingStore(m_store).incidentTarget(incidentId);
    if (!stored)
        return {};
    return {normalized(stored->endpoint), normalized(stored->repository), normalized(stored->category),
            language(stored->language)};
}

void PublishSettings::setForIncident(const QUuid &incidentId, const PublishTarget &target)
{
    if (const auto why = validate(target))
        throw StoreError(StoreError::Kind::Invalid, *why);
    const PublishTarget clean = normalized(target);
    std::optional<SettingStore::IncidentTarget> stored;
    if (!clean.isEmpty()) {
        stored = SettingStore::IncidentTarget{clean.endpoint, clean.repository, clean.category,
                                              clean.language ? toKey(*clean.language) : QString()};
    }
    SettingStore(m_store).setIncidentTarget(incidentId, stored);
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
