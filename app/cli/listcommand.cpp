#include "listcommand.h"

#include "arguments.h"
#include "columns.h"
#include "domain/json.h"
#include "output.h"
#include "store/incidentstore.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QTextStream>

#include <algorithm>

namespace hindsight {

ListCommand::ListCommand(const Context &context)
    : Command(context, "list", QT_TRANSLATE_NOOP("Cli", "List incidents, open ones first."))
    , m_status(QStringLiteral("status"),
               Cli::tr("Only incidents in this status: %1.").arg(arguments::keys<IncidentStatus>()), Cli::tr("STATUS"))
    , m_severity(QStringLiteral("severity"),
                 Cli::tr("Only incidents of this severity: %1.").arg(arguments::keys<Severity>()), Cli::tr("SEVERITY"))
    , m_json(jsonOption())
{
    addOptions({m_status, m_severity, m_json});
}

int ListCommand::execute(const QStringList &arguments)
{
    QCommandLineParser parser;
    if (const auto stop = parse(parser, arguments))
        return *stop;

    IncidentQuery query;
    if (parser.isSet(m_status)) {
        query.status = fromKey<IncidentStatus>(parser.value(m_status));
        if (!query.status) {
            return usageError(
                Cli::tr("hindsight list: --status must be one of %1.").arg(arguments::keys<IncidentStatus>()));
        }
    }
    if (parser.isSet(m_severity)) {
        query.severity = fromKey<Severity>(parser.value(m_severity));
        if (!query.severity)
            return usageError(
                Cli::tr("hindsight list: --severity must be one of %1.").arg(arguments::keys<Severity>()));
    }
    query.withDetails = parser.isSet(m_json);

    auto store = openStore();
    const QList<Incident> incidents = IncidentStore(*store).list(query);
    if (parser.isSet(m_json)) {
        QJsonArray array;
        for (const Incident &incident : incidents)
            array.append(json::toJson(incident));
        printJson(array);
        return Done;
    }
    if (incidents.isEmpty()) {
        m_err << Cli::tr("No incidents. Create one with: hindsight new --title TEXT --severity SEVERITY") << Qt::endl;
        return Done;
    }
    printTable(incidents);
    return Done;
}

void ListCommand::printTable(const QList<Incident> &incidents)
{
    int numberWidth = 1;
    for (const Incident &incident : incidents)
        numberWidth = std::max(numberWidth, int(QString::number(incident.number).size()) + 1);
    const auto row = [&](const QString &number, const QString &sev, const QString &stat, const QString &detected,
                         const QString &title) {
        m_out << number.rightJustified(numberWidth) << "  " << columns::padded(sev, 9) << columns::padded(stat, 14)
              << columns::padded(detected, 18) << title << "\n";
    };
    row(QStringLiteral("#"), Cli::tr("SEVERITY"), Cli::tr("STATUS"), Cli::tr("DETECTED"), Cli::tr("TITLE"));
    for (const Incident &incident : incidents) {
        QString title = incident.title;
        if (incident.exercise)
            title += QLatin1Char(' ') + Cli::tr("[exercise]");
        row(QString::number(incident.number), displayName(incident.severity), displayName(incident.status),
            output::localTime(incident.detectedAt), title);
    }
    m_out.flush();
}

} // namespace hindsight
