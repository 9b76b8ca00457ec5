#include "playbookeditcommand.h"

#include "domain/playbook.h"
#include "store/playbookstore.h"
#include "store/store.h"

#include <QCommandLineParser>

#include <algorithm>

namespace hindsight {

PlaybookEditCommand::PlaybookEditCommand(const Context &context)
    : Command(context, "playbook edit", QT_TRANSLATE_NOOP("Cli", "Change a playbook."), "ID")
{
    addOptions(m_playbook.all());
    addPositionalArgument(QStringLiteral("ID"), hindsight::tr("The playbook's ID, such as P3."));
}

int PlaybookEditCommand::execute(const QStringList &arguments)
{
    QCommandLineParser parser;
    if (const auto stop = parse(parser, arguments))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return usage(hindsight::tr("give one playbook ID (such as P3), then what to change."));
    const QList<QCommandLineOption> changes = m_playbook.all();
    if (std::none_of(changes.cbegin(), changes.cend(), [&](const QCommandLineOption &o) { return parser.isSet(o); }))
        return usage(hindsight::tr("nothing to change: give --title, --trigger, --body, --tag or --incident."));
    if (parser.isSet(m_playbook.title) && parser.value(m_playbook.title).trimmed().isEmpty())
        return usage(hindsight::tr("--title cannot be empty."));

    auto store = openStore();
    PlaybookStore playbooks(*store);
    Playbook playbook = playbooks.require(parser.positionalArguments().constFirst());
    if (const auto problem = m_playbook.apply(parser, m_in, *store, playbook))
        return usage(*problem);
    playbooks.update(playbook);
    return Done;
}

} // namespace hindsight
