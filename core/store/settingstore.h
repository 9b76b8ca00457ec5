#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>
#include <utility>

namespace hindsight {

class Store;

/// Settings kept in the store beside what they are about (schema version 5), so that every client of the store sees
/// the same: the store's named values (the `setting` table) and each incident's publishing choices (`publish_target`).
/// Plain text, trimmed, empty when unset: what the values mean is their reader's business (PublishSettings).
class SettingStore
{
public:
    /// An incident's publishing choices; an empty field is unset.
    struct IncidentTarget
    {
        QString endpoint;
        QString repository;
        QString category;
        QString language;
    };

    explicit SettingStore(Store &store);

    /// Every set value whose name starts with `prefix`, by name.
    QHash<QString, QString> values(const QString &prefix) const;
    /// Sets each name to its value, all or none; an empty value removes the name.
    void setValues(const QList<std::pair<QString, QString>> &values);

    std::optional<IncidentTarget> incidentTarget(const QUuid &incidentId) const;
    /// Replaces the incident's choices; nullopt removes them.
    void setIncidentTarget(const QUuid &incidentId, const std::optional<IncidentTarget> &target);

private:
    Store &m_store;
};

} // namespace hindsight
