#pragma once

#include "command.h"

namespace hindsight {

/// The first word of the commands of two words, such as `action` of `hindsight action add`: runs the command the
/// second word names, and lists them all for --help.
class CommandGroup : public Command
{
public:
    int execute(const QStringList &arguments) final;

protected:
    /// `commands` are named by both words ("action add").
    CommandGroup(const Context &context, const char *name, const char *summary, const char *syntax,
                 std::vector<std::unique_ptr<Command>> commands);

private:
    /// The group's help around `commands`, the list of its commands with their summaries.
    virtual QString help(const QString &commands) const = 0;
    /// Why `word`, the second word (empty when there is none), names none of the group's commands.
    virtual QString wrongCommand(const QString &word) const = 0;

    /// One line for each command: its second word and syntax, then its summary, lined up.
    QString commandList() const;

    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace hindsight
