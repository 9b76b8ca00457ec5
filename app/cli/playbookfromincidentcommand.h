#pragma once

#include "command.h"

namespace hindsight {

/// `hindsight playbook from-incident NUMBER [--lang ja|en] [--print [--json]]`: a playbook drafted from an incident's
/// investigation log, saved (its ID printed) or only shown. Its messages are translated with hindsight::tr(), under
/// "hindsight" where their translations are.
class PlaybookFromIncidentCommand : public Command
{
public:
    explicit PlaybookFromIncidentCommand(const Context &context);

    int execute(const QStringList &arguments) override;

private:
    const QCommandLineOption m_lang;
    const QCommandLineOption m_print;
    const QCommandLineOption m_json;
};

} // namespace hindsight
