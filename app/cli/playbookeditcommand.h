#pragma once

#include "command.h"
#include "playbookoptions.h"

namespace hindsight {

/// `hindsight playbook edit ID --FIELD VALUE...`: changes a playbook. Its messages are translated with
/// hindsight::tr(), under "hindsight" where their translations are.
class PlaybookEditCommand : public Command
{
public:
    explicit PlaybookEditCommand(const Context &context);

    int execute(const QStringList &arguments) override;

private:
    const PlaybookOptions m_playbook;
};

} // namespace hindsight
