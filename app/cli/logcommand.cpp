#include "logcommand.h"

#include "arguments.h"
#include "domain/author.h"
#include "store/incidentstore.h"
#include "store/investigationlog.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace hindsight {

LogCommand::LogCommand(const Context &context)
    : Command(context, "log", QT_TRANSLATE_NOOP("Cli", "Append an entry to an incident's investigation log."),
              "NUMBER TEXT")
    , m_kind(QStringLiteral("kind"), Cli::tr("One of %1 (default: note).").arg(arguments::keys<LogEntryKind>()),
             Cli::tr("KIND"), QStringLiteral("note"))
    , m_at(QStringLiteral("at"),
           Cli::tr("When it happened, in ISO 8601 (default: now); marks the entry as back-filled."), Cli::tr("TIME"))
    , m_key(QStringLiteral("key"), Cli::tr("Mark it as a key event for the postmortem timeline."))
    , m_author(QStringLiteral("author"), Cli::tr("Who wrote it (default: %1).").arg(defaultAuthor()), Cli::tr("NAME"))
{
    addOptions({m_kind, m_at, m_key, m_author});
    addIncidentNumberArgument();
    addPositionalArgument(QStringLiteral("TEXT"), Cli::tr("The entry, in Markdown; - reads it from standard input."));
}

int LogCommand::execute(const QStringList &arguments)
{
    QCommandLineParser parser;
    if (const auto stop = parse(parser, arguments))
        return *stop;

    const QStringList positional = parser.positionalArguments();
    if (positional.size() < 2)
        return usageError(
            Cli::tr("hindsight log: give the incident's number and the text (or - to read standard input)."));
    const auto number = arguments::incidentNumber(positional.at(0));
    if (!number)
        return usageError(Cli::tr("hindsight log: '%1' is not an incident number.").arg(positional.at(0)));
    const auto entryKind = fromKey<LogEntryKind>(parser.value(m_kind));
    if (!entryKind)
        return usageError(Cli::tr("hindsight log: --kind must be one of %1.").arg(arguments::keys<LogEntryKind>()));
    std::optional<QDateTime> when;
    if (parser.isSet(m_at)) {
        when = arguments::isoTime(parser.value(m_at));
        if (!when) {
            return usageError(Cli::tr("hindsight log: --at '%1' is not an ISO 8601 time such as 2026-11-23T14:05 or "
                                      "2026-11-23T14:05:00+09:00.")
                                  .arg(parser.value(m_at)));
        }
    }
    const std::optional<QString> text = entryText(positional);
    if (!text)
        return UsageError;

    auto store = openStore();
    const Incident incident = IncidentStore(*store).require(*number);
    LogEntry draft;
    draft.incidentId = incident.id;
    draft.kind = *entryKind;
    draft.body = *text;
    draft.keyEvent = parser.isSet(m_key);
    draft.author = parser.isSet(m_author) ? parser.value(m_author) : defaultAuthor();
    if (when)
        draft.at = *when;
    const LogEntry entry = InvestigationLog(*store).append(draft);
    m_out << entry.id.toString(QUuid::WithoutBraces) << Qt::endl;
    return Done;
}

std::optional<QString> LogCommand::entryText(const QStringList &positional)
{
    QString text;
    if (positional.size() == 2 && positional.at(1) == QLatin1String("-")) {
        const std::optional<QString> input = arguments::standardInput(m_in);
        if (!input) {
            usageError(Cli::tr("hindsight log: standard input is not valid UTF-8 text; nothing was logged."));
            return std::nullopt;
        }
        text = *input;
    } else {
        text = positional.mid(1).join(QLatin1Char(' '));
    }
    if (text.contains(QChar(0))) {
        usageError(Cli::tr("hindsight log: the text contains a NUL character; nothing was logged."));
        return std::nullopt;
    }
    if (text.trimmed().isEmpty()) {
        usageError(Cli::tr("hindsight log: the entry is empty; nothing was logged."));
        return std::nullopt;
    }
    return text;
}

} // namespace hindsight
