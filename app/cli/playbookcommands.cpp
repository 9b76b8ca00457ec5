// `hindsight playbook add|list|show|edit|from-incident`: the playbook library from the command line, named by the
// short IDs users type (P3).
#include "arguments.h"
#include "cli.h"
#include "model/json.h"
#include "output.h"
#include "playbook/playbookdraft.h"
#include "report/redactor.h"
#include "store/incidentstore.h"
#include "store/investigationlog.h"
#include "store/playbookstore.h"
#include "store/store.h"
#include "store/storelocation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>
#include <memory>

namespace hindsight {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

struct PlaybookCommand;

/// What a playbook command needs of the Cli that runs it.
struct Context
{
    QTextStream &out;
    QTextStream &err;
    QIODevice &in;
    /// Parses the command's options (adding --db and --help); an exit code when the command should stop here.
    std::function<std::optional<int>(QCommandLineParser &, const PlaybookCommand &)> parse;
    std::function<std::unique_ptr<Store>()> openStore;

    int usage(const char *command, const QString &message) const
    {
        err << "hindsight playbook " << command << ": " << message << Qt::endl;
        return Cli::UsageError;
    }
};

int runAdd(Context &context);
int runList(Context &context);
int runShow(Context &context);
int runEdit(Context &context);
int runFromIncident(Context &context);

struct PlaybookCommand
{
    const char *name;
    const char *summary;
    const char *syntax;
    int (*run)(Context &);
};

const PlaybookCommand PlaybookCommands[] = {
    {"add", QT_TRANSLATE_NOOP("Cli", "Add a playbook and print its ID."), "", &runAdd},
    {"list", QT_TRANSLATE_NOOP("Cli", "List playbooks by title."), "", &runList},
    {"show", QT_TRANSLATE_NOOP("Cli", "Show a playbook."), "ID", &runShow},
    {"edit", QT_TRANSLATE_NOOP("Cli", "Change a playbook."), "ID", &runEdit},
    {"from-incident",
     QT_TRANSLATE_NOOP("Cli", "Make a playbook from an incident's investigation log and print its ID."), "NUMBER",
     &runFromIncident},
};

const PlaybookCommand &command(const char *name)
{
    const auto *found = std::find_if(std::begin(PlaybookCommands), std::end(PlaybookCommands),
                                     [&](const PlaybookCommand &c) { return qstrcmp(c.name, name) == 0; });
    Q_ASSERT(found != std::end(PlaybookCommands));
    return *found;
}

/// The options that add and edit share.
struct PlaybookOptions
{
    QCommandLineOption title{QStringLiteral("title"), tr("What it is for, in a few words."), tr("TEXT")};
    QCommandLineOption trigger{QStringLiteral("trigger"), tr("The alert or symptom it answers."), tr("TEXT")};
    QCommandLineOption body{QStringLiteral("body"), tr("What to do, in Markdown; - reads it from standard input."),
                            tr("TEXT")};
    QCommandLineOption tag{QStringLiteral("tag"),
                           tr("A tag; repeat for several. On edit, replaces the tags ('' "
                              "removes them)."),
                           tr("TAG")};
    QCommandLineOption incident{QStringLiteral("incident"),
                                tr("An incident it was distilled from, by number; repeat for several. On edit, "
                                   "replaces the list."),
                                tr("NUMBER")};
};

/// Reads the options of add and edit into `playbook`; a message for users when one of them is wrong.
std::optional<QString> apply(const QCommandLineParser &parser, const PlaybookOptions &options, Context &context,
                             Store &store, Playbook &playbook)
{
    if (parser.isSet(options.title))
        playbook.title = parser.value(options.title).trimmed();
    if (parser.isSet(options.trigger))
        playbook.trigger = parser.value(options.trigger).trimmed();
    if (parser.isSet(options.body)) {
        if (parser.value(options.body) == QLatin1String("-")) {
            const std::optional<QString> text = arguments::standardInput(context.in);
            if (!text)
                return tr("standard input is not valid UTF-8 text; nothing was written.");
            playbook.body = *text;
        } else {
            playbook.body = parser.value(options.body);
        }
    }
    if (parser.isSet(options.tag))
        playbook.tags = parser.values(options.tag);
    if (parser.isSet(options.incident)) {
        playbook.sourceIncidentIds.clear();
        IncidentStore incidents(store);
        for (const QString &value : parser.values(options.incident)) {
            const std::optional<int> number = arguments::incidentNumber(value);
            if (!number)
                return tr("--incident '%1' is not an incident number such as 12.").arg(value);
            const QUuid id = incidents.require(*number).id;
            if (!playbook.sourceIncidentIds.contains(id))
                playbook.sourceIncidentIds << id;
        }
    }
    return std::nullopt;
}

/// The numbers of the incidents a playbook came from, in its order (0 for one no longer in the store).
QList<int> sourceNumbers(Store &store, const Playbook &playbook)
{
    QList<int> numbers;
    IncidentStore incidents(store);
    for (const QUuid &id : playbook.sourceIncidentIds) {
        const std::optional<Incident> incident = incidents.byId(id);
        numbers << (incident ? incident->number : 0);
    }
    return numbers;
}

/// The domain's fields, plus the short ID (null for a draft) and the numbers of its incidents.
QJsonObject toJson(Store &store, const Playbook &playbook)
{
    QJsonObject object = json::toJson(playbook);
    object.insert(QStringLiteral("shortId"), playbook.number > 0 ? QJsonValue(playbook.shortId()) : QJsonValue());
    if (playbook.number <= 0)
        object.insert(QStringLiteral("number"), QJsonValue());
    QJsonArray numbers;
    for (const int number : sourceNumbers(store, playbook))
        numbers.append(number);
    object.insert(QStringLiteral("sourceIncidentNumbers"), numbers);
    return object;
}

void printPlaybook(QTextStream &out, Store &store, const Playbook &playbook)
{
    const auto field = [&](const QString &label, const QString &value) { output::printField(out, label, value, 12); };
    out << (playbook.number > 0 ? playbook.shortId() + QLatin1Char(' ') : QString()) << playbook.title << "\n";
    field(tr("Trigger"), playbook.trigger.isEmpty() ? QStringLiteral("-") : playbook.trigger);
    field(tr("Tags"), playbook.tags.isEmpty() ? QStringLiteral("-") : playbook.tags.join(QStringLiteral(", ")));
    IncidentStore incidents(store);
    for (const QUuid &id : playbook.sourceIncidentIds) {
        const std::optional<Incident> incident = incidents.byId(id);
        field(tr("From"), incident ? QStringLiteral("#%1 %2").arg(incident->number).arg(incident->title)
                                   : tr("an incident no longer in the store"));
    }
    if (playbook.createdAt.isValid()) {
        field(tr("Created"), output::localTime(playbook.createdAt));
        field(tr("Updated"), output::localTime(playbook.updatedAt));
    }
    out << "\n" << playbook.body;
    if (!playbook.body.endsWith(QLatin1Char('\n')))
        out << "\n";
    out.flush();
}

int runAdd(Context &context)
{
    QCommandLineParser parser;
    const PlaybookOptions options;
    parser.addOptions({options.title, options.trigger, options.body, options.tag, options.incident});
    if (const auto stop = context.parse(parser, command("add")))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return context.usage("add", tr("unexpected argument '%1'.").arg(parser.positionalArguments().constFirst()));
    if (parser.value(options.title).trimmed().isEmpty())
        return context.usage("add", tr("--title is required."));

    auto store = context.openStore();
    Playbook draft;
    if (const auto problem = apply(parser, options, context, *store, draft))
        return context.usage("add", *problem);
    const Playbook playbook = PlaybookStore(*store).create(draft);
    context.out << playbook.shortId() << Qt::endl;
    return Cli::Done;
}

int runList(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption tag(QStringLiteral("tag"), tr("Only playbooks with this tag."), tr("TAG"));
    const QCommandLineOption search(QStringLiteral("search"),
                                    tr("Only playbooks whose title, trigger or body contain every word of TEXT."),
                                    tr("TEXT"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    parser.addOptions({tag, search, json});
    if (const auto stop = context.parse(parser, command("list")))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return context.usage("list", tr("unexpected argument '%1'.").arg(parser.positionalArguments().constFirst()));

    auto store = context.openStore();
    PlaybookQuery query;
    query.tag = parser.value(tag);
    query.text = parser.value(search);
    const QList<Playbook> playbooks = PlaybookStore(*store).list(query);
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const Playbook &playbook : playbooks)
            array.append(toJson(*store, playbook));
        context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        context.out.flush();
        return Cli::Done;
    }
    if (playbooks.isEmpty()) {
        if (query.tag.isEmpty() && query.text.isEmpty())
            context.err << tr("No playbooks. Add one with: hindsight playbook add --title TEXT --trigger TEXT "
                              "--body TEXT, or make one from an incident: hindsight playbook from-incident NUMBER")
                        << Qt::endl;
        else
            context.err << tr("No playbooks match.") << Qt::endl;
        return Cli::Done;
    }
    QList<QStringList> rows{{tr("ID"), tr("TAGS"), tr("FROM"), tr("TITLE")}};
    for (const Playbook &playbook : playbooks) {
        QStringList from;
        for (const int number : sourceNumbers(*store, playbook)) {
            if (number > 0)
                from << QLatin1Char('#') + QString::number(number);
        }
        rows << QStringList{playbook.shortId(),
                            playbook.tags.isEmpty() ? QStringLiteral("-") : playbook.tags.join(QLatin1Char(',')),
                            from.isEmpty() ? QStringLiteral("-") : from.join(QLatin1Char(',')), playbook.title};
    }
    output::printTable(context.out, rows);
    context.out.flush();
    return Cli::Done;
}

int runShow(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("ID"), tr("The playbook's ID, such as P3."));
    if (const auto stop = context.parse(parser, command("show")))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return context.usage("show", tr("give one playbook ID, such as P3."));

    auto store = context.openStore();
    const Playbook playbook = PlaybookStore(*store).require(parser.positionalArguments().constFirst());
    if (parser.isSet(json)) {
        context.out << QString::fromUtf8(QJsonDocument(toJson(*store, playbook)).toJson(QJsonDocument::Indented));
        context.out.flush();
        return Cli::Done;
    }
    printPlaybook(context.out, *store, playbook);
    return Cli::Done;
}

int runEdit(Context &context)
{
    QCommandLineParser parser;
    const PlaybookOptions options;
    parser.addOptions({options.title, options.trigger, options.body, options.tag, options.incident});
    parser.addPositionalArgument(QStringLiteral("ID"), tr("The playbook's ID, such as P3."));
    if (const auto stop = context.parse(parser, command("edit")))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return context.usage("edit", tr("give one playbook ID (such as P3), then what to change."));
    const QCommandLineOption *changes[] = {&options.title, &options.trigger, &options.body, &options.tag,
                                           &options.incident};
    if (std::none_of(std::begin(changes), std::end(changes), [&](const auto *o) { return parser.isSet(*o); }))
        return context.usage("edit", tr("nothing to change: give --title, --trigger, --body, --tag or --incident."));
    if (parser.isSet(options.title) && parser.value(options.title).trimmed().isEmpty())
        return context.usage("edit", tr("--title cannot be empty."));

    auto store = context.openStore();
    PlaybookStore playbooks(*store);
    Playbook playbook = playbooks.require(parser.positionalArguments().constFirst());
    if (const auto problem = apply(parser, options, context, *store, playbook))
        return context.usage("edit", *problem);
    playbooks.update(playbook);
    return Cli::Done;
}

int runFromIncident(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  tr("The language of its headings: ja or en (default: ja when your locale is "
                                     "Japanese, else en)."),
                                  tr("LANG"));
    const QCommandLineOption print(QStringLiteral("print"),
                                   tr("Only show the draft; save nothing (to edit it, then 'playbook add')."));
    const QCommandLineOption json(QStringLiteral("json"), tr("With --print, print the draft as JSON."));
    parser.addOptions({lang, print, json});
    parser.addPositionalArgument(QStringLiteral("NUMBER"), tr("The incident's number."));
    if (const auto stop = context.parse(parser, command("from-incident")))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    const auto number = arguments::singleIncidentNumber(positional);
    if (!number)
        return context.usage("from-incident", tr("give one incident number."));
    DocumentLanguage language = arguments::defaultDocumentLanguage();
    if (parser.isSet(lang)) {
        const auto chosen = fromKey<DocumentLanguage>(parser.value(lang));
        if (!chosen)
            return context.usage("from-incident", tr("--lang must be ja or en."));
        language = *chosen;
    }
    if (parser.isSet(json) && !parser.isSet(print))
        return context.usage("from-incident", tr("--json goes with --print."));

    auto store = context.openStore();
    const Incident incident = IncidentStore(*store).require(*number);
    const Playbook draft =
        playbookDraft(incident, InvestigationLog(*store).entries(incident.id), language, Redactor::withUserPatterns());
    if (parser.isSet(print)) {
        if (parser.isSet(json))
            context.out << QString::fromUtf8(QJsonDocument(toJson(*store, draft)).toJson(QJsonDocument::Indented));
        else
            printPlaybook(context.out, *store, draft);
        context.out.flush();
        return Cli::Done;
    }
    const Playbook playbook = PlaybookStore(*store).create(draft);
    context.out << playbook.shortId() << Qt::endl;
    return Cli::Done;
}

} // namespace

int Cli::runPlaybook(const QStringList &arguments)
{
    const QString word = arguments.value(2);
    Context context{m_out, m_err, m_in,
                    [&](QCommandLineParser &parser, const PlaybookCommand &c) {
                        return parseTwoWords(parser, arguments, c.summary, c.syntax);
                    },
                    [this] { return Store::open(resolveStorePath(m_storePath)); }};
    for (const PlaybookCommand &c : PlaybookCommands) {
        if (word == QLatin1String(c.name))
            return c.run(context);
    }
    if (word == QLatin1String("--help") || word == QLatin1String("-h")) {
        m_out << tr("Usage: hindsight playbook add|list|show|edit|from-incident [options] ...") << "\n"
              << tr("Add, list, show and change playbooks, or make one from an incident.") << "\n\n"
              << tr("Commands:") << "\n";
        for (const PlaybookCommand &c : PlaybookCommands) {
            const QString name = QLatin1String(c.name) + QLatin1Char(' ') + QLatin1String(c.syntax);
            m_out << "  " << name.trimmed().leftJustified(22) << tr(c.summary) << "\n";
        }
        m_out << "\n"
              << tr("A playbook's ID looks like P3, as 'hindsight playbook list' shows it; 3 works too.") << "\n"
              << tr("'hindsight playbook COMMAND --help' shows a command's options.") << "\n";
        m_out.flush();
        return Done;
    }
    if (word.isEmpty())
        m_err << tr("hindsight playbook: give add, list, show, edit or from-incident. See 'hindsight playbook "
                    "--help'.")
              << Qt::endl;
    else
        m_err << tr("hindsight playbook: unknown command '%1'; give add, list, show, edit or from-incident. See "
                    "'hindsight playbook --help'.")
                     .arg(word)
              << Qt::endl;
    return UsageError;
}

} // namespace hindsight
