#pragma once

#include "command.h"

namespace hindsight {

/// `hindsight restore FILE`: replaces the store with a checked backup, keeping the previous one aside.
class RestoreCommand : public Command
{
public:
    explicit RestoreCommand(const Context &context);

    int execute(const QStringList &arguments) override;
};

} // namespace hindsight
