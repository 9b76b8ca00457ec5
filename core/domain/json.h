#pragma once

#include "actionitem.h"
#include "incident.h"
#include "logentry.h"
#include "playbook.h"
#include "postmortem.h"

#include <QJsonObject>

namespace hindsight::json {

/// JSON forms of the domain, for the CLI's --json output: camelCase field names as in the domain types, enum
/// values as their keys, times as ISO 8601 in UTC with milliseconds, absent times as null.
QJsonObject toJson(const Incident &incident);
QJsonObject toJson(const LogEntry &entry);
QJsonObject toJson(const Playbook &playbook);
QJsonObject toJson(const Postmortem &postmortem);
QJsonObject toJson(const ActionItem &item);

QJsonValue toJson(const QDateTime &time);

} // namespace hindsight::json
