#pragma once

#include "command.h"

namespace hindsight {

/// `hindsight action remove ID`: deletes a mistaken action item; its ID is not used again.
class ActionRemoveCommand : public Command
{
public:
    explicit ActionRemoveCommand(const Context &context);

    int execute(const QStringList &arguments) override;
};

} // namespace hindsight
