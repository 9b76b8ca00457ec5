#pragma once

#include "command.h"

namespace hindsight {

struct Incident;
struct Postmortem;

/// `hindsight postmortem NUMBER [--root-cause TEXT] [--went-well TEXT]...`: shows an incident's postmortem, or writes
/// its texts.
class PostmortemCommand : public Command
{
public:
    explicit PostmortemCommand(const Context &context);

    int execute(const QStringList &arguments) override;

private:
    int show(const Incident &incident, const std::optional<Postmortem> &postmortem);

    const QCommandLineOption m_rootCause;
    const QCommandLineOption m_wentWell;
    const QCommandLineOption m_wentWrong;
    const QCommandLineOption m_gotLucky;
};

} // namespace hindsight
