#pragma once

#include "enums.h"
#include "shortid.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QUuid>

#include <optional>

namespace hindsight {

/// A task that comes out of an incident, tracked until done.
struct ActionItem
{
    QUuid id;
    /// Counts up from 1 across the whole store and is never given to another item, even after a delete: users
    /// refer to an item by it (see shortId()).
    int number = 0;
    QUuid incidentId;
    QString title;
    ActionItemType type = ActionItemType::Repair;
    ActionItemPriority priority = ActionItemPriority::Middle;
    QString owner;
    ActionItemStatus status = ActionItemStatus::NotStarted;
    QDate dueDate;
    QString trackerUrl;
    QDateTime createdAt;
    QDateTime closedAt;
    QDateTime updatedAt;

    bool isClosed() const { return status == ActionItemStatus::Done || status == ActionItemStatus::WontDo; }
    bool isOverdue(QDate today) const { return !isClosed() && dueDate.isValid() && dueDate < today; }
    bool operator==(const ActionItem &) const = default;

    /// How users write the item's number, as `hindsight action list` shows it: "A12".
    QString shortId() const { return QLatin1Char('A') + QString::number(number); }
    /// The number in "A12", "a12" or "12"; nullopt for anything else.
    static std::optional<int> numberFromShortId(QStringView text)
    {
        return hindsight::numberFromShortId(text, QLatin1Char('A'));
    }
};

} // namespace hindsight
