#pragma once

#include "command.h"

#include <QHash>
#include <QUuid>

class QDate;

namespace hindsight {

struct ActionItem;
struct ActionItemQuery;

/// `hindsight action list`: action items, soonest due first, as a table or JSON.
class ActionListCommand : public Command
{
public:
    explicit ActionListCommand(const Context &context);

    int execute(const QStringList &arguments) override;

private:
    /// Reads the filters into `query`, and --incident into `incidentNumber`; a message for users when one is wrong.
    std::optional<QString> readQuery(const QCommandLineParser &parser, const QDate &today, ActionItemQuery &query,
                                     std::optional<int> &incidentNumber) const;
    void printTable(const QList<ActionItem> &items, const QHash<QUuid, int> &incidentNumbers, const QDate &today);

    const QCommandLineOption m_owner;
    const QCommandLineOption m_status;
    const QCommandLineOption m_priority;
    const QCommandLineOption m_type;
    const QCommandLineOption m_incident;
    const QCommandLineOption m_overdue;
    const QCommandLineOption m_json;
};

} // namespace hindsight
