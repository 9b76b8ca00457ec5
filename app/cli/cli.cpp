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

#include <QCoreApplication>
#include <QScopeGuard>

#include <algorithm>

namespace hindsight {

namespace {

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

/// Every subcommand, in the order the help lists them.
std::vector<std::unique_ptr<Command>> allCommands(const Command::Context &context)
{
    return makeCommands<NewCommand, LogCommand, ListCommand, ShowCommand, SetCommand, SearchCommand, ExportCommand,
                        PublishCommand, ActionCommand, PostmortemCommand, ReviewCommand, PlaybookCommand,
                        SuggestCommand, StatsCommand, BackupCommand, RestoreCommand, CheckCommand, ExportAllCommand,
                        ImportCommand>(context);
}

} // namespace

QString Cli::tr(const char *sourceText, const char *disambiguation, int n)
{
    return QCoreApplication::translate("Cli", sourceText, disambiguation, n);
}

QString Cli::tr(const char *sourceText, int n)
{
    return QCoreApplication::translate("Cli", sourceText, nullptr, n);
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
    const auto commands = allCommands({m_out, m_err, m_in, m_storePath});
    qsizetype nameWidth = 0;
    for (const auto &command : commands)
        nameWidth = std::max(nameWidth, command->name().size());
    for (const auto &command : commands)
        m_out << "  " << command->name().leftJustified(nameWidth) << "  " << command->summary() << "\n";
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

    return runCommand(subcommand, rest);
}

int Cli::runCommand(const QString &subcommand, const QStringList &rest)
{
    for (const auto &command : allCommands({m_out, m_err, m_in, m_storePath})) {
        if (command->name() != subcommand)
            continue;
        try {
            return command->execute(QStringList{QStringLiteral("hindsight"), subcommand} + rest);
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
