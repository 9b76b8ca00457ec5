#pragma once

#include "command.h"

namespace hindsight {

/// `hindsight playbook list [--tag TAG] [--search TEXT] [--json]`: playbooks by title. Its messages are translated
/// with hindsight::tr(), under "hindsight" where their translations are.
class PlaybookListCommand : public Command
{
public:
    explicit PlaybookListCommand(const Context &context);

    int execute(const QStringList &arguments) override;

private:
    const QCommandLineOption m_tag;
    const QCommandLineOption m_search;
    const QCommandLineOption m_json;
};

} // namespace hindsight
