#include "playbookaddcommand.h"

#include "domain/playbook.h"
#include "store/playbookstore.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace hindsight {

PlaybookAddCommand::PlaybookAddCommand(const Context &context)
    : Command(context, "playbook add", QT_TRANSLATE_NOOP("Cli", "Add a playbook and print its ID."))
{
    addOptions(m_playbook.all());
}

int PlaybookAddCommand::execute(const QStringList &arguments)
{
    QCommandLineParser parser;
    if (const auto stop = parse(parser, arguments))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return usage(hindsight::tr("unexpected argument '%1'.").arg(parser.positionalArguments().constFirst()));
    if (parser.value(m_playbook.title).trimmed().isEmpty())
        return usage(hindsight::tr("--title is required."));

    auto store = openStore();
    Playbook draft;
    if (const auto problem = m_playbook.apply(parser, m_in, *store, draft))
        return usage(*problem);
    const Playbook playbook = PlaybookStore(*store).create(draft);
    m_out << playbook.shortId() << Qt::endl;
    return Done;
}

} // namespace hindsight
