#include "cli.h"

#include "actioncommand.h"
#include "backupcommand.h"
#include "checkcommand.h"
#include "exportallcommand.h"
#include "exportcommand.h"
#include "importcommand.h"
#include "listcommand.h"
#include "logcommand.h"
#include "newcommand.h"
#include "playbookcommand.h"
#include "postmortemcommand.h"
#include "publishcommand.h"
#include "restorecommand.h"
#include "reviewcommand.h"
#include "searchcommand.h"
#include "setcommand.h"
#include "showcommand.h"
#include "statscommand.h"
#include "store/store.h"
#include "store/storelocation.h"
#include "suggestcommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QScopeGuard>

#include <algorithm>
#include <optional>

namespace hindsight {

namespace {

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

} // namespace

static const Subcommand Subcommands[] = {
    {"new", QT_TRANSLATE_NOOP("Cli", "Create an incident and print its number."), "", &Cli::runCommand<NewCommand>},
    {"log", QT_TRANSLATE_NOOP("Cli", "Append an entry to an incident's investigation log."), "NUMBER TEXT",
     &Cli::runCommand<LogCommand>},
    {"list", QT_TRANSLATE_NOOP("Cli", "List incidents, open ones first."), "", &Cli::runCommand<ListCommand>},
    {"show", QT_TRANSLATE_NOOP("Cli", "Show an incident with its investigation log."), "NUMBER",
     &Cli::runCommand<ShowCommand>},
    {"set", QT_TRANSLATE_NOOP("Cli", "Change an incident's fields."), "NUMBER", &Cli::runCommand<SetCommand>},
    {"search", QT_TRANSLATE_NOOP("Cli", "Search incidents, investigation logs and playbooks."), "QUERY",
     &Cli::runCommand<SearchCommand>},
    {"export", QT_TRANSLATE_NOOP("Cli", "Write an incident's postmortem as Markdown, HTML or PDF."), "NUMBER",
     &Cli::runCommand<ExportCommand>},
    {"publish", QT_TRANSLATE_NOOP("Cli", "Publish an incident's postmortem to GitHub Discussions, or update it."),
     "NUMBER", &Cli::runCommand<PublishCommand>},
    {"action", QT_TRANSLATE_NOOP("Cli", "Add, list, change and remove action items."), "add|list|set|remove ...",
     &Cli::runCommand<ActionCommand>},
    {"postmortem", QT_TRANSLATE_NOOP("Cli", "Show or write an incident's postmortem."), "NUMBER",
     &Cli::runCommand<PostmortemCommand>},
    {"review", QT_TRANSLATE_NOOP("Cli", "Record the review of a postmortem, submit, approve or reopen it."), "NUMBER",
     &Cli::runCommand<ReviewCommand>},
    {"playbook", QT_TRANSLATE_NOOP("Cli", "Add, list, show and change playbooks, or make one from an incident."),
     "add|list|show|edit|from-incident ...", &Cli::runCommand<PlaybookCommand>},
    {"suggest", QT_TRANSLATE_NOOP("Cli", "Suggest the playbooks and past incidents most like an incident."), "NUMBER",
     &Cli::runCommand<SuggestCommand>},
    {"stats", QT_TRANSLATE_NOOP("Cli", "Show incident, recovery, action item and review figures per month."), "",
     &Cli::runCommand<StatsCommand>},
    {"backup", QT_TRANSLATE_NOOP("Cli", "Write a consistent copy of the store, safe while it is in use."), "FILE",
     &Cli::runCommand<BackupCommand>},
    {"restore", QT_TRANSLATE_NOOP("Cli", "Replace the store with a checked backup, keeping the previous one aside."),
     "FILE", &Cli::runCommand<RestoreCommand>},
    {"check", QT_TRANSLATE_NOOP("Cli", "Check the store's integrity and report."), "[FILE]",
     &Cli::runCommand<CheckCommand>},
    {"export-all", QT_TRANSLATE_NOOP("Cli", "Write every incident as Markdown with its attachments, and an index."),
     "DIR", &Cli::runCommand<ExportAllCommand>},
    {"import", QT_TRANSLATE_NOOP("Cli", "Import postmortems written in the template, as new incidents."), "FILE.md...",
     &Cli::runCommand<ImportCommand>},
};

QString Cli::tr(const char *sourceText, const char *disambiguation, int n)
{
    return QCoreApplication::translate("Cli", sourceText, disambiguation, n);
}

QString Cli::tr(const char *sourceText, int n)
{
    return QCoreApplication::translate("Cli", sourceText, nullptr, n);
}

template<typename C>
int Cli::runCommand(const QStringList &arguments)
{
    return C(Command::Context{m_out, m_err, m_in, m_storePath}).execute(arguments);
}

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

bool Cli::needsGuiApplication(const QStringList &arguments)
{
    // The subcommand is the first argument that is neither an option nor the value of --db.
    qsizetype at = 1;
    while (at < arguments.size() && arguments.at(at).startsWith(QLatin1Char('-')))
        at += arguments.at(at) == QLatin1String("--db") ? 2 : 1;
    return at < arguments.size() && arguments.at(at) == QLatin1String("export") &&
           ExportCommand::writesPdf(arguments.mid(at + 1));
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

} // namespace hindsight
