#pragma once

#include "command.h"

namespace hindsight {

/// `hindsight playbook show ID [--json]`: one playbook. Its messages are translated with hindsight::tr(), under
/// "hindsight" where their translations are.
class PlaybookShowCommand : public Command
{
public:
    explicit PlaybookShowCommand(const Context &context);

    int execute(const QStringList &arguments) override;

private:
    const QCommandLineOption m_json;
};

} // namespace hindsight
