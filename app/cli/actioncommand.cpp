#include "actioncommand.h"

#include "actionaddcommand.h"
#include "actionlistcommand.h"
#include "actionremovecommand.h"
#include "actionsetcommand.h"

namespace hindsight {

ActionCommand::ActionCommand(const Context &context)
    : CommandGroup(context, "action", QT_TRANSLATE_NOOP("Cli", "Add, list, change and remove action items."),
                   "add|list|set|remove ...",
                   makeCommands<ActionAddCommand, ActionListCommand, ActionSetCommand, ActionRemoveCommand>(context))
{}

QString ActionCommand::help(const QString &commands) const
{
    return Cli::tr("Usage: hindsight action add|list|set|remove [options] ...") + QLatin1Char('\n') +
           Cli::tr("Add, list, change and remove action items.") + QLatin1String("\n\n") + Cli::tr("Commands:") +
           QLatin1Char('\n') + commands + QLatin1Char('\n') +
           Cli::tr("An action item's ID looks like A12, as 'hindsight action list' shows it; 12 works too.") +
           QLatin1Char('\n') + Cli::tr("'hindsight action COMMAND --help' shows a command's options.") +
           QLatin1Char('\n');
}

QString ActionCommand::wrongCommand(const QString &word) const
{
    if (word.isEmpty())
        return Cli::tr("hindsight action: give add, list, set or remove. See 'hindsight action --help'.");
    return Cli::tr("hindsight action: unknown command '%1'; give add, list, set or remove. See 'hindsight action "
                   "--help'.")
        .arg(word);
}

} // namespace hindsight
