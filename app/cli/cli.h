#pragma once

#include <QStringList>
#include <QTextStream>

namespace hindsight {

/// `hindsight SUBCOMMAND ...`: the command-line interface over the store. Needs no display. Reads the options that
/// come before the subcommand and runs the Command it names (command.h), one class per subcommand.
///
/// Exit codes: 0 done; 1 a usage error or something not found; 2 the store refused (not a Hindsight store, a newer
/// version) or failed (disk full, read-only). Messages go to standard error.
class Cli
{
public:
    enum ExitCode
    {
        Done = 0,
        UsageError = 1,
        StoreRefused = 2
    };

    Cli(QTextStream &out, QTextStream &err, QIODevice &in);

    /// Runs `arguments` (including the program name, as QCoreApplication::arguments() gives them).
    int run(const QStringList &arguments);

    /// Whether these command-line arguments ask for the CLI rather than the window: any subcommand, --help or
    /// --version. Qt's own GUI options (-platform NAME, -style NAME...) are skipped.
    static bool wantsCli(const QStringList &arguments);

    /// Translates a message of the CLI in the context "Cli". Qt Linguist files a message under the scope its call
    /// names: a Cli::tr(), or a tr() in Cli's own functions, under "hindsight::Cli", where most of the commands'
    /// messages have their translations.
    static QString tr(const char *sourceText, const char *disambiguation = nullptr, int n = -1);
    /// Like tr(), with %n replaced by `n` but in one form whatever `n` is: no plural forms.
    static QString tr(const char *sourceText, int n);

    /// Whether these arguments ask for a PDF export, which lays text out with Qt GUI and so needs a QGuiApplication
    /// (on the offscreen platform: still no display) instead of a QCoreApplication.
    static bool needsGuiApplication(const QStringList &arguments);

private:
    int printUsage();
    /// Runs the command `subcommand` names with the arguments that follow it, `rest`.
    int runCommand(const QString &subcommand, const QStringList &rest);

    QTextStream &m_out;
    QTextStream &m_err;
    QIODevice &m_in;
    QString m_storePath;
};

} // namespace hindsight
