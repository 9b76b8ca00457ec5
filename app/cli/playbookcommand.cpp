#include "playbookcommand.h"

#include "playbookaddcommand.h"
#include "playbookeditcommand.h"
#include "playbookfromincidentcommand.h"
#include "playbooklistcommand.h"
#include "playbookshowcommand.h"

namespace hindsight {

PlaybookCommand::PlaybookCommand(const Context &context)
    : CommandGroup(context, "playbook",
                   QT_TRANSLATE_NOOP("Cli", "Add, list, show and change playbooks, or make one from an incident."),
                   "add|list|show|edit|from-incident ...",
                   makeCommands<PlaybookAddCommand, PlaybookListCommand, PlaybookShowCommand, PlaybookEditCommand,
                                PlaybookFromIncidentCommand>(context))
{}

QString PlaybookCommand::help(const QString &commands) const
{
    return Cli::tr("Usage: hindsight playbook add|list|show|edit|from-incident [options] ...") + QLatin1Char('\n') +
           Cli::tr("Add, list, show and change playbooks, or make one from an incident.") + QLatin1String("\n\n") +
           Cli::tr("Commands:") + QLatin1Char('\n') + commands + QLatin1Char('\n') +
           Cli::tr("A playbook's ID looks like P3, as 'hindsight playbook list' shows it; 3 works too.") +
           QLatin1Char('\n') + Cli::tr("'hindsight playbook COMMAND --help' shows a command's options.") +
           QLatin1Char('\n');
}

QString PlaybookCommand::wrongCommand(const QString &word) const
{
    if (word.isEmpty()) {
        return Cli::tr("hindsight playbook: give add, list, show, edit or from-incident. See 'hindsight playbook "
                       "--help'.");
    }
    return Cli::tr("hindsight playbook: unknown command '%1'; give add, list, show, edit or from-incident. See "
                   "'hindsight playbook --help'.")
        .arg(word);
}

} // namespace hindsight
