#pragma once

#include "command.h"

namespace hindsight {

/// `hindsight backup FILE`: a consistent copy of the store, safe while it is in use.
class BackupCommand : public Command
{
public:
    explicit BackupCommand(const Context &context);

    int execute(const QStringList &arguments) override;
};

} // namespace hindsight
