#pragma once

#include "commandgroup.h"

namespace hindsight {

/// `hindsight playbook add|list|show|edit|from-incident`: the playbook library from the command line, named by the
/// short IDs users type (P3).
class PlaybookCommand : public CommandGroup
{
public:
    explicit PlaybookCommand(const Context &context);

private:
    QString help(const QString &commands) const override;
    QString wrongCommand(const QString &word) const override;
};

} // namespace hindsight
