#pragma once

#include "domain/playbook.h"
#include "store.h"

#include <optional>

namespace hindsight {

/// Which playbooks to list. Conditions combine with AND; an empty one does not filter.
struct PlaybookQuery
{
    /// Only playbooks with this tag (case does not matter).
    QString tag;
    /// Only playbooks whose title, trigger or body contain every word of this text, read as a search box reads it
    /// (see SearchQuery). Text with nothing to search for (only punctuation) matches nothing.
    QString text;
    /// Only playbooks distilled from this incident.
    std::optional<QUuid> sourceIncidentId;
};

/// The playbook library.
class PlaybookStore
{
public:
    explicit PlaybookStore(Store &store);

    /// Stores a new playbook and returns it with its id, the next number and its times. Throws StoreError::Invalid
    /// without a title, StoreError::NotFound when a source incident is not in the store.
    Playbook create(Playbook draft);
    std::optional<Playbook> byId(const QUuid &id) const;
    /// The playbook with this number (Playbook::number), if any.
    std::optional<Playbook> byNumber(int number) const;
    /// The playbook a user means by `shortId` ("P3", "p3" or "3"). Throws StoreError::Invalid for text that is not an
    /// ID and StoreError::NotFound, with a message for users, when no playbook has that number.
    Playbook require(const QString &shortId) const;
    /// The playbooks matching `query`, by title.
    QList<Playbook> list(const PlaybookQuery &query = {}) const;
    /// Every tag in use, once each whatever its case, sorted without regard to case.
    QStringList tags() const;
    /// Writes every field of `changed` (found by its id) but its number and creation time.
    Playbook update(Playbook changed);
    void remove(const QUuid &id);
    /// Puts a removed playbook back exactly as it was: its id, number, times, tags and incidents (undoing remove()).
    /// Throws StoreError::Invalid when a playbook with its id or number is in the store.
    void restore(const Playbook &removed);

private:
    void validate(const Playbook &playbook) const;
    void writeDetails(const Playbook &playbook);
    void loadDetails(Playbook &playbook) const;
    QList<Playbook> select(const QString &where, const QVariantList &values) const;

    Store &m_store;
};

} // namespace hindsight
