#pragma once

#include "command.h"
#include "playbookoptions.h"

namespace hindsight {

/// `hindsight playbook add --title TEXT ...`: adds a playbook and prints its ID. Its messages are translated with
/// hindsight::tr(), under "hindsight" where their translations are.
class PlaybookAddCommand : public Command
{
public:
    explicit PlaybookAddCommand(const Context &context);

    int execute(const QStringList &arguments) override;

private:
    const PlaybookOptions m_playbook;
};

} // namespace hindsight
