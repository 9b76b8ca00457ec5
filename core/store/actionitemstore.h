#pragma once

#include "domain/actionitem.h"
#include "store.h"

#include <QHash>

#include <optional>

namespace hindsight {

/// Which action items to list. Conditions combine with AND; an empty one does not filter. Items are listed whatever
/// their incident's status: those of a closed incident stay in the register until they are done or won't be done.
struct ActionItemQuery
{
    std::optional<QUuid> incidentId;
    std::optional<ActionItemStatus> status;
    /// Only items still to do: neither done nor won't do.
    bool openOnly = false;
    std::optional<ActionItemPriority> priority;
    std::optional<ActionItemType> type;
    QString owner;
    /// Only items not closed whose due date is before this day.
    QDate overdueOn;

    /// Whether the query asks for one incident's items and nothing else (the postmortem's list, in its own order).
    bool isOneIncident() const
    {
        return incidentId && !status && !openOnly && !priority && !type && owner.isEmpty() && !overdueOn.isValid();
    }
};

/// How many action items are still to do, for a status bar.
struct ActionItemCounts
{
    /// Neither done nor won't do.
    int open = 0;
    /// Open and past their due date.
    int overdue = 0;

    bool operator==(const ActionItemCounts &) const = default;
};

/// An action item's incident as a list of items of all incidents shows it.
struct ActionItemIncident
{
    int number = 0;
    QString title;
    IncidentStatus status = IncidentStatus::Investigating;

    bool operator==(const ActionItemIncident &) const = default;
};

/// Action items of all incidents, each kept in its incident's order.
class ActionItemStore
{
public:
    explicit ActionItemStore(Store &store);

    /// Appends `draft` to the end of its incident's list and gives it the next number.
    ActionItem add(ActionItem draft);
    std::optional<ActionItem> byId(const QUuid &id) const;
    /// The item with this number (ActionItem::number), if any.
    std::optional<ActionItem> byNumber(int number) const;
    /// The item a user means by `shortId` ("A12", "a12" or "12"). Throws StoreError::Invalid for text that is not an
    /// ID and StoreError::NotFound, with a message for users, when no item has that number.
    ActionItem require(const QString &shortId) const;
    /// An incident's items in their order.
    QList<ActionItem> forIncident(const QUuid &incidentId) const;
    /// Items matching `query`, by due date (undated last), then by incident number and position.
    QList<ActionItem> list(const ActionItemQuery &query = {}) const;
    /// How many items of all incidents are open, and how many of those are overdue on `today`.
    ActionItemCounts counts(const QDate &today) const;
    /// Every owner named on an action item, once each, sorted.
    QStringList owners() const;
    /// The incidents that have action items, by id.
    QHash<QUuid, ActionItemIncident> incidents() const;
    /// Writes every field; closing (done, won't do) stamps the closed time, reopening clears it.
    ActionItem update(ActionItem changed);
    /// Moves an item to `position` within its incident's list.
    void move(const QUuid &id, int position);
    /// Deletes an item. Its number is never given to another item.
    void remove(const QUuid &id);
    /// Puts a deleted item back as it was (the same id, number and times) at `position` in its incident's list:
    /// undoing remove().
    void restore(const ActionItem &item, int position);

private:
    ActionItem requireId(const QUuid &id) const;
    /// The position after the last of the incident's items.
    int endPosition(const QUuid &incidentId) const;
    void validate(const ActionItem &item) const;

    Store &m_store;
};

} // namespace hindsight
