#include "newcommand.h"

#include "arguments.h"
#include "store/incidentstore.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QTextStream>
#include <QTimeZone>

namespace hindsight {

NewCommand::NewCommand(const Context &context)
    : Command(context, "new", QT_TRANSLATE_NOOP("Cli", "Create an incident and print its number."))
    , m_title(QStringLiteral("title"), Cli::tr("The incident's title (required)."), Cli::tr("TEXT"))
    , m_severity(QStringLiteral("severity"), Cli::tr("One of %1 (required).").arg(arguments::keys<Severity>()),
                 Cli::tr("SEVERITY"))
    , m_product(QStringLiteral("product"), Cli::tr("An affected product; repeat for several."), Cli::tr("NAME"))
    , m_incidentSummary(QStringLiteral("summary"), Cli::tr("What happened, in Markdown."), Cli::tr("TEXT"))
    , m_exercise(QStringLiteral("exercise"), Cli::tr("A drill or game day: kept out of statistics."))
{
    addOptions({m_title, m_severity, m_product, m_incidentSummary, m_exercise});
}

int NewCommand::execute(const QStringList &arguments)
{
    QCommandLineParser parser;
    if (const auto stop = parse(parser, arguments))
        return *stop;

    if (!parser.positionalArguments().isEmpty()) {
        return usageError(Cli::tr("hindsight new: unexpected argument '%1'. Give the title with --title.")
                              .arg(parser.positionalArguments().constFirst()));
    }
    if (parser.value(m_title).trimmed().isEmpty())
        return usageError(Cli::tr("hindsight new: --title is required."));
    const auto level = fromKey<Severity>(parser.value(m_severity));
    if (!level)
        return usageError(Cli::tr("hindsight new: --severity must be one of %1.").arg(arguments::keys<Severity>()));

    Incident draft;
    draft.title = parser.value(m_title).trimmed();
    draft.severity = *level;
    draft.products = parser.values(m_product);
    draft.summary = parser.value(m_incidentSummary);
    draft.exercise = parser.isSet(m_exercise);
    draft.timeZone = QString::fromUtf8(QTimeZone::systemTimeZoneId());

    auto store = openStore();
    const Incident incident = IncidentStore(*store).create(draft);
    m_out << incident.number << Qt::endl;
    return Done;
}

} // namespace hindsight
