#include "setcommand.h"

#include "arguments.h"
#include "domain/author.h"
#include "store/incidentstore.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QTimeZone>

#include <utility>

namespace hindsight {

namespace {

/// "LABEL=URL" or a bare URL; a URL may itself contain '=', so only text before the first '=' that is not part of a
/// URL counts as a label.
RelatedLink parseLink(const QString &text)
{
    const int equals = int(text.indexOf(QLatin1Char('=')));
    const int scheme = int(text.indexOf(QLatin1String("://")));
    if (equals < 0 || (scheme >= 0 && scheme < equals))
        return {QString(), text.trimmed()};
    return {text.left(equals).trimmed(), text.mid(equals + 1).trimmed()};
}

} // namespace

SetCommand::SetCommand(const Context &context)
    : Command(context, "set", QT_TRANSLATE_NOOP("Cli", "Change an incident's fields."), "NUMBER")
    , m_title(QStringLiteral("title"), Cli::tr("A new title."), Cli::tr("TEXT"))
    , m_severity(QStringLiteral("severity"), Cli::tr("One of %1.").arg(arguments::keys<Severity>()),
                 Cli::tr("SEVERITY"))
    , m_status(QStringLiteral("status"), Cli::tr("One of %1.").arg(arguments::keys<IncidentStatus>()),
               Cli::tr("STATUS"))
    , m_incidentSummary(QStringLiteral("summary"), Cli::tr("What happened, in Markdown."), Cli::tr("TEXT"))
    , m_detected(QStringLiteral("detected"), Cli::tr("When it was detected (ISO 8601)."), Cli::tr("TIME"))
    , m_started(QStringLiteral("started"), Cli::tr("When it started (ISO 8601; empty to clear)."), Cli::tr("TIME"))
    , m_mitigated(QStringLiteral("mitigated"), Cli::tr("When it was mitigated (ISO 8601; empty to clear)."),
                  Cli::tr("TIME"))
    , m_resolved(QStringLiteral("resolved"), Cli::tr("When it was resolved (ISO 8601; empty to clear)."),
                 Cli::tr("TIME"))
    , m_timeZone(QStringLiteral("time-zone"), Cli::tr("The zone the postmortem reports times in, e.g. Asia/Tokyo."),
                 Cli::tr("ZONE"))
    , m_product(QStringLiteral("product"),
                Cli::tr("Affected products; repeat for several. Replaces the list ('' empties it)."), Cli::tr("NAME"))
    , m_link(QStringLiteral("link"),
             Cli::tr("Related links as LABEL=URL or URL; repeat for several. Replaces the list."), Cli::tr("LINK"))
    , m_person(QStringLiteral("person"),
               Cli::tr("People as ROLE=NAME, ROLE one of %1; repeat for several. Replaces the list.")
                   .arg(arguments::keys<PersonRole>()),
               Cli::tr("ROLE=NAME"))
    , m_occurrence(QStringLiteral("occurrence"),
                   Cli::tr("When it occurred, as START/END in ISO 8601 (END may be empty while it "
                           "goes on); repeat for several. Replaces the list."),
                   Cli::tr("START/END"))
    , m_exercise(QStringLiteral("exercise"), Cli::tr("Mark it as a drill or game day."))
    , m_notExercise(QStringLiteral("no-exercise"), Cli::tr("Mark it as a real incident."))
    , m_author(QStringLiteral("author"),
               Cli::tr("Who made the change, for the log (default: %1).").arg(defaultAuthor()), Cli::tr("NAME"))
{
    addOptions({m_title, m_severity, m_status, m_incidentSummary, m_detected, m_started, m_mitigated, m_resolved,
                m_timeZone, m_product, m_link, m_person, m_occurrence, m_exercise, m_notExercise, m_author});
    addIncidentNumberArgument();
}

int SetCommand::execute(const QStringList &arguments)
{
    QCommandLineParser parser;
    if (const auto stop = parse(parser, arguments))
        return *stop;

    const auto number = arguments::singleIncidentNumber(parser.positionalArguments());
    if (!number)
        return usageError(Cli::tr("hindsight set: give one incident number, then the fields to change."));

    auto store = openStore();
    IncidentStore incidents(*store);
    Incident incident = incidents.require(*number);
    if (const auto problem = changeFields(parser, incident))
        return usage(*problem);
    if (const auto problem = changeTimes(parser, incident))
        return usage(*problem);
    if (const auto problem = changeLists(parser, incident))
        return usage(*problem);
    if (const auto problem = changeOccurrences(parser, incident))
        return usage(*problem);
    if (parser.isSet(m_exercise) && parser.isSet(m_notExercise))
        return usage(Cli::tr("--exercise and --no-exercise contradict each other."));
    if (parser.isSet(m_exercise))
        incident.exercise = true;
    if (parser.isSet(m_notExercise))
        incident.exercise = false;

    incidents.update(incident, parser.isSet(m_author) ? parser.value(m_author) : defaultAuthor());
    return Done;
}

std::optional<QString> SetCommand::changeFields(const QCommandLineParser &parser, Incident &incident) const
{
    if (parser.isSet(m_title))
        incident.title = parser.value(m_title).trimmed();
    if (parser.isSet(m_severity)) {
        const auto value = fromKey<Severity>(parser.value(m_severity));
        if (!value)
            return Cli::tr("--severity must be one of %1.").arg(arguments::keys<Severity>());
        incident.severity = *value;
    }
    if (parser.isSet(m_status)) {
        const auto value = fromKey<IncidentStatus>(parser.value(m_status));
        if (!value)
            return Cli::tr("--status must be one of %1.").arg(arguments::keys<IncidentStatus>());
        incident.status = *value;
    }
    if (parser.isSet(m_incidentSummary))
        incident.summary = parser.value(m_incidentSummary);
    return std::nullopt;
}

std::optional<QString> SetCommand::changeTimes(const QCommandLineParser &parser, Incident &incident) const
{
    const std::pair<const QCommandLineOption *, QDateTime *> times[] = {{&m_detected, &incident.detectedAt},
                                                                        {&m_started, &incident.startedAt},
                                                                        {&m_mitigated, &incident.mitigatedAt},
                                                                        {&m_resolved, &incident.resolvedAt}};
    for (const auto &[option, field] : times) {
        if (!parser.isSet(*option))
            continue;
        const QString value = parser.value(*option);
        if (value.trimmed().isEmpty() && option != &m_detected) {
            *field = QDateTime();
            continue;
        }
        const auto time = arguments::isoTime(value);
        if (!time) {
            return Cli::tr("--%1 '%2' is not an ISO 8601 time such as 2026-11-23T14:05.")
                .arg(option->names().constFirst(), value);
        }
        *field = *time;
    }
    if (parser.isSet(m_timeZone)) {
        const QByteArray zone = parser.value(m_timeZone).trimmed().toUtf8();
        if (!zone.isEmpty() && !QTimeZone::isTimeZoneIdAvailable(zone)) {
            return Cli::tr("--time-zone '%1' is not a known time zone such as Asia/Tokyo or UTC.")
                .arg(parser.value(m_timeZone));
        }
        incident.timeZone = QString::fromUtf8(zone);
    }
    return std::nullopt;
}

std::optional<QString> SetCommand::changeLists(const QCommandLineParser &parser, Incident &incident) const
{
    if (parser.isSet(m_product))
        incident.products = parser.values(m_product);
    if (parser.isSet(m_link)) {
        incident.links.clear();
        for (const QString &value : parser.values(m_link)) {
            if (!value.trimmed().isEmpty())
                incident.links << parseLink(value);
        }
    }
    if (parser.isSet(m_person)) {
        incident.people.clear();
        for (const QString &value : parser.values(m_person)) {
            const qsizetype equals = value.indexOf(QLatin1Char('='));
            const auto role = equals > 0 ? fromKey<PersonRole>(value.left(equals)) : std::nullopt;
            if (!role) {
                return Cli::tr("--person '%1' must be ROLE=NAME with ROLE one of %2.")
                    .arg(value, arguments::keys<PersonRole>());
            }
            incident.people << Person{*role, value.mid(equals + 1).trimmed()};
        }
    }
    return std::nullopt;
}

std::optional<QString> SetCommand::changeOccurrences(const QCommandLineParser &parser, Incident &incident) const
{
    if (!parser.isSet(m_occurrence))
        return std::nullopt;
    incident.occurrences.clear();
    for (const QString &value : parser.values(m_occurrence)) {
        const QStringList parts = value.split(QLatin1Char('/'));
        const auto start = parts.size() == 2 ? arguments::isoTime(parts.at(0)) : std::nullopt;
        const auto end = parts.size() == 2 && !parts.at(1).trimmed().isEmpty() ? arguments::isoTime(parts.at(1))
                                                                               : std::optional<QDateTime>();
        if (!start || (parts.size() == 2 && !parts.at(1).trimmed().isEmpty() && !end)) {
            return Cli::tr("--occurrence '%1' must be START/END in ISO 8601, such as "
                           "2026-11-23T13:00/2026-11-23T14:00.")
                .arg(value);
        }
        incident.occurrences << OccurrenceWindow{*start, end.value_or(QDateTime())};
    }
    return std::nullopt;
}

} // namespace hindsight
