#pragma once

#include "commandgroup.h"

namespace hindsight {

/// `hindsight action add|list|set|remove`: action items from the command line, named by the short IDs users type
/// (A12).
class ActionCommand : public CommandGroup
{
public:
    explicit ActionCommand(const Context &context);

private:
    QString help(const QString &commands) const override;
    QString wrongCommand(const QString &word) const override;
};

} // namespace hindsight
