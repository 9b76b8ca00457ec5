#include "playbooklistcommand.h"

#include "domain/playbook.h"
#include "output.h"
#include "playbookoutput.h"
#include "store/playbookstore.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QTextStream>

namespace hindsight {

PlaybookListCommand::PlaybookListCommand(const Context &context)
    : Command(context, "playbook list", QT_TRANSLATE_NOOP("Cli", "List playbooks by title."))
    , m_tag(QStringLiteral("tag"), hindsight::tr("Only playbooks with this tag."), hindsight::tr("TAG"))
    , m_search(QStringLiteral("search"),
               hindsight::tr("Only playbooks whose title, trigger or body contain every word of TEXT."),
               hindsight::tr("TEXT"))
    , m_json(QStringLiteral("json"), hindsight::tr("Print JSON."))
{
    addOptions({m_tag, m_search, m_json});
}

int PlaybookListCommand::execute(const QStringList &arguments)
{
    QCommandLineParser parser;
    if (const auto stop = parse(parser, arguments))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return usage(hindsight::tr("unexpected argument '%1'.").arg(parser.positionalArguments().constFirst()));

    auto store = openStore();
    PlaybookQuery query;
    query.tag = parser.value(m_tag);
    query.text = parser.value(m_search);
    const QList<Playbook> playbooks = PlaybookStore(*store).list(query);
    if (parser.isSet(m_json)) {
        QJsonArray array;
        for (const Playbook &playbook : playbooks)
            array.append(playbookoutput::toJson(*store, playbook));
        printJson(array);
        return Done;
    }
    if (playbooks.isEmpty()) {
        if (query.tag.isEmpty() && query.text.isEmpty())
            m_err << hindsight::tr("No playbooks. Add one with: hindsight playbook add --title TEXT --trigger TEXT "
                                   "--body TEXT, or make one from an incident: hindsight playbook from-incident NUMBER")
                  << Qt::endl;
        else
            m_err << hindsight::tr("No playbooks match.") << Qt::endl;
        return Done;
    }
    QList<QStringList> rows{
        {hindsight::tr("ID"), hindsight::tr("TAGS"), hindsight::tr("FROM"), hindsight::tr("TITLE")}};
    for (const Playbook &playbook : playbooks) {
        QStringList from;
        for (const int number : playbookoutput::sourceNumbers(*store, playbook)) {
            if (number > 0)
                from << QLatin1Char('#') + QString::number(number);
        }
        rows << QStringList{playbook.shortId(),
                            playbook.tags.isEmpty() ? QStringLiteral("-") : playbook.tags.join(QLatin1Char(',')),
                            from.isEmpty() ? QStringLiteral("-") : from.join(QLatin1Char(',')), playbook.title};
    }
    output::printTable(m_out, rows);
    m_out.flush();
    return Done;
}

} // namespace hindsight
