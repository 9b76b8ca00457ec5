#include "showcommand.h"

#include "arguments.h"
#include "columns.h"
#include "domain/json.h"
#include "output.h"
#include "store/incidentstore.h"
#include "store/investigationlog.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace hindsight {

ShowCommand::ShowCommand(const Context &context)
    : Command(context, "show", QT_TRANSLATE_NOOP("Cli", "Show an incident with its investigation log."), "NUMBER")
    , m_json(jsonOption())
    , m_deleted(QStringLiteral("deleted"), Cli::tr("Include deleted log entries."))
{
    addOptions({m_json, m_deleted});
    addIncidentNumberArgument();
}

int ShowCommand::execute(const QStringList &arguments)
{
    QCommandLineParser parser;
    if (const auto stop = parse(parser, arguments))
        return *stop;

    const auto number = arguments::singleIncidentNumber(parser.positionalArguments());
    if (!number)
        return usageError(Cli::tr("hindsight show: give one incident number."));
    auto store = openStore();
    const Incident incident = IncidentStore(*store).require(*number);
    const QList<LogEntry> entries = InvestigationLog(*store).entries(incident.id, parser.isSet(m_deleted));

    if (parser.isSet(m_json)) {
        QJsonObject object = json::toJson(incident);
        QJsonArray log;
        for (const LogEntry &entry : entries)
            log.append(json::toJson(entry));
        object.insert(QStringLiteral("logEntries"), log);
        printJson(object);
        return Done;
    }
    printIncident(incident);
    printLog(incident, entries);
    m_out.flush();
    return Done;
}

void ShowCommand::printIncident(const Incident &incident)
{
    const auto field = [&](const QString &label, const QString &value) { output::printField(m_out, label, value, 20); };
    m_out << "#" << incident.number << " " << incident.title << "\n";
    field(Cli::tr("Severity"), displayName(incident.severity));
    field(Cli::tr("Status"), displayName(incident.status));
    field(Cli::tr("Detected"), output::localTime(incident.detectedAt));
    if (incident.startedAt.isValid())
        field(Cli::tr("Started"), output::localTime(incident.startedAt));
    if (incident.mitigatedAt.isValid())
        field(Cli::tr("Mitigated"), output::localTime(incident.mitigatedAt));
    if (incident.resolvedAt.isValid())
        field(Cli::tr("Resolved"), output::localTime(incident.resolvedAt));
    if (incident.exercise)
        field(Cli::tr("Exercise"), Cli::tr("yes: kept out of statistics"));
    if (!incident.products.isEmpty())
        field(Cli::tr("Products"), incident.products.join(QStringLiteral(", ")));
    for (const OccurrenceWindow &w : incident.occurrences) {
        field(Cli::tr("Occurred"), output::localTime(w.start) + QStringLiteral(" – ") +
                                       (w.end.isValid() ? output::localTime(w.end) : Cli::tr("ongoing")));
    }
    for (const PersonRole role : allValues<PersonRole>()) {
        const QStringList names = incident.peopleIn(role);
        if (!names.isEmpty())
            field(displayName(role), names.join(QStringLiteral(", ")));
    }
    for (const RelatedLink &link : incident.links)
        field(Cli::tr("Link"), link.label.isEmpty() ? link.url : link.label + QStringLiteral(" <") + link.url + u'>');
    if (!incident.summary.isEmpty()) {
        m_out << "\n" << Cli::tr("Summary:") << "\n";
        for (const QString &line : incident.summary.split(QLatin1Char('\n')))
            m_out << "  " << line << "\n";
    }
}

void ShowCommand::printLog(const Incident &incident, const QList<LogEntry> &entries)
{
    m_out << "\n" << Cli::tr("Investigation log:") << "\n";
    if (entries.isEmpty())
        m_out << "  " << Cli::tr("(empty) Add an entry with: hindsight log %1 TEXT").arg(incident.number) << "\n";
    for (const LogEntry &entry : entries) {
        QStringList marks;
        if (entry.keyEvent)
            marks << Cli::tr("key");
        if (entry.backfilled)
            marks << Cli::tr("back-filled");
        if (entry.automatic)
            marks << Cli::tr("automatic");
        if (entry.isDeleted())
            marks << Cli::tr("deleted");
        m_out << output::localTime(entry.at, true) << "  " << columns::padded(displayName(entry.kind), 10) << " "
              << entry.author;
        if (!marks.isEmpty())
            m_out << "  [" << marks.join(QStringLiteral(", ")) << "]";
        m_out << "\n";
        for (const QString &line : entry.body.split(QLatin1Char('\n')))
            m_out << "    " << line << "\n";
    }
}

} // namespace hindsight
