#pragma once

#include "cli.h"

#include <QCommandLineOption>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

class QCommandLineParser;
class QIODevice;
class QJsonArray;
class QJsonObject;
class QTextStream;

namespace hindsight {

class Redactor;
class Store;
class TemplateLibrary;

/// Translates a message of the CLI, as Cli::tr() does. Qt Linguist files a message under the scope its call names: a
/// tr() in a free function, or a hindsight::tr() anywhere, under "hindsight", where the translations of the printing
/// functions' and the playbook commands' messages are.
QString tr(const char *sourceText);

/// One subcommand, such as `hindsight log` or `hindsight action add`: its name, summary and syntax for the help, its
/// options and arguments, and execute(). The base class reads --db and --help, reports usage errors and opens the
/// store for all of them.
class Command
{
public:
    /// What the Cli gives the commands it runs.
    struct Context
    {
        QTextStream &out;
        QTextStream &err;
        QIODevice &in;
        /// The store named by a --db before the command's name; empty for the default. The command's own --db wins.
        QString storePath;
    };

    Command(const Command &) = delete;
    Command &operator=(const Command &) = delete;
    virtual ~Command();

    /// The command's words: "log", "action add".
    QString name() const { return m_name; }
    /// What it does, in one translated line.
    QString summary() const;
    /// What follows the options on its usage line: "NUMBER TEXT".
    QString syntax() const { return m_syntax; }

    /// Runs the command on `arguments`: the program name, the command's words, then its options and arguments.
    virtual int execute(const QStringList &arguments) = 0;

protected:
    using enum Cli::ExitCode;

    /// `summary` is marked for translation in the context "Cli" with QT_TRANSLATE_NOOP.
    Command(const Context &context, const char *name, const char *summary, const char *syntax = "");

    /// The command's options, in the order its help lists them.
    void addOptions(const QList<QCommandLineOption> &options);
    void addPositionalArgument(const QString &name, const QString &description, const QString &syntax = QString());
    /// NUMBER: "The incident's number."
    void addIncidentNumberArgument();
    /// --json: "Print JSON."
    static QCommandLineOption jsonOption();

    /// Parses `arguments` with the command's options and arguments, --db and --help. Returns an exit code when the
    /// command should stop here: its help shown, or a usage error reported.
    std::optional<int> parse(QCommandLineParser &parser, const QStringList &arguments);

    /// Writes "hindsight NAME: MESSAGE" to standard error; returns `exitCode`.
    int fail(const QString &message, int exitCode);
    /// fail() with UsageError.
    int usage(const QString &message);
    /// Writes `line`, which names the command itself, to standard error; returns UsageError.
    int usageError(const QString &line);
    /// Writes "hindsight NAME: MESSAGE" to standard error, one line among others.
    void warn(const QString &message);
    /// Reports the problems of the user's redaction patterns, then of the templates. False when the patterns cannot
    /// be used as written: then nothing may leave, since it would leave unredacted.
    bool reportProblems(const Redactor &redactor, const TemplateLibrary &templates);
    /// Reports what redaction masked, counted by rule: `nothing` when it masked nothing, else `masked` with the total
    /// for %1 and the counts by rule for %2.
    void reportRedaction(const QMap<QString, int> &byRule, const QString &nothing, const QString &masked);

    /// The store's file: --db's, else $HINDSIGHT_DB, else the default one.
    QString storePath() const;
    std::unique_ptr<Store> openStore() const;

    /// Prints `json` indented, as --json does.
    void printJson(const QJsonArray &json);
    void printJson(const QJsonObject &json);

    QTextStream &m_out;
    QTextStream &m_err;
    QIODevice &m_in;

private:
    struct PositionalArgument
    {
        QString name;
        QString description;
        QString syntax;
    };

    QString m_name;
    const char *m_summary;
    QString m_syntax;
    QString m_storePath;
    QList<QCommandLineOption> m_options;
    QList<PositionalArgument> m_arguments;
};

/// One of each of `Commands`, in this order.
template<typename... Commands>
std::vector<std::unique_ptr<Command>> makeCommands(const Command::Context &context)
{
    std::vector<std::unique_ptr<Command>> commands;
    (commands.push_back(std::make_unique<Commands>(context)), ...);
    return commands;
}

} // namespace hindsight
