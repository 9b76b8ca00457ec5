#include "playbookshowcommand.h"

#include "domain/playbook.h"
#include "playbookoutput.h"
#include "store/playbookstore.h"
#include "store/store.h"

#include <QCommandLineParser>

namespace hindsight {

PlaybookShowCommand::PlaybookShowCommand(const Context &context)
    : Command(context, "playbook show", QT_TRANSLATE_NOOP("Cli", "Show a playbook."), "ID")
    , m_json(QStringLiteral("json"), hindsight::tr("Print JSON."))
{
    addOptions({m_json});
    addPositionalArgument(QStringLiteral("ID"), hindsight::tr("The playbook's ID, such as P3."));
}

int PlaybookShowCommand::execute(const QStringList &arguments)
{
    QCommandLineParser parser;
    if (const auto stop = parse(parser, arguments))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return usage(hindsight::tr("give one playbook ID, such as P3."));

    auto store = openStore();
    const Playbook playbook = PlaybookStore(*store).require(parser.positionalArguments().constFirst());
    if (parser.isSet(m_json)) {
        printJson(playbookoutput::toJson(*store, playbook));
        return Done;
    }
    playbookoutput::print(m_out, *store, playbook);
    return Done;
}

} // namespace hindsight
