#pragma once

#include "command.h"

namespace hindsight {

/// `hindsight check [FILE]`: checks the integrity of the store, or of a backup, and reports.
class CheckCommand : public Command
{
public:
    explicit CheckCommand(const Context &context);

    int execute(const QStringList &arguments) override;
};

} // namespace hindsight
