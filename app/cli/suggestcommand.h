#pragma once

#include "command.h"

namespace hindsight {

/// `hindsight suggest NUMBER [--json] [--limit N]`: the playbooks and past incidents most like an incident.
class SuggestCommand : public Command
{
public:
    explicit SuggestCommand(const Context &context);

    int execute(const QStringList &arguments) override;

private:
    const QCommandLineOption m_json;
    const QCommandLineOption m_limit;
};

} // namespace hindsight
