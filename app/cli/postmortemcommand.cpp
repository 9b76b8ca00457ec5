#include "postmortemcommand.h"

#include "arguments.h"
#include "domain/reviewrules.h"
#include "output.h"
#include "review/postmortemreview.h"
#include "store/incidentstore.h"
#include "store/postmortemstore.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <utility>

namespace hindsight {

namespace {

void section(QTextStream &out, const QString &heading, const QString &text)
{
    out << "\n" << heading << "\n";
    if (text.trimmed().isEmpty()) {
        out << "  " << tr("(empty)") << "\n";
        return;
    }
    for (const QString &line : text.split(QLatin1Char('\n')))
        out << "  " << line << "\n";
}

} // namespace

PostmortemCommand::PostmortemCommand(const Context &context)
    : Command(context, "postmortem", QT_TRANSLATE_NOOP("Cli", "Show or write an incident's postmortem."), "NUMBER")
    , m_rootCause(QStringLiteral("root-cause"), Cli::tr("The cause, concisely."), Cli::tr("TEXT"))
    , m_wentWell(QStringLiteral("went-well"), Cli::tr("Lessons learned: what went well."), Cli::tr("TEXT"))
    , m_wentWrong(QStringLiteral("went-wrong"), Cli::tr("Lessons learned: what went wrong."), Cli::tr("TEXT"))
    , m_gotLucky(QStringLiteral("got-lucky"), Cli::tr("Lessons learned: where we got lucky."), Cli::tr("TEXT"))
{
    addOptions({m_rootCause, m_wentWell, m_wentWrong, m_gotLucky});
    addIncidentNumberArgument();
}

int PostmortemCommand::execute(const QStringList &arguments)
{
    QCommandLineParser parser;
    if (const auto stop = parse(parser, arguments))
        return *stop;
    const auto number = arguments::singleIncidentNumber(parser.positionalArguments());
    if (!number)
        return usage(Cli::tr("give one incident number."));

    // Markdown text; - reads it from standard input, for one option at most.
    const std::pair<const QCommandLineOption *, QString Postmortem::*> texts[] = {
        {&m_rootCause, &Postmortem::rootCause},
        {&m_wentWell, &Postmortem::wentWell},
        {&m_wentWrong, &Postmortem::wentWrong},
        {&m_gotLucky, &Postmortem::gotLucky}};
    bool writing = false;
    int fromStandardInput = 0;
    for (const auto &[option, member] : texts) {
        writing = writing || parser.isSet(*option);
        if (parser.isSet(*option) && parser.value(*option) == QLatin1String("-"))
            ++fromStandardInput;
    }
    if (fromStandardInput > 1)
        return usage(Cli::tr("only one option can read standard input (-)."));
    std::optional<QString> input;
    if (fromStandardInput == 1) {
        input = arguments::standardInput(m_in);
        if (!input)
            return usage(Cli::tr("standard input is not valid UTF-8 text; nothing was written."));
    }

    auto store = openStore();
    const Incident incident = IncidentStore(*store).require(*number);
    const std::optional<Postmortem> postmortem = PostmortemStore(*store).forIncident(incident.id);
    if (!writing)
        return show(incident, postmortem);

    Postmortem changed = postmortem.value_or(Postmortem{});
    changed.incidentId = incident.id;
    if (const auto why = whyCannotEdit(changed)) {
        return usage(*why + QLatin1Char(' ') +
                     Cli::tr("Reopen it with: hindsight review %1 --draft").arg(incident.number));
    }
    for (const auto &[option, member] : texts) {
        if (parser.isSet(*option))
            changed.*member = parser.value(*option) == QLatin1String("-") ? *input : parser.value(*option);
    }
    PostmortemReview(*store).saveText(changed);
    return Done;
}

int PostmortemCommand::show(const Incident &incident, const std::optional<Postmortem> &postmortem)
{
    if (!postmortem) {
        m_err << Cli::tr("Incident #%1 has no postmortem yet. Start it with: hindsight postmortem %1 --root-cause TEXT")
                     .arg(incident.number)
              << Qt::endl;
        return Done;
    }
    m_out << Cli::tr("Postmortem of #%1 %2").arg(incident.number).arg(incident.title) << "\n";
    output::printField(m_out, Cli::tr("Review state"), displayName(postmortem->reviewState), 20);
    section(m_out, Cli::tr("Root cause:"), postmortem->rootCause);
    section(m_out, Cli::tr("What went well:"), postmortem->wentWell);
    section(m_out, Cli::tr("What went wrong:"), postmortem->wentWrong);
    section(m_out, Cli::tr("Where we got lucky:"), postmortem->gotLucky);
    m_out.flush();
    return Done;
}

} // namespace hindsight
