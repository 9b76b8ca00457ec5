#include "cli.h"

#include "arguments.h"
#include "columns.h"
#include "model/author.h"
#include "model/json.h"
#include "output.h"
#include "search/search.h"
#include "store/incidentstore.h"
#include "store/investigationlog.h"
#include "store/store.h"
#include "store/storelocation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QStringDecoder>
#include <QTimeZone>

#include <algorithm>
#include <optional>

namespace hindsight {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

struct Subcommand
{
    const char *name;
    const char *summary;
    const char *syntax;
    int (Cli::*run)(const QStringList &);
};

/// Qt's GUI options that take a value: their value is not a subcommand.
const QStringList QtOptionsWithValue = {QStringLiteral("-platform"),
                                        QStringLiteral("-platformpluginpath"),
                                        QStringLiteral("-platformtheme"),
                                        QStringLiteral("-plugin"),
                                        QStringLiteral("-qwindowgeometry"),
                                        QStringLiteral("-qwindowicon"),
                                        QStringLiteral("-qwindowtitle"),
                                        QStringLiteral("-style"),
                                        QStringLiteral("-stylesheet"),
                                        QStringLiteral("-display"),
                                        QStringLiteral("-session"),
                                        QStringLiteral("-geometry"),
                                        QStringLiteral("-title"),
                                        QStringLiteral("-name"),
                                        QStringLiteral("-icon")};

/// "LABEL=URL" or a bare URL; a URL may itself contain '=', so only text before the first '=' that is not part of a
/// URL counts as a label.
RelatedLink parseLink(const QString &text)
{
    const int equals = int(text.indexOf(QLatin1Char('=')));
    const int scheme = int(text.indexOf(QLatin1String("://")));
    if (equals < 0 || (scheme >= 0 && scheme < equals))
        return {QString(), text.trimmed()};
    return {text.left(equals).trimmed(), text.mid(equals + 1).trimmed()};
}

} // namespace

static const Subcommand Subcommands[] = {
    {"new", QT_TRANSLATE_NOOP("Cli", "Create an incident and print its number."), "", &Cli::runNew},
    {"log", QT_TRANSLATE_NOOP("Cli", "Append an entry to an incident's investigation log."), "NUMBER TEXT",
     &Cli::runLog},
    {"list", QT_TRANSLATE_NOOP("Cli", "List incidents, open ones first."), "", &Cli::runList},
    {"show", QT_TRANSLATE_NOOP("Cli", "Show an incident with its investigation log."), "NUMBER", &Cli::runShow},
    {"set", QT_TRANSLATE_NOOP("Cli", "Change an incident's fields."), "NUMBER", &Cli::runSet},
    {"search", QT_TRANSLATE_NOOP("Cli", "Search incidents, investigation logs and playbooks."), "QUERY",
     &Cli::runSearch},
    {"export", QT_TRANSLATE_NOOP("Cli", "Write an incident's postmortem as Markdown, HTML or PDF."), "NUMBER",
     &Cli::runExport},
    {"publish", QT_TRANSLATE_NOOP("Cli", "Publish an incident's postmortem to GitHub Discussions, or update it."),
     "NUMBER", &Cli::runPublish},
    {"action", QT_TRANSLATE_NOOP("Cli", "Add, list, change and remove action items."), "add|list|set|remove ...",
     &Cli::runAction},
    {"postmortem", QT_TRANSLATE_NOOP("Cli", "Show or write an incident's postmortem."), "NUMBER", &Cli::runPostmortem},
    {"review", QT_TRANSLATE_NOOP("Cli", "Record the review of a postmortem, submit, approve or reopen it."), "NUMBER",
     &Cli::runReview},
    {"playbook", QT_TRANSLATE_NOOP("Cli", "Add, list, show and change playbooks, or make one from an incident."),
     "add|list|show|edit|from-incident ...", &Cli::runPlaybook},
    {"suggest", QT_TRANSLATE_NOOP("Cli", "Suggest the playbooks and past incidents most like an incident."), "NUMBER",
     &Cli::runSuggest},
    {"stats", QT_TRANSLATE_NOOP("Cli", "Show incident, recovery, action item and review figures per month."), "",
     &Cli::runStats},
    {"backup", QT_TRANSLATE_NOOP("Cli", "Write a consistent copy of the store, safe while it is in use."), "FILE",
     &Cli::runBackup},
    {"restore", QT_TRANSLATE_NOOP("Cli", "Replace the store with a checked backup, keeping the previous one aside."),
     "FILE", &Cli::runRestore},
    {"check", QT_TRANSLATE_NOOP("Cli", "Check the store's integrity and report."), "[FILE]", &Cli::runCheck},
    {"export-all", QT_TRANSLATE_NOOP("Cli", "Write every incident as Markdown with its attachments, and an index."),
     "DIR", &Cli::runExportAll},
    {"import", QT_TRANSLATE_NOOP("Cli", "Import postmortems written in the template, as new incidents."), "FILE.md...",
     &Cli::runImport},
};

Cli::Cli(QTextStream &out, QTextStream &err, QIODevice &in)
    : m_out(out)
    , m_err(err)
    , m_in(in)
{}

bool Cli::wantsCli(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == QLatin1String("--db")) {
            if (i + 1 >= arguments.size())
                return true; // let the CLI say that --db needs a path
            ++i;
            continue;
        }
        if (arg.startsWith(QLatin1String("--db=")))
            continue;
        if (QtOptionsWithValue.contains(arg)) {
            ++i;
            continue;
        }
        if (arg == QLatin1String("-h") || arg == QLatin1String("-v"))
            return true;
        // Qt's own GUI options have one dash; any other --option is ours, and a mistyped one must get an error
        // message rather than a window.
        if (arg.startsWith(QLatin1String("--")) || !arg.startsWith(QLatin1Char('-')))
            return true;
    }
    return false;
}

int Cli::printUsage()
{
    m_out << tr("Usage: hindsight [--db PATH] [SUBCOMMAND [options]]") << "\n\n"
          << tr("Hindsight keeps incidents, investigation logs and postmortems in one local store.") << "\n"
          << tr("Without a subcommand it opens the main window.") << "\n\n"
          << tr("Subcommands:") << "\n";
    qsizetype nameWidth = 0;
    for (const Subcommand &sub : Subcommands)
        nameWidth = std::max(nameWidth, qsizetype(qstrlen(sub.name)));
    for (const Subcommand &sub : Subcommands)
        m_out << "  " << QString::fromLatin1(sub.name).leftJustified(nameWidth) << "  " << tr(sub.summary) << "\n";
    m_out << "\n"
          << tr("Options:") << "\n"
          << "  --db PATH      "
          << tr("The store to use (default: $HINDSIGHT_DB, else %1).").arg(applicationDataStorePath()) << "\n"
          << "  -h, --help     " << tr("Show this help; 'hindsight SUBCOMMAND --help' shows a subcommand's.") << "\n"
          << "  -v, --version  " << tr("Show the version.") << "\n";
    m_out.flush();
    return Done;
}

int Cli::run(const QStringList &arguments)
{
    Store::setNoticeHandler([this](const QString &notice) { m_err << "hindsight: " << notice << Qt::endl; });
    const auto noNotices = qScopeGuard([] { Store::setNoticeHandler({}); });
    // Bytes that are not UTF-8 reach us as U+FFFD; storing that would lose what was meant without a word.
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i).contains(QChar::ReplacementCharacter)) {
            m_err << tr("hindsight: argument %1 is not valid UTF-8 text (check the terminal's encoding); nothing was "
                        "done.")
                         .arg(i)
                  << Qt::endl;
            return UsageError;
        }
    }
    // Global options come before the subcommand; --db may also follow it.
    QStringList rest;
    QString subcommand;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (!subcommand.isEmpty()) {
            rest << arg;
        } else if (arg == QLatin1String("--db")) {
            if (i + 1 >= arguments.size()) {
                m_err << tr("hindsight: --db needs a path.") << Qt::endl;
                return UsageError;
            }
            m_storePath = arguments.at(++i);
        } else if (arg.startsWith(QLatin1String("--db="))) {
            m_storePath = arg.mid(5);
        } else if (arg == QLatin1String("-h") || arg == QLatin1String("--help")) {
            return printUsage();
        } else if (arg == QLatin1String("-v") || arg == QLatin1String("--version")) {
            m_out << "hindsight " << QStringLiteral(HINDSIGHT_VERSION) << Qt::endl;
            return Done;
        } else if (arg.startsWith(QLatin1Char('-'))) {
            m_err << tr("hindsight: unknown option %1. See 'hindsight --help'.").arg(arg) << Qt::endl;
            return UsageError;
        } else {
            subcommand = arg;
        }
    }

    for (const Subcommand &sub : Subcommands) {
        if (subcommand != QLatin1String(sub.name))
            continue;
        try {
            return (this->*sub.run)(QStringList{QStringLiteral("hindsight"), subcommand} + rest);
        } catch (const StoreError &error) {
            m_err << "hindsight: " << error.message() << Qt::endl;
            switch (error.kind()) {
            case StoreError::Kind::NotFound:
            case StoreError::Kind::Invalid:
                return UsageError;
            case StoreError::Kind::Refused:
            case StoreError::Kind::Failed:
                return StoreRefused;
            }
        }
    }
    m_err << tr("hindsight: unknown subcommand '%1'. See 'hindsight --help'.").arg(subcommand) << Qt::endl;
    return UsageError;
}

std::optional<int> Cli::parse(QCommandLineParser &parser, const QStringList &arguments)
{
    const QString subcommand = arguments.at(1);
    const auto *sub = std::find_if(std::begin(Subcommands), std::end(Subcommands),
                                   [&](const Subcommand &s) { return subcommand == QLatin1String(s.name); });
    Q_ASSERT(sub != std::end(Subcommands));
    parser.setApplicationDescription(tr(sub->summary));
    const QCommandLineOption db(QStringLiteral("db"), tr("The store to use."), QStringLiteral("PATH"));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    parser.addOption(db);
    parser.addOption(help);
    QStringList forParser = arguments;
    forParser.removeAt(1);
    if (!parser.parse(forParser)) {
        m_err << "hindsight " << subcommand << ": " << parser.errorText() << "\n"
              << tr("See 'hindsight %1 --help'.").arg(subcommand) << Qt::endl;
        return UsageError;
    }
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        text = text.mid(text.indexOf(QLatin1Char('\n')) + 1); // replace Qt's usage line with ours
        m_out << tr("Usage: hindsight %1 [options] %2").arg(subcommand, QLatin1String(sub->syntax)).trimmed() << "\n"
              << text;
        m_out.flush();
        return Done;
    }
    if (parser.isSet(db))
        m_storePath = parser.value(db);
    return std::nullopt;
}

int Cli::runNew(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption title(QStringLiteral("title"), tr("The incident's title (required)."), tr("TEXT"));
    const QCommandLineOption severity(QStringLiteral("severity"),
                                      tr("One of %1 (required).").arg(arguments::keys<Severity>()), tr("SEVERITY"));
    const QCommandLineOption product(QStringLiteral("product"), tr("An affected product; repeat for several."),
                                     tr("NAME"));
    const QCommandLineOption summary(QStringLiteral("summary"), tr("What happened, in Markdown."), tr("TEXT"));
    const QCommandLineOption exercise(QStringLiteral("exercise"), tr("A drill or game day: kept out of statistics."));
    parser.addOptions({title, severity, product, summary, exercise});
    if (const auto stop = parse(parser, arguments))
        return *stop;

    if (!parser.positionalArguments().isEmpty()) {
        m_err << tr("hindsight new: unexpected argument '%1'. Give the title with --title.")
                     .arg(parser.positionalArguments().constFirst())
              << Qt::endl;
        return UsageError;
    }
    if (parser.value(title).trimmed().isEmpty()) {
        m_err << tr("hindsight new: --title is required.") << Qt::endl;
        return UsageError;
    }
    const auto level = fromKey<Severity>(parser.value(severity));
    if (!level) {
        m_err << tr("hindsight new: --severity must be one of %1.").arg(arguments::keys<Severity>()) << Qt::endl;
        return UsageError;
    }

    Incident draft;
    draft.title = parser.value(title).trimmed();
    draft.severity = *level;
    draft.products = parser.values(product);
    draft.summary = parser.value(summary);
    draft.exercise = parser.isSet(exercise);
    draft.timeZone = QString::fromUtf8(QTimeZone::systemTimeZoneId());

    auto store = Store::open(resolveStorePath(m_storePath));
    const Incident incident = IncidentStore(*store).create(draft);
    m_out << incident.number << Qt::endl;
    return Done;
}

int Cli::runLog(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption kind(QStringLiteral("kind"),
                                  tr("One of %1 (default: note).").arg(arguments::keys<LogEntryKind>()), tr("KIND"),
                                  QStringLiteral("note"));
    const QCommandLineOption at(QStringLiteral("at"),
                                tr("When it happened, in ISO 8601 (default: now); marks the entry as back-filled."),
                                tr("TIME"));
    const QCommandLineOption key(QStringLiteral("key"), tr("Mark it as a key event for the postmortem timeline."));
    const QCommandLineOption author(QStringLiteral("author"), tr("Who wrote it (default: %1).").arg(defaultAuthor()),
                                    tr("NAME"));
    parser.addOptions({kind, at, key, author});
    parser.addPositionalArgument(QStringLiteral("NUMBER"), tr("The incident's number."));
    parser.addPositionalArgument(QStringLiteral("TEXT"), tr("The entry, in Markdown; - reads it from standard input."));
    if (const auto stop = parse(parser, arguments))
        return *stop;

    const QStringList positional = parser.positionalArguments();
    if (positional.size() < 2) {
        m_err << tr("hindsight log: give the incident's number and the text (or - to read standard input).")
              << Qt::endl;
        return UsageError;
    }
    const auto number = arguments::incidentNumber(positional.at(0));
    if (!number) {
        m_err << tr("hindsight log: '%1' is not an incident number.").arg(positional.at(0)) << Qt::endl;
        return UsageError;
    }
    const auto entryKind = fromKey<LogEntryKind>(parser.value(kind));
    if (!entryKind) {
        m_err << tr("hindsight log: --kind must be one of %1.").arg(arguments::keys<LogEntryKind>()) << Qt::endl;
        return UsageError;
    }
    std::optional<QDateTime> when;
    if (parser.isSet(at)) {
        when = arguments::isoTime(parser.value(at));
        if (!when) {
            m_err << tr("hindsight log: --at '%1' is not an ISO 8601 time such as 2026-11-23T14:05 or "
                        "2026-11-23T14:05:00+09:00.")
                         .arg(parser.value(at))
                  << Qt::endl;
            return UsageError;
        }
    }

    QString text;
    if (positional.size() == 2 && positional.at(1) == QLatin1String("-")) {
        const QByteArray bytes = m_in.readAll();
        QStringDecoder decoder(QStringDecoder::Utf8);
        text = decoder.decode(bytes);
        if (decoder.hasError()) {
            m_err << tr("hindsight log: standard input is not valid UTF-8 text; nothing was logged.") << Qt::endl;
            return UsageError;
        }
        while (text.endsWith(QLatin1Char('\n')) || text.endsWith(QLatin1Char('\r')))
            text.chop(1);
    } else {
        text = positional.mid(1).join(QLatin1Char(' '));
    }
    if (text.contains(QChar(0))) {
        m_err << tr("hindsight log: the text contains a NUL character; nothing was logged.") << Qt::endl;
        return UsageError;
    }
    if (text.trimmed().isEmpty()) {
        m_err << tr("hindsight log: the entry is empty; nothing was logged.") << Qt::endl;
        return UsageError;
    }

    auto store = Store::open(resolveStorePath(m_storePath));
    const Incident incident = IncidentStore(*store).require(*number);
    LogEntry draft;
    draft.incidentId = incident.id;
    draft.kind = *entryKind;
    draft.body = text;
    draft.keyEvent = parser.isSet(key);
    draft.author = parser.isSet(author) ? parser.value(author) : defaultAuthor();
    if (when)
        draft.at = *when;
    const LogEntry entry = InvestigationLog(*store).append(draft);
    m_out << entry.id.toString(QUuid::WithoutBraces) << Qt::endl;
    return Done;
}

int Cli::runList(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption status(QStringLiteral("status"),
                                    tr("Only incidents in this status: %1.").arg(arguments::keys<IncidentStatus>()),
                                    tr("STATUS"));
    const QCommandLineOption severity(QStringLiteral("severity"),
                                      tr("Only incidents of this severity: %1.").arg(arguments::keys<Severity>()),
                                      tr("SEVERITY"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    parser.addOptions({status, severity, json});
    if (const auto stop = parse(parser, arguments))
        return *stop;

    IncidentQuery query;
    if (parser.isSet(status)) {
        query.status = fromKey<IncidentStatus>(parser.value(status));
        if (!query.status) {
            m_err << tr("hindsight list: --status must be one of %1.").arg(arguments::keys<IncidentStatus>())
                  << Qt::endl;
            return UsageError;
        }
    }
    if (parser.isSet(severity)) {
        query.severity = fromKey<Severity>(parser.value(severity));
        if (!query.severity) {
            m_err << tr("hindsight list: --severity must be one of %1.").arg(arguments::keys<Severity>()) << Qt::endl;
            return UsageError;
        }
    }
    query.withDetails = parser.isSet(json);

    auto store = Store::open(resolveStorePath(m_storePath));
    const QList<Incident> incidents = IncidentStore(*store).list(query);
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const Incident &incident : incidents)
            array.append(json::toJson(incident));
        m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        m_out.flush();
        return Done;
    }
    if (incidents.isEmpty()) {
        m_err << tr("No incidents. Create one with: hindsight new --title TEXT --severity SEVERITY") << Qt::endl;
        return Done;
    }
    int numberWidth = 1;
    for (const Incident &incident : incidents)
        numberWidth = std::max(numberWidth, int(QString::number(incident.number).size()) + 1);
    const auto row = [&](const QString &number, const QString &sev, const QString &stat, const QString &detected,
                         const QString &title) {
        m_out << number.rightJustified(numberWidth) << "  " << columns::padded(sev, 9) << columns::padded(stat, 14)
              << columns::padded(detected, 18) << title << "\n";
    };
    row(QStringLiteral("#"), tr("SEVERITY"), tr("STATUS"), tr("DETECTED"), tr("TITLE"));
    for (const Incident &incident : incidents) {
        QString title = incident.title;
        if (incident.exercise)
            title += QLatin1Char(' ') + tr("[exercise]");
        row(QString::number(incident.number), displayName(incident.severity), displayName(incident.status),
            output::localTime(incident.detectedAt), title);
    }
    m_out.flush();
    return Done;
}

int Cli::runShow(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    const QCommandLineOption deleted(QStringLiteral("deleted"), tr("Include deleted log entries."));
    parser.addOptions({json, deleted});
    parser.addPositionalArgument(QStringLiteral("NUMBER"), tr("The incident's number."));
    if (const auto stop = parse(parser, arguments))
        return *stop;

    const QStringList positional = parser.positionalArguments();
    const auto number = arguments::singleIncidentNumber(positional);
    if (!number) {
        m_err << tr("hindsight show: give one incident number.") << Qt::endl;
        return UsageError;
    }
    auto store = Store::open(resolveStorePath(m_storePath));
    const Incident incident = IncidentStore(*store).require(*number);
    const QList<LogEntry> entries = InvestigationLog(*store).entries(incident.id, parser.isSet(deleted));

    if (parser.isSet(json)) {
        QJsonObject object = json::toJson(incident);
        QJsonArray log;
        for (const LogEntry &entry : entries)
            log.append(json::toJson(entry));
        object.insert(QStringLiteral("logEntries"), log);
        m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
        m_out.flush();
        return Done;
    }

    const auto field = [&](const QString &label, const QString &value) { output::printField(m_out, label, value, 20); };
    m_out << "#" << incident.number << " " << incident.title << "\n";
    field(tr("Severity"), displayName(incident.severity));
    field(tr("Status"), displayName(incident.status));
    field(tr("Detected"), output::localTime(incident.detectedAt));
    if (incident.startedAt.isValid())
        field(tr("Started"), output::localTime(incident.startedAt));
    if (incident.mitigatedAt.isValid())
        field(tr("Mitigated"), output::localTime(incident.mitigatedAt));
    if (incident.resolvedAt.isValid())
        field(tr("Resolved"), output::localTime(incident.resolvedAt));
    if (incident.exercise)
        field(tr("Exercise"), tr("yes: kept out of statistics"));
    if (!incident.products.isEmpty())
        field(tr("Products"), incident.products.join(QStringLiteral(", ")));
    for (const OccurrenceWindow &w : incident.occurrences) {
        field(tr("Occurred"), output::localTime(w.start) + QStringLiteral(" – ") +
                                  (w.end.isValid() ? output::localTime(w.end) : tr("ongoing")));
    }
    for (const PersonRole role : allValues<PersonRole>()) {
        const QStringList names = incident.peopleIn(role);
        if (!names.isEmpty())
            field(displayName(role), names.join(QStringLiteral(", ")));
    }
    for (const RelatedLink &link : incident.links)
        field(tr("Link"), link.label.isEmpty() ? link.url : link.label + QStringLiteral(" <") + link.url + u'>');
    if (!incident.summary.isEmpty()) {
        m_out << "\n" << tr("Summary:") << "\n";
        for (const QString &line : incident.summary.split(QLatin1Char('\n')))
            m_out << "  " << line << "\n";
    }
    m_out << "\n" << tr("Investigation log:") << "\n";
    if (entries.isEmpty())
        m_out << "  " << tr("(empty) Add an entry with: hindsight log %1 TEXT").arg(incident.number) << "\n";
    for (const LogEntry &entry : entries) {
        QStringList marks;
        if (entry.keyEvent)
            marks << tr("key");
        if (entry.backfilled)
            marks << tr("back-filled");
        if (entry.automatic)
            marks << tr("automatic");
        if (entry.isDeleted())
            marks << tr("deleted");
        m_out << output::localTime(entry.at, true) << "  " << columns::padded(displayName(entry.kind), 10) << " "
              << entry.author;
        if (!marks.isEmpty())
            m_out << "  [" << marks.join(QStringLiteral(", ")) << "]";
        m_out << "\n";
        for (const QString &line : entry.body.split(QLatin1Char('\n')))
            m_out << "    " << line << "\n";
    }
    m_out.flush();
    return Done;
}

int Cli::runSet(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption title(QStringLiteral("title"), tr("A new title."), tr("TEXT"));
    const QCommandLineOption severity(QStringLiteral("severity"), tr("One of %1.").arg(arguments::keys<Severity>()),
                                      tr("SEVERITY"));
    const QCommandLineOption status(QStringLiteral("status"), tr("One of %1.").arg(arguments::keys<IncidentStatus>()),
                                    tr("STATUS"));
    const QCommandLineOption summary(QStringLiteral("summary"), tr("What happened, in Markdown."), tr("TEXT"));
    const QCommandLineOption detected(QStringLiteral("detected"), tr("When it was detected (ISO 8601)."), tr("TIME"));
    const QCommandLineOption started(QStringLiteral("started"), tr("When it started (ISO 8601; empty to clear)."),
                                     tr("TIME"));
    const QCommandLineOption mitigated(QStringLiteral("mitigated"),
                                       tr("When it was mitigated (ISO 8601; empty to clear)."), tr("TIME"));
    const QCommandLineOption resolved(QStringLiteral("resolved"),
                                      tr("When it was resolved (ISO 8601; empty to clear)."), tr("TIME"));
    const QCommandLineOption timeZone(QStringLiteral("time-zone"),
                                      tr("The zone the postmortem reports times in, e.g. Asia/Tokyo."), tr("ZONE"));
    const QCommandLineOption product(QStringLiteral("product"),
                                     tr("Affected products; repeat for several. Replaces the list ('' empties it)."),
                                     tr("NAME"));
    const QCommandLineOption link(QStringLiteral("link"),
                                  tr("Related links as LABEL=URL or URL; repeat for several. Replaces the list."),
                                  tr("LINK"));
    const QCommandLineOption person(QStringLiteral("person"),
                                    tr("People as ROLE=NAME, ROLE one of %1; repeat for several. Replaces the list.")
                                        .arg(arguments::keys<PersonRole>()),
                                    tr("ROLE=NAME"));
    const QCommandLineOption occurrence(QStringLiteral("occurrence"),
                                        tr("When it occurred, as START/END in ISO 8601 (END may be empty while it "
                                           "goes on); repeat for several. Replaces the list."),
                                        tr("START/END"));
    const QCommandLineOption exercise(QStringLiteral("exercise"), tr("Mark it as a drill or game day."));
    const QCommandLineOption notExercise(QStringLiteral("no-exercise"), tr("Mark it as a real incident."));
    const QCommandLineOption author(QStringLiteral("author"),
                                    tr("Who made the change, for the log (default: %1).").arg(defaultAuthor()),
                                    tr("NAME"));
    parser.addOptions({title, severity, status, summary, detected, started, mitigated, resolved, timeZone, product,
                       link, person, occurrence, exercise, notExercise, author});
    parser.addPositionalArgument(QStringLiteral("NUMBER"), tr("The incident's number."));
    if (const auto stop = parse(parser, arguments))
        return *stop;

    const QStringList positional = parser.positionalArguments();
    const auto number = arguments::singleIncidentNumber(positional);
    if (!number) {
        m_err << tr("hindsight set: give one incident number, then the fields to change.") << Qt::endl;
        return UsageError;
    }
    const auto usage = [&](const QString &message) {
        m_err << "hindsight set: " << message << Qt::endl;
        return UsageError;
    };

    auto store = Store::open(resolveStorePath(m_storePath));
    IncidentStore incidents(*store);
    Incident incident = incidents.require(*number);

    if (parser.isSet(title))
        incident.title = parser.value(title).trimmed();
    if (parser.isSet(severity)) {
        const auto value = fromKey<Severity>(parser.value(severity));
        if (!value)
            return usage(tr("--severity must be one of %1.").arg(arguments::keys<Severity>()));
        incident.severity = *value;
    }
    if (parser.isSet(status)) {
        const auto value = fromKey<IncidentStatus>(parser.value(status));
        if (!value)
            return usage(tr("--status must be one of %1.").arg(arguments::keys<IncidentStatus>()));
        incident.status = *value;
    }
    if (parser.isSet(summary))
        incident.summary = parser.value(summary);
    const std::pair<const QCommandLineOption *, QDateTime *> times[] = {{&detected, &incident.detectedAt},
                                                                        {&started, &incident.startedAt},
                                                                        {&mitigated, &incident.mitigatedAt},
                                                                        {&resolved, &incident.resolvedAt}};
    for (const auto &[option, field] : times) {
        if (!parser.isSet(*option))
            continue;
        const QString value = parser.value(*option);
        if (value.trimmed().isEmpty() && option != &detected) {
            *field = QDateTime();
            continue;
        }
        const auto time = arguments::isoTime(value);
        if (!time) {
            return usage(tr("--%1 '%2' is not an ISO 8601 time such as 2026-11-23T14:05.")
                             .arg(option->names().constFirst(), value));
        }
        *field = *time;
    }
    if (parser.isSet(timeZone)) {
        const QByteArray zone = parser.value(timeZone).trimmed().toUtf8();
        if (!zone.isEmpty() && !QTimeZone::isTimeZoneIdAvailable(zone))
            return usage(
                tr("--time-zone '%1' is not a known time zone such as Asia/Tokyo or UTC.").arg(parser.value(timeZone)));
        incident.timeZone = QString::fromUtf8(zone);
    }
    if (parser.isSet(product))
        incident.products = parser.values(product);
    if (parser.isSet(link)) {
        incident.links.clear();
        for (const QString &value : parser.values(link)) {
            if (!value.trimmed().isEmpty())
                incident.links << parseLink(value);
        }
    }
    if (parser.isSet(person)) {
        incident.people.clear();
        for (const QString &value : parser.values(person)) {
            const qsizetype equals = value.indexOf(QLatin1Char('='));
            const auto role = equals > 0 ? fromKey<PersonRole>(value.left(equals)) : std::nullopt;
            if (!role)
                return usage(tr("--person '%1' must be ROLE=NAME with ROLE one of %2.")
                                 .arg(value, arguments::keys<PersonRole>()));
            incident.people << Person{*role, value.mid(equals + 1).trimmed()};
        }
    }
    if (parser.isSet(occurrence)) {
        incident.occurrences.clear();
        for (const QString &value : parser.values(occurrence)) {
            const QStringList parts = value.split(QLatin1Char('/'));
            const auto start = parts.size() == 2 ? arguments::isoTime(parts.at(0)) : std::nullopt;
            const auto end = parts.size() == 2 && !parts.at(1).trimmed().isEmpty() ? arguments::isoTime(parts.at(1))
                                                                                   : std::optional<QDateTime>();
            if (!start || (parts.size() == 2 && !parts.at(1).trimmed().isEmpty() && !end))
                return usage(tr("--occurrence '%1' must be START/END in ISO 8601, such as "
                                "2026-11-23T13:00/2026-11-23T14:00.")
                                 .arg(value));
            incident.occurrences << OccurrenceWindow{*start, end.value_or(QDateTime())};
        }
    }
    if (parser.isSet(exercise) && parser.isSet(notExercise))
        return usage(tr("--exercise and --no-exercise contradict each other."));
    if (parser.isSet(exercise))
        incident.exercise = true;
    if (parser.isSet(notExercise))
        incident.exercise = false;

    incidents.update(incident, parser.isSet(author) ? parser.value(author) : defaultAuthor());
    return Done;
}

int Cli::runSearch(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    const QCommandLineOption limit(QStringLiteral("limit"), tr("Show at most N hits (default: 50)."), tr("N"),
                                   QStringLiteral("50"));
    parser.addOptions({json, limit});
    parser.addPositionalArgument(QStringLiteral("QUERY"),
                                 tr("Words to find, all of them; any text is fine, punctuation included."));
    if (const auto stop = parse(parser, arguments))
        return *stop;

    const QString text = parser.positionalArguments().join(QLatin1Char(' '));
    if (text.trimmed().isEmpty()) {
        m_err << tr("hindsight search: give the words to search for.") << Qt::endl;
        return UsageError;
    }
    bool ok = false;
    const int maxHits = parser.value(limit).toInt(&ok);
    if (!ok || maxHits <= 0) {
        m_err << tr("hindsight search: --limit must be a number above 0.") << Qt::endl;
        return UsageError;
    }

    auto store = Store::open(resolveStorePath(m_storePath));
    const SearchQuery query(text);
    const QList<SearchHit> hits = Search(*store).find(query, maxHits);
    const auto nullable = [](const QUuid &id) { return id.isNull() ? QJsonValue() : QJsonValue(db::fromUuid(id)); };
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const SearchHit &hit : hits) {
            QJsonArray matches;
            for (const TextRange &match : hit.matches)
                matches.append(
                    QJsonObject{{QStringLiteral("start"), match.start}, {QStringLiteral("length"), match.length}});
            array.append(QJsonObject{{QStringLiteral("kind"), toKey(hit.kind)},
                                     {QStringLiteral("incidentNumber"),
                                      hit.incidentNumber > 0 ? QJsonValue(hit.incidentNumber) : QJsonValue()},
                                     {QStringLiteral("incidentId"), nullable(hit.incidentId)},
                                     {QStringLiteral("entryId"), nullable(hit.entryId)},
                                     {QStringLiteral("playbookId"), nullable(hit.playbookId)},
                                     {QStringLiteral("at"), json::toJson(hit.at)},
                                     {QStringLiteral("snippet"), hit.snippet},
                                     {QStringLiteral("matches"), matches}});
        }
        m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        m_out.flush();
    }
    if (hits.isEmpty()) {
        if (query.isEmpty())
            m_err << tr("'%1' has nothing to search for: give some letters, digits or words.").arg(text) << Qt::endl;
        else
            m_err << tr("Nothing matches '%1'. Every word must match; try fewer words.").arg(text) << Qt::endl;
        return Done;
    }
    if (parser.isSet(json))
        return Done;

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
    return Done;
}

} // namespace hindsight
