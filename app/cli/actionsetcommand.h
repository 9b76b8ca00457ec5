#pragma once

#include "actionitemoptions.h"
#include "command.h"
#include "domain/enums.h"

#include <QDate>

namespace hindsight {

struct ActionItem;

/// `hindsight action set ID --FIELD VALUE...`: changes an action item.
class ActionSetCommand : public Command
{
public:
    explicit ActionSetCommand(const Context &context);

    int execute(const QStringList &arguments) override;

private:
    /// The new values of the options that need checking; read before the store is opened, so that a mistake changes
    /// nothing.
    struct Changes
    {
        std::optional<ActionItemStatus> status;
        std::optional<ActionItemType> type;
        std::optional<ActionItemPriority> priority;
        QDate due;
    };

    /// A message for users when an option is wrong.
    std::optional<QString> readChanges(const QCommandLineParser &parser, Changes &changes) const;
    void apply(const QCommandLineParser &parser, const Changes &changes, ActionItem &item) const;

    const ActionItemOptions m_item;
    const QCommandLineOption m_status;
    const QCommandLineOption m_due;
    const QCommandLineOption m_url;
};

} // namespace hindsight
