#include "actionlistcommand.h"

#include "arguments.h"
#include "domain/json.h"
#include "output.h"
#include "store/actionitemstore.h"
#include "store/incidentstore.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace hindsight {

ActionListCommand::ActionListCommand(const Context &context)
    : Command(context, "action list", QT_TRANSLATE_NOOP("Cli", "List action items, soonest due first."))
    , m_owner(QStringLiteral("owner"), Cli::tr("Only the items of this owner."), Cli::tr("NAME"))
    , m_status(QStringLiteral("status"),
               Cli::tr("Only items in this status: open (neither done nor won't do) or %1.")
                   .arg(arguments::keys<ActionItemStatus>()),
               Cli::tr("STATUS"))
    , m_priority(QStringLiteral("priority"),
                 Cli::tr("Only items of this priority: %1.").arg(arguments::keys<ActionItemPriority>()),
                 Cli::tr("PRIORITY"))
    , m_type(QStringLiteral("type"), Cli::tr("Only items of this type: %1.").arg(arguments::keys<ActionItemType>()),
             Cli::tr("TYPE"))
    , m_incident(QStringLiteral("incident"), Cli::tr("Only the items of this incident."), Cli::tr("NUMBER"))
    , m_overdue(QStringLiteral("overdue"), Cli::tr("Only open items past their due date."))
    , m_json(jsonOption())
{
    addOptions({m_owner, m_status, m_priority, m_type, m_incident, m_overdue, m_json});
}

int ActionListCommand::execute(const QStringList &arguments)
{
    QCommandLineParser parser;
    if (const auto stop = parse(parser, arguments))
        return *stop;

    if (!parser.positionalArguments().isEmpty()) {
        return usageError(
            Cli::tr("hindsight action list: unexpected argument '%1'.").arg(parser.positionalArguments().constFirst()));
    }
    const QDate today = QDate::currentDate();
    ActionItemQuery query;
    std::optional<int> incidentNumber;
    if (const auto problem = readQuery(parser, today, query, incidentNumber))
        return usage(*problem);

    auto store = openStore();
    if (incidentNumber)
        query.incidentId = IncidentStore(*store).require(*incidentNumber).id;
    const QList<ActionItem> items = ActionItemStore(*store).list(query);
    QHash<QUuid, int> incidentNumbers;
    const QHash<QUuid, ActionItemIncident> incidents = ActionItemStore(*store).incidents();
    for (auto it = incidents.cbegin(); it != incidents.cend(); ++it)
        incidentNumbers.insert(it.key(), it->number);

    if (parser.isSet(m_json)) {
        QJsonArray array;
        for (const ActionItem &item : items) {
            QJsonObject object = json::toJson(item);
            object.insert(QStringLiteral("shortId"), item.shortId());
            object.insert(QStringLiteral("incidentNumber"), incidentNumbers.value(item.incidentId));
            array.append(object);
        }
        printJson(array);
        return Done;
    }
    if (items.isEmpty()) {
        if (query.owner.isEmpty() && !query.status && !query.openOnly && !query.priority && !query.type &&
            !query.incidentId && !query.overdueOn.isValid())
            m_err << Cli::tr("No action items. Add one with: hindsight action add NUMBER --title TEXT --type TYPE "
                             "--priority PRIORITY --owner NAME")
                  << Qt::endl;
        else
            m_err << Cli::tr("No action items match.") << Qt::endl;
        return Done;
    }
    printTable(items, incidentNumbers, today);
    return Done;
}

std::optional<QString> ActionListCommand::readQuery(const QCommandLineParser &parser, const QDate &today,
                                                    ActionItemQuery &query, std::optional<int> &incidentNumber) const
{
    query.owner = parser.value(m_owner).trimmed();
    if (parser.isSet(m_status)) {
        if (parser.value(m_status).trimmed().compare(QLatin1String("open"), Qt::CaseInsensitive) == 0)
            query.openOnly = true;
        else if (!(query.status = fromKey<ActionItemStatus>(parser.value(m_status))))
            return Cli::tr("--status must be open or one of %1.").arg(arguments::keys<ActionItemStatus>());
    }
    if (parser.isSet(m_priority) && !(query.priority = fromKey<ActionItemPriority>(parser.value(m_priority))))
        return Cli::tr("--priority must be one of %1.").arg(arguments::keys<ActionItemPriority>());
    if (parser.isSet(m_type) && !(query.type = fromKey<ActionItemType>(parser.value(m_type))))
        return Cli::tr("--type must be one of %1.").arg(arguments::keys<ActionItemType>());
    if (parser.isSet(m_incident) && !(incidentNumber = arguments::incidentNumber(parser.value(m_incident))))
        return Cli::tr("--incident '%1' is not an incident number such as 12.").arg(parser.value(m_incident));
    if (parser.isSet(m_overdue))
        query.overdueOn = today;
    return std::nullopt;
}

void ActionListCommand::printTable(const QList<ActionItem> &items, const QHash<QUuid, int> &incidentNumbers,
                                   const QDate &today)
{
    QList<QStringList> rows{{Cli::tr("ID"), Cli::tr("INCIDENT"), Cli::tr("STATUS"), Cli::tr("PRIORITY"),
                             Cli::tr("TYPE"), Cli::tr("OWNER"), Cli::tr("DUE"), Cli::tr("TITLE")}};
    for (const ActionItem &item : items) {
        QString due = item.dueDate.isValid() ? item.dueDate.toString(Qt::ISODate) : QStringLiteral("-");
        if (item.isOverdue(today))
            due += QLatin1Char(' ') + Cli::tr("(overdue)");
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
}

} // namespace hindsight
