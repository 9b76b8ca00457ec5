#include "playbookfromincidentcommand.h"

#include "arguments.h"
#include "domain/playbook.h"
#include "playbook/playbookdraft.h"
#include "playbookoutput.h"
#include "postmortem/redactor.h"
#include "store/incidentstore.h"
#include "store/investigationlog.h"
#include "store/playbookstore.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace hindsight {

PlaybookFromIncidentCommand::PlaybookFromIncidentCommand(const Context &context)
    : Command(context, "playbook from-incident",
              QT_TRANSLATE_NOOP("Cli", "Make a playbook from an incident's investigation log and print its ID."),
              "NUMBER")
    , m_lang(QStringLiteral("lang"),
             hindsight::tr("The language of its headings: ja or en (default: ja when your locale is "
                           "Japanese, else en)."),
             hindsight::tr("LANG"))
    , m_print(QStringLiteral("print"),
              hindsight::tr("Only show the draft; save nothing (to edit it, then 'playbook add')."))
    , m_json(QStringLiteral("json"), hindsight::tr("With --print, print the draft as JSON."))
{
    addOptions({m_lang, m_print, m_json});
    addPositionalArgument(QStringLiteral("NUMBER"), hindsight::tr("The incident's number."));
}

int PlaybookFromIncidentCommand::execute(const QStringList &arguments)
{
    QCommandLineParser parser;
    if (const auto stop = parse(parser, arguments))
        return *stop;
    const auto number = arguments::singleIncidentNumber(parser.positionalArguments());
    if (!number)
        return usage(hindsight::tr("give one incident number."));
    DocumentLanguage language = arguments::defaultDocumentLanguage();
    if (parser.isSet(m_lang)) {
        const auto chosen = fromKey<DocumentLanguage>(parser.value(m_lang));
        if (!chosen)
            return usage(hindsight::tr("--lang must be ja or en."));
        language = *chosen;
    }
    if (parser.isSet(m_json) && !parser.isSet(m_print))
        return usage(hindsight::tr("--json goes with --print."));

    auto store = openStore();
    const Incident incident = IncidentStore(*store).require(*number);
    const Playbook draft =
        playbookDraft(incident, InvestigationLog(*store).entries(incident.id), language, Redactor::withUserPatterns());
    if (parser.isSet(m_print)) {
        if (parser.isSet(m_json))
            printJson(playbookoutput::toJson(*store, draft));
        else
            playbookoutput::print(m_out, *store, draft);
        return Done;
    }
    const Playbook playbook = PlaybookStore(*store).create(draft);
    m_out << playbook.shortId() << Qt::endl;
    return Done;
}

} // namespace hindsight
