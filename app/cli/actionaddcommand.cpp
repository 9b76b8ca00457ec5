#include "actionaddcommand.h"

#include "store/actionitemstore.h"
#include "store/incidentstore.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace hindsight {

ActionAddCommand::ActionAddCommand(const Context &context)
    : Command(context, "action add", QT_TRANSLATE_NOOP("Cli", "Add an action item to an incident and print its ID."),
              "NUMBER")
{
    addOptions({m_item.title, m_item.type, m_item.priority, m_item.owner, m_item.due, m_item.url});
    addIncidentNumberArgument();
}

int ActionAddCommand::execute(const QStringList &arguments)
{
    QCommandLineParser parser;
    if (const auto stop = parse(parser, arguments))
        return *stop;

    const auto number = arguments::singleIncidentNumber(parser.positionalArguments());
    if (!number)
        return usage(Cli::tr("give one incident number, then the item's --title, --type, --priority and --owner."));
    ActionItem draft;
    draft.title = parser.value(m_item.title).trimmed();
    if (draft.title.isEmpty())
        return usage(Cli::tr("--title is required."));
    if (!parser.isSet(m_item.type))
        return usage(Cli::tr("--type is required: one of %1.").arg(arguments::keys<ActionItemType>()));
    const auto type = fromKey<ActionItemType>(parser.value(m_item.type));
    if (!type)
        return usage(Cli::tr("--type must be one of %1.").arg(arguments::keys<ActionItemType>()));
    draft.type = *type;
    if (!parser.isSet(m_item.priority))
        return usage(Cli::tr("--priority is required: one of %1.").arg(arguments::keys<ActionItemPriority>()));
    const auto priority = fromKey<ActionItemPriority>(parser.value(m_item.priority));
    if (!priority)
        return usage(Cli::tr("--priority must be one of %1.").arg(arguments::keys<ActionItemPriority>()));
    draft.priority = *priority;
    draft.owner = parser.value(m_item.owner).trimmed();
    if (draft.owner.isEmpty())
        return usage(Cli::tr("--owner is required: the team or the person who does it."));
    if (parser.isSet(m_item.due)) {
        const auto due = arguments::date(parser.value(m_item.due));
        if (!due)
            return usage(Cli::tr("--due '%1' is not a date such as 2026-12-31.").arg(parser.value(m_item.due)));
        draft.dueDate = *due;
    }
    if (parser.isSet(m_item.url)) {
        if (!arguments::isTrackerUrl(parser.value(m_item.url))) {
            return usage(Cli::tr("--url '%1' is not a URL such as https://tracker.example.com/SRE-12.")
                             .arg(parser.value(m_item.url)));
        }
        draft.trackerUrl = parser.value(m_item.url).trimmed();
    }

    auto store = openStore();
    draft.incidentId = IncidentStore(*store).require(*number).id;
    const ActionItem item = ActionItemStore(*store).add(draft);
    m_out << item.shortId() << Qt::endl;
    return Done;
}

} // namespace hindsight
