#include "suggestcommand.h"

#include "arguments.h"
#include "output.h"
#include "search/suggestions.h"
#include "store/incidentstore.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace hindsight {

namespace {

/// P3 for a playbook, #12 for an incident.
QString shortId(const Suggestion &s)
{
    return s.kind == SuggestionKind::Playbook ? QLatin1Char('P') + QString::number(s.number)
                                              : QLatin1Char('#') + QString::number(s.number);
}

QJsonArray toJson(const QList<Suggestion> &suggestions)
{
    QJsonArray array;
    for (const Suggestion &s : suggestions) {
        array.append(QJsonObject{{QStringLiteral("kind"), toKey(s.kind)},
                                 {QStringLiteral("id"), s.id.toString(QUuid::WithoutBraces)},
                                 {QStringLiteral("number"), s.number},
                                 {QStringLiteral("shortId"), shortId(s)},
                                 {QStringLiteral("title"), s.title},
                                 {QStringLiteral("score"), output::rounded(s.score)},
                                 {QStringLiteral("matchingTerms"), QJsonArray::fromStringList(s.matchingTerms)},
                                 {QStringLiteral("exercise"), s.exercise}});
    }
    return array;
}

} // namespace

SuggestCommand::SuggestCommand(const Context &context)
    : Command(context, "suggest",
              QT_TRANSLATE_NOOP("Cli", "Suggest the playbooks and past incidents most like an incident."), "NUMBER")
    , m_json(jsonOption())
    , m_limit(QStringLiteral("limit"), Cli::tr("Show at most N suggestions (default: 10)."), Cli::tr("N"),
              QStringLiteral("10"))
{
    addOptions({m_json, m_limit});
    addIncidentNumberArgument();
}

int SuggestCommand::execute(const QStringList &arguments)
{
    QCommandLineParser parser;
    if (const auto stop = parse(parser, arguments))
        return *stop;
    const auto number = arguments::singleIncidentNumber(parser.positionalArguments());
    if (!number)
        return usageError(Cli::tr("hindsight suggest: give one incident number."));
    bool ok = false;
    const int maxSuggestions = parser.value(m_limit).toInt(&ok);
    if (!ok || maxSuggestions <= 0)
        return usageError(Cli::tr("hindsight suggest: --limit must be a number above 0."));

    auto store = openStore();
    const Incident incident = IncidentStore(*store).require(*number);
    const QList<Suggestion> suggestions = Suggestions(*store).forIncident(incident.id, maxSuggestions);
    if (parser.isSet(m_json)) {
        printJson(toJson(suggestions));
        return Done;
    }
    if (suggestions.isEmpty()) {
        m_err << Cli::tr("Nothing in the store looks like incident #%1 yet.").arg(incident.number) << Qt::endl;
        return Done;
    }
    QList<QStringList> rows{{Cli::tr("KIND"), Cli::tr("ID"), Cli::tr("SCORE"), Cli::tr("TITLE"), Cli::tr("MATCHING")}};
    for (const Suggestion &s : suggestions) {
        QString title = s.title;
        if (s.exercise)
            title += QLatin1Char(' ') + Cli::tr("[exercise]");
        rows << QStringList{toKey(s.kind), shortId(s), QString::number(s.score, 'f', 2), title,
                            s.matchingTerms.join(QStringLiteral(", "))};
    }
    output::printTable(m_out, rows);
    m_out.flush();
    return Done;
}

} // namespace hindsight
