#pragma once

#include "enums.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QUuid>

namespace hindsight {

/// A task that comes out of an incident, tracked until done.
struct ActionItem
{
    QUuid id;
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
};

} // namespace hindsight
