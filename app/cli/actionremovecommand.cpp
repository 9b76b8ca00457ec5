#include "actionremovecommand.h"

#include "store/actionitemstore.h"
#include "store/incidentstore.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace hindsight {

ActionRemoveCommand::ActionRemoveCommand(const Context &context)
    : Command(context, "action remove",
              QT_TRANSLATE_NOOP("Cli", "Delete a mistaken action item; its ID is not used again."), "ID")
{
    addPositionalArgument(QStringLiteral("ID"), Cli::tr("The action item's ID, such as A12."));
}

int ActionRemoveCommand::execute(const QStringList &arguments)
{
    QCommandLineParser parser;
    if (const auto stop = parse(parser, arguments))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usage(Cli::tr("give one action item ID, such as A12."));

    auto store = openStore();
    ActionItemStore items(*store);
    const ActionItem item = items.require(positional.at(0));
    const int incident = IncidentStore(*store).byId(item.incidentId).value_or(Incident{}).number;
    items.remove(item.id);
    // Said in full, since there is no undo here: a mistaken removal can be added again from this line.
    m_out << Cli::tr("Deleted %1 of incident %2: %3").arg(item.shortId()).arg(incident).arg(item.title) << Qt::endl;
    return Done;
}

} // namespace hindsight
