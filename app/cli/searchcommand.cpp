#include "searchcommand.h"

#include "domain/json.h"
#include "output.h"
#include "search/search.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>

namespace hindsight {

namespace {

QJsonArray toJson(const QList<SearchHit> &hits)
{
    const auto nullable = [](const QUuid &id) {
        return id.isNull() ? QJsonValue() : QJsonValue(id.toString(QUuid::WithoutBraces));
    };
    QJsonArray array;
    for (const SearchHit &hit : hits) {
        QJsonArray matches;
        for (const TextRange &match : hit.matches)
            matches.append(
                QJsonObject{{QStringLiteral("start"), match.start}, {QStringLiteral("length"), match.length}});
        array.append(QJsonObject{
            {QStringLiteral("kind"), toKey(hit.kind)},
            {QStringLiteral("incidentNumber"), hit.incidentNumber > 0 ? QJsonValue(hit.incidentNumber) : QJsonValue()},
            {QStringLiteral("incidentId"), nullable(hit.incidentId)},
            {QStringLiteral("entryId"), nullable(hit.entryId)},
            {QStringLiteral("playbookId"), nullable(hit.playbookId)},
            {QStringLiteral("at"), json::toJson(hit.at)},
            {QStringLiteral("snippet"), hit.snippet},
            {QStringLiteral("matches"), matches}});
    }
    return array;
}

} // namespace

SearchCommand::SearchCommand(const Context &context)
    : Command(context, "search", QT_TRANSLATE_NOOP("Cli", "Search incidents, investigation logs and playbooks."),
              "QUERY")
    , m_json(jsonOption())
    , m_limit(QStringLiteral("limit"), Cli::tr("Show at most N hits (default: 50)."), Cli::tr("N"),
              QStringLiteral("50"))
{
    addOptions({m_json, m_limit});
    addPositionalArgument(QStringLiteral("QUERY"),
                          Cli::tr("Words to find, all of them; any text is fine, punctuation included."));
}

int SearchCommand::execute(const QStringList &arguments)
{
    QCommandLineParser parser;
    if (const auto stop = parse(parser, arguments))
        return *stop;

    const QString text = parser.positionalArguments().join(QLatin1Char(' '));
    if (text.trimmed().isEmpty())
        return usageError(Cli::tr("hindsight search: give the words to search for."));
    bool ok = false;
    const int maxHits = parser.value(m_limit).toInt(&ok);
    if (!ok || maxHits <= 0)
        return usageError(Cli::tr("hindsight search: --limit must be a number above 0."));

    auto store = openStore();
    const SearchQuery query(text);
    const QList<SearchHit> hits = Search(*store).find(query, maxHits);
    if (parser.isSet(m_json))
        printJson(toJson(hits));
    if (hits.isEmpty()) {
        if (query.isEmpty())
            m_err << Cli::tr("'%1' has nothing to search for: give some letters, digits or words.").arg(text)
                  << Qt::endl;
        else
            m_err << Cli::tr("Nothing matches '%1'. Every word must match; try fewer words.").arg(text) << Qt::endl;
        return Done;
    }
    if (!parser.isSet(m_json))
        printHits(hits);
    return Done;
}

void SearchCommand::printHits(const QList<SearchHit> &hits)
{
    int numberWidth = 1;
    for (const SearchHit &hit : hits)
        numberWidth = std::max(numberWidth, int(QString::number(hit.incidentNumber).size()) + 1);
    for (const SearchHit &hit : hits) {
        // Matches are marked with [ ] in the snippet.
        QString snippet = hit.snippet;
        for (auto match = hit.matches.crbegin(); match != hit.matches.crend(); ++match) {
            snippet.insert(match->start + match->length, QLatin1Char(']'));
            snippet.insert(match->start, QLatin1Char('['));
        }
        const QString number =
            hit.incidentNumber > 0 ? QLatin1Char('#') + QString::number(hit.incidentNumber) : QStringLiteral("-");
        m_out << toKey(hit.kind).leftJustified(9) << "  " << number.leftJustified(numberWidth) << "  "
              << output::localTime(hit.at) << "  " << snippet << "\n";
    }
    m_out.flush();
}

} // namespace hindsight
