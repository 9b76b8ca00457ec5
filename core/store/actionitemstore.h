#pragma once

#include "model/actionitem.h"
#include "store.h"

#include <optional>

namespace hindsight {

struct ActionItemQuery
{
    std::optional<QUuid> incidentId;
    std::optional<ActionItemStatus> status;
    QString owner;
    /// Only items not closed whose due date is before this day.
    QDate overdueOn;
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
    /// Items matching `query`, by due date (undated last), then by incident and position.
    QList<ActionItem> list(const ActionItemQuery &query = {}) const;
    /// Writes every field; closing (done, won't do) stamps the closed time, reopening clears it.
    ActionItem update(ActionItem changed);
    /// Moves an item to `position` within its incident's list.
    void move(const QUuid &id, int position);
    void remove(const QUuid &id);

private:
    ActionItem requireId(const QUuid &id) const;
    void validate(const ActionItem &item) const;

    Store &m_store;
};

} // namespace hindsight
