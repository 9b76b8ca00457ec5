#pragma once

#include "actionitemoptions.h"
#include "command.h"

namespace hindsight {

/// `hindsight action add NUMBER --title TEXT --type TYPE --priority PRIORITY --owner NAME`: adds an action item to an
/// incident and prints its ID.
class ActionAddCommand : public Command
{
public:
    explicit ActionAddCommand(const Context &context);

    int execute(const QStringList &arguments) override;

private:
    const ActionItemOptions m_item;
};

} // namespace hindsight
