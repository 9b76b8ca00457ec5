// `hindsight action add|list|set|remove`: action items from the command line, named by the short IDs users type (A12).
#include "arguments.h"
#include "cli.h"
#include "model/json.h"
#include "output.h"
#include "store/actionitemstore.h"
#include "store/incidentstore.h"
#include "store/store.h"
#include "store/storelocation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace hindsight {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

struct ActionCommand
{
    const char *name;
    const char *summary;
    const char *syntax;
    int (Cli::*run)(const QStringList &);
};

const ActionCommand ActionCommands[] = {
    {"add", QT_TRANSLATE_NOOP("Cli", "Add an action item to an incident and print its ID."), "NUMBER",
     &Cli::runActionAdd},
    {"list", QT_TRANSLATE_NOOP("Cli", "List action items, soonest due first."), "", &Cli::runActionList},
    {"set", QT_TRANSLATE_NOOP("Cli", "Change an action item."), "ID", &Cli::runActionSet},
    {"remove", QT_TRANSLATE_NOOP("Cli", "Delete a mistaken action item; its ID is not used again."), "ID",
     &Cli::runActionRemove},
};

const ActionCommand &actionCommand(const QString &name)
{
    const auto *command = std::find_if(std::begin(ActionCommands), std::end(ActionCommands),
                                       [&](const ActionCommand &c) { return name == QLatin1String(c.name); });
    Q_ASSERT(command != std::end(ActionCommands));
    return *command;
}

/// The options that add and set share: what they mean is the same, only add requires some of them.
struct ActionItemOptions
{
    QCommandLineOption title{QStringLiteral("title"), tr("What is to be done."), tr("TEXT")};
    QCommandLineOption type{QStringLiteral("type"), tr("One of %1.").arg(arguments::keys<ActionItemType>()),
                            tr("TYPE")};
    QCommandLineOption priority{QStringLiteral("priority"), tr("One of %1.").arg(arguments::keys<ActionItemPriority>()),
                                tr("PRIORITY")};
    QCommandLineOption owner{QStringLiteral("owner"), tr("Who does it: a team or a person."), tr("NAME")};
    QCommandLineOption due{QStringLiteral("due"), tr("When it is due, as YYYY-MM-DD."), tr("DATE")};
    QCommandLineOption url{QStringLiteral("url"), tr("Its ticket in the tracker."), tr("URL")};
};

} // namespace

std::optional<int> Cli::parseTwoWords(QCommandLineParser &parser, const QStringList &arguments, const char *summary,
                                      const char *syntax)
{
    const QString command = arguments.at(1) + QLatin1Char(' ') + arguments.at(2);
    parser.setApplicationDescription(tr(summary));
    const QCommandLineOption db(QStringLiteral("db"), tr("The store to use."), QStringLiteral("PATH"));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    parser.addOption(db);
    parser.addOption(help);
    QStringList forParser = arguments;
    forParser.remove(1, 2);
    if (!parser.parse(forParser)) {
        m_err << "hindsight " << command << ": " << parser.errorText() << "\n"
              << tr("See 'hindsight %1 --help'.").arg(command) << Qt::endl;
        return UsageError;
    }
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        text = text.mid(text.indexOf(QLatin1Char('\n')) + 1); // replace Qt's usage line with ours
        m_out << tr("Usage: hindsight %1 [options] %2").arg(command, QLatin1String(syntax)).trimmed() << "\n" << text;
        m_out.flush();
        return Done;
    }
    if (parser.isSet(db))
        m_storePath = parser.value(db);
    return std::nullopt;
}

int Cli::runAction(const QStringList &arguments)
{
    const QString word = arguments.value(2);
    for (const ActionCommand &command : ActionCommands) {
        if (word == QLatin1String(command.name))
            return (this->*command.run)(arguments);
    }
    if (word == QLatin1String("--help") || word == QLatin1String("-h")) {
        m_out << tr("Usage: hindsight action add|list|set|remove [options] ...") << "\n"
              << tr("Add, list, change and remove action items.") << "\n\n"
              << tr("Commands:") << "\n";
        for (const ActionCommand &command : ActionCommands) {
            const QString name = (QLatin1String(command.name) + QLatin1Char(' ') + QLatin1String(command.syntax));
            m_out << "  " << name.trimmed().leftJustified(12) << tr(command.summary) << "\n";
        }
        m_out << "\n"
              << tr("An action item's ID looks like A12, as 'hindsight action list' shows it; 12 works too.") << "\n"
              << tr("'hindsight action COMMAND --help' shows a command's options.") << "\n";
        m_out.flush();
        return Done;
    }
    if (word.isEmpty())
        m_err << tr("hindsight action: give add, list, set or remove. See 'hindsight action --help'.") << Qt::endl;
    else
        m_err << tr("hindsight action: unknown command '%1'; give add, list, set or remove. See 'hindsight action "
                    "--help'.")
                     .arg(word)
              << Qt::endl;
    return UsageError;
}

int Cli::runActionAdd(const QStringList &arguments)
{
    const ActionCommand &command = actionCommand(QStringLiteral("add"));
    QCommandLineParser parser;
    const ActionItemOptions options;
    parser.addOptions({options.title, options.type, options.priority, options.owner, options.due, options.url});
    parser.addPositionalArgument(QStringLiteral("NUMBER"), tr("The incident's number."));
    if (const auto stop = parseTwoWords(parser, arguments, command.summary, command.syntax))
        return *stop;

    const auto usage = [&](const QString &message) {
        m_err << "hindsight action add: " << message << Qt::endl;
        return UsageError;
    };
    const QStringList positional = parser.positionalArguments();
    const auto number = arguments::singleIncidentNumber(positional);
    if (!number)
        return usage(tr("give one incident number, then the item's --title, --type, --priority and --owner."));
    ActionItem draft;
    draft.title = parser.value(options.title).trimmed();
    if (draft.title.isEmpty())
        return usage(tr("--title is required."));
    if (!parser.isSet(options.type))
        return usage(tr("--type is required: one of %1.").arg(arguments::keys<ActionItemType>()));
    const auto type = fromKey<ActionItemType>(parser.value(options.type));
    if (!type)
        return usage(tr("--type must be one of %1.").arg(arguments::keys<ActionItemType>()));
    draft.type = *type;
    if (!parser.isSet(options.priority))
        return usage(tr("--priority is required: one of %1.").arg(arguments::keys<ActionItemPriority>()));
    const auto priority = fromKey<ActionItemPriority>(parser.value(options.priority));
    if (!priority)
        return usage(tr("--priority must be one of %1.").arg(arguments::keys<ActionItemPriority>()));
    draft.priority = *priority;
    draft.owner = parser.value(options.owner).trimmed();
    if (draft.owner.isEmpty())
        return usage(tr("--owner is required: the team or the person who does it."));
    if (parser.isSet(options.due)) {
        const auto due = arguments::date(parser.value(options.due));
        if (!due)
            return usage(tr("--due '%1' is not a date such as 2026-12-31.").arg(parser.value(options.due)));
        draft.dueDate = *due;
    }
    if (parser.isSet(options.url)) {
        if (!arguments::isTrackerUrl(parser.value(options.url)))
            return usage(tr("--url '%1' is not a URL such as https://tracker.example.com/SRE-12.")
                             .arg(parser.value(options.url)));
        draft.trackerUrl = parser.value(options.url).trimmed();
    }

    auto store = Store::open(resolveStorePath(m_storePath));
    draft.incidentId = IncidentStore(*store).require(*number).id;
    const ActionItem item = ActionItemStore(*store).add(draft);
    m_out << item.shortId() << Qt::endl;
    return Done;
}

int Cli::runActionList(const QStringList &arguments)
{
    const ActionCommand &command = actionCommand(QStringLiteral("list"));
    QCommandLineParser parser;
    const QCommandLineOption owner(QStringLiteral("owner"), tr("Only the items of this owner."), tr("NAME"));
    const QCommandLineOption status(QStringLiteral("status"),
                                    tr("Only items in this status: open (neither done nor won't do) or %1.")
                                        .arg(arguments::keys<ActionItemStatus>()),
                                    tr("STATUS"));
    const QCommandLineOption priority(QStringLiteral("priority"),
                                      tr("Only items of this priority: %1.").arg(arguments::keys<ActionItemPriority>()),
                                      tr("PRIORITY"));
    const QCommandLineOption type(
        QStringLiteral("type"), tr("Only items of this type: %1.").arg(arguments::keys<ActionItemType>()), tr("TYPE"));
    const QCommandLineOption incident(QStringLiteral("incident"), tr("Only the items of this incident."), tr("NUMBER"));
    const QCommandLineOption overdue(QStringLiteral("overdue"), tr("Only open items past their due date."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    parser.addOptions({owner, status, priority, type, incident, overdue, json});
    if (const auto stop = parseTwoWords(parser, arguments, command.summary, command.syntax))
        return *stop;

    if (!parser.positionalArguments().isEmpty()) {
        m_err << tr("hindsight action list: unexpected argument '%1'.").arg(parser.positionalArguments().constFirst())
              << Qt::endl;
        return UsageError;
    }
    const QDate today = QDate::currentDate();
    ActionItemQuery query;
    query.owner = parser.value(owner).trimmed();
    const auto usage = [&](const QString &message) {
        m_err << "hindsight action list: " << message << Qt::endl;
        return UsageError;
    };
    if (parser.isSet(status)) {
        if (parser.value(status).trimmed().compare(QLatin1String("open"), Qt::CaseInsensitive) == 0)
            query.openOnly = true;
        else if (!(query.status = fromKey<ActionItemStatus>(parser.value(status))))
            return usage(tr("--status must be open or one of %1.").arg(arguments::keys<ActionItemStatus>()));
    }
    if (parser.isSet(priority) && !(query.priority = fromKey<ActionItemPriority>(parser.value(priority))))
        return usage(tr("--priority must be one of %1.").arg(arguments::keys<ActionItemPriority>()));
    if (parser.isSet(type) && !(query.type = fromKey<ActionItemType>(parser.value(type))))
        return usage(tr("--type must be one of %1.").arg(arguments::keys<ActionItemType>()));
    std::optional<int> incidentNumber;
    if (parser.isSet(incident) && !(incidentNumber = arguments::incidentNumber(parser.value(incident))))
        return usage(tr("--incident '%1' is not an incident number such as 12.").arg(parser.value(incident)));
    if (parser.isSet(overdue))
        query.overdueOn = today;

    auto store = Store::open(resolveStorePath(m_storePath));
    if (incidentNumber)
        query.incidentId = IncidentStore(*store).require(*incidentNumber).id;
    const QList<ActionItem> items = ActionItemStore(*store).list(query);
    QHash<QUuid, int> incidentNumbers;
    const QHash<QUuid, ActionItemIncident> incidents = ActionItemStore(*store).incidents();
    for (auto it = incidents.cbegin(); it != incidents.cend(); ++it)
        incidentNumbers.insert(it.key(), it->number);

    if (parser.isSet(json)) {
        QJsonArray array;
        for (const ActionItem &item : items) {
            QJsonObject object = json::toJson(item);
            object.insert(QStringLiteral("shortId"), item.shortId());
            object.insert(QStringLiteral("incidentNumber"), incidentNumbers.value(item.incidentId));
            array.append(object);
        }
        m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        m_out.flush();
        return Done;
    }
    if (items.isEmpty()) {
        if (query.owner.isEmpty() && !query.status && !query.openOnly && !query.priority && !query.type &&
            !query.incidentId && !query.overdueOn.isValid())
            m_err << tr("No action items. Add one with: hindsight action add NUMBER --title TEXT --type TYPE "
                        "--priority PRIORITY --owner NAME")
                  << Qt::endl;
        else
            m_err << tr("No action items match.") << Qt::endl;
        return Done;
    }

    QList<QStringList> rows{
        {tr("ID"), tr("INCIDENT"), tr("STATUS"), tr("PRIORITY"), tr("TYPE"), tr("OWNER"), tr("DUE"), tr("TITLE")}};
    for (const ActionItem &item : items) {
        QString due = item.dueDate.isValid() ? item.dueDate.toString(Qt::ISODate) : QStringLiteral("-");
        if (item.isOverdue(today))
            due += QLatin1Char(' ') + tr("(overdue)");
        rows << QStringList{item.shortId(),
                            QLatin1Char('#') + QString::number(incidentNumbers.value(item.incidentId)),
                            displayName(item.status),
                            displayName(item.priority),
                            displayName(item.type),
                            item.owner.isEmpty() ? QStringLiteral("-") : item.owner,
                            due,
                            item.title};
    }
    output::printTable(m_out, rows);
    m_out.flush();
    return Done;
}

int Cli::runActionSet(const QStringList &arguments)
{
    const ActionCommand &command = actionCommand(QStringLiteral("set"));
    QCommandLineParser parser;
    const ActionItemOptions options;
    const QCommandLineOption status(QStringLiteral("status"), tr("One of %1.").arg(arguments::keys<ActionItemStatus>()),
                                    tr("STATUS"));
    const QCommandLineOption due(QStringLiteral("due"), tr("When it is due, as YYYY-MM-DD; empty to clear."),
                                 tr("DATE"));
    const QCommandLineOption url(QStringLiteral("url"), tr("Its ticket in the tracker; empty to clear."), tr("URL"));
    parser.addOptions({status, options.title, options.type, options.priority, options.owner, due, url});
    parser.addPositionalArgument(QStringLiteral("ID"), tr("The action item's ID, such as A12."));
    if (const auto stop = parseTwoWords(parser, arguments, command.summary, command.syntax))
        return *stop;

    const auto usage = [&](const QString &message) {
        m_err << "hindsight action set: " << message << Qt::endl;
        return UsageError;
    };
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usage(tr("give one action item ID (such as A12), then what to change."));
    const QCommandLineOption *changes[] = {&status,        &options.title, &options.type, &options.priority,
                                           &options.owner, &due,           &url};
    if (std::none_of(std::begin(changes), std::end(changes), [&](const auto *o) { return parser.isSet(*o); }))
        return usage(tr("nothing to change: give --status, --title, --type, --priority, --owner, --due or --url."));

    // Everything is checked before the store is opened, so that a mistake changes nothing.
    std::optional<ActionItemStatus> newStatus;
    if (parser.isSet(status) && !(newStatus = fromKey<ActionItemStatus>(parser.value(status))))
        return usage(tr("--status must be one of %1.").arg(arguments::keys<ActionItemStatus>()));
    std::optional<ActionItemType> newType;
    if (parser.isSet(options.type) && !(newType = fromKey<ActionItemType>(parser.value(options.type))))
        return usage(tr("--type must be one of %1.").arg(arguments::keys<ActionItemType>()));
    std::optional<ActionItemPriority> newPriority;
    if (parser.isSet(options.priority) && !(newPriority = fromKey<ActionItemPriority>(parser.value(options.priority))))
        return usage(tr("--priority must be one of %1.").arg(arguments::keys<ActionItemPriority>()));
    if (parser.isSet(options.title) && parser.value(options.title).trimmed().isEmpty())
        return usage(tr("--title cannot be empty."));
    if (parser.isSet(options.owner) && parser.value(options.owner).trimmed().isEmpty())
        return usage(tr("--owner cannot be empty: give the team or the person who does it."));
    QDate newDue;
    if (parser.isSet(due) && !parser.value(due).trimmed().isEmpty()) {
        const auto day = arguments::date(parser.value(due));
        if (!day)
            return usage(tr("--due '%1' is not a date such as 2026-12-31.").arg(parser.value(due)));
        newDue = *day;
    }
    if (parser.isSet(url) && !parser.value(url).trimmed().isEmpty() && !arguments::isTrackerUrl(parser.value(url)))
        return usage(tr("--url '%1' is not a URL such as https://tracker.example.com/SRE-12.").arg(parser.value(url)));

    auto store = Store::open(resolveStorePath(m_storePath));
    ActionItemStore items(*store);
    ActionItem item = items.require(positional.at(0));
    if (newStatus)
        item.status = *newStatus;
    if (parser.isSet(options.title))
        item.title = parser.value(options.title).trimmed();
    if (newType)
        item.type = *newType;
    if (newPriority)
        item.priority = *newPriority;
    if (parser.isSet(options.owner))
        item.owner = parser.value(options.owner).trimmed();
    if (parser.isSet(due))
        item.dueDate = newDue;
    if (parser.isSet(url))
        item.trackerUrl = parser.value(url).trimmed();
    items.update(item);
    return Done;
}

int Cli::runActionRemove(const QStringList &arguments)
{
    const ActionCommand &command = actionCommand(QStringLiteral("remove"));
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("ID"), tr("The action item's ID, such as A12."));
    if (const auto stop = parseTwoWords(parser, arguments, command.summary, command.syntax))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        m_err << "hindsight action remove: " << tr("give one action item ID, such as A12.") << Qt::endl;
        return UsageError;
    }
    auto store = Store::open(resolveStorePath(m_storePath));
    ActionItemStore items(*store);
    const ActionItem item = items.require(positional.at(0));
    const int incident = IncidentStore(*store).byId(item.incidentId).value_or(Incident{}).number;
    items.remove(item.id);
    // Said in full, since there is no undo here: a mistaken removal can be added again from this line.
    m_out << tr("Deleted %1 of incident %2: %3").arg(item.shortId()).arg(incident).arg(item.title) << Qt::endl;
    return Done;
}

} // namespace hindsight
