#include "actionsetcommand.h"

#include "store/actionitemstore.h"
#include "store/store.h"

#include <QCommandLineParser>

#include <algorithm>

namespace hindsight {

ActionSetCommand::ActionSetCommand(const Context &context)
    : Command(context, "action set", QT_TRANSLATE_NOOP("Cli", "Change an action item."), "ID")
    , m_status(QStringLiteral("status"), Cli::tr("One of %1.").arg(arguments::keys<ActionItemStatus>()),
               Cli::tr("STATUS"))
    , m_due(QStringLiteral("due"), Cli::tr("When it is due, as YYYY-MM-DD; empty to clear."), Cli::tr("DATE"))
    , m_url(QStringLiteral("url"), Cli::tr("Its ticket in the tracker; empty to clear."), Cli::tr("URL"))
{
    addOptions({m_status, m_item.title, m_item.type, m_item.priority, m_item.owner, m_due, m_url});
    addPositionalArgument(QStringLiteral("ID"), Cli::tr("The action item's ID, such as A12."));
}

int ActionSetCommand::execute(const QStringList &arguments)
{
    QCommandLineParser parser;
    if (const auto stop = parse(parser, arguments))
        return *stop;

    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usage(Cli::tr("give one action item ID (such as A12), then what to change."));
    const QCommandLineOption *options[] = {&m_status,     &m_item.title, &m_item.type, &m_item.priority,
                                           &m_item.owner, &m_due,        &m_url};
    if (std::none_of(std::begin(options), std::end(options), [&](const auto *o) { return parser.isSet(*o); }))
        return usage(
            Cli::tr("nothing to change: give --status, --title, --type, --priority, --owner, --due or --url."));
    Changes changes;
    if (const auto problem = readChanges(parser, changes))
        return usage(*problem);

    auto store = openStore();
    ActionItemStore items(*store);
    ActionItem item = items.require(positional.at(0));
    apply(parser, changes, item);
    items.update(item);
    return Done;
}

std::optional<QString> ActionSetCommand::readChanges(const QCommandLineParser &parser, Changes &changes) const
{
    if (parser.isSet(m_status) && !(changes.status = fromKey<ActionItemStatus>(parser.value(m_status))))
        return Cli::tr("--status must be one of %1.").arg(arguments::keys<ActionItemStatus>());
    if (parser.isSet(m_item.type) && !(changes.type = fromKey<ActionItemType>(parser.value(m_item.type))))
        return Cli::tr("--type must be one of %1.").arg(arguments::keys<ActionItemType>());
    if (parser.isSet(m_item.priority) &&
        !(changes.priority = fromKey<ActionItemPriority>(parser.value(m_item.priority))))
        return Cli::tr("--priority must be one of %1.").arg(arguments::keys<ActionItemPriority>());
    if (parser.isSet(m_item.title) && parser.value(m_item.title).trimmed().isEmpty())
        return Cli::tr("--title cannot be empty.");
    if (parser.isSet(m_item.owner) && parser.value(m_item.owner).trimmed().isEmpty())
        return Cli::tr("--owner cannot be empty: give the team or the person who does it.");
    if (parser.isSet(m_due) && !parser.value(m_due).trimmed().isEmpty()) {
        const auto day = arguments::date(parser.value(m_due));
        if (!day)
            return Cli::tr("--due '%1' is not a date such as 2026-12-31.").arg(parser.value(m_due));
        changes.due = *day;
    }
    if (parser.isSet(m_url) && !parser.value(m_url).trimmed().isEmpty() &&
        !arguments::isTrackerUrl(parser.value(m_url)))
        return Cli::tr("--url '%1' is not a URL such as https://tracker.example.com/SRE-12.").arg(parser.value(m_url));
    return std::nullopt;
}

void ActionSetCommand::apply(const QCommandLineParser &parser, const Changes &changes, ActionItem &item) const
{
    if (changes.status)
        item.status = *changes.status;
    if (parser.isSet(m_item.title))
        item.title = parser.value(m_item.title).trimmed();
    if (changes.type)
        item.type = *changes.type;
    if (changes.priority)
        item.priority = *changes.priority;
    if (parser.isSet(m_item.owner))
        item.owner = parser.value(m_item.owner).trimmed();
    if (parser.isSet(m_due))
        item.dueDate = changes.due;
    if (parser.isSet(m_url))
        item.trackerUrl = parser.value(m_url).trimmed();
}

} // namespace hindsight
