#include "restorecommand.h"

#include "store/storebackup.h"

#include <QCommandLineParser>
#include <QDir>
#include <QTextStream>

namespace hindsight {

RestoreCommand::RestoreCommand(const Context &context)
    : Command(context, "restore",
              QT_TRANSLATE_NOOP("Cli", "Replace the store with a checked backup, keeping the previous one aside."),
              "FILE")
{
    addPositionalArgument(QStringLiteral("FILE"), Cli::tr("The backup to restore."));
}

int RestoreCommand::execute(const QStringList &arguments)
{
    QCommandLineParser parser;
    if (const auto stop = parse(parser, arguments))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        return usageError(Cli::tr("hindsight restore: give the backup file to restore, e.g. hindsight restore "
                                  "~/hindsight-backup.sqlite"));
    }

    const QString path = storePath();
    const RestoreResult result = StoreBackup::restore(path, positional.constFirst());
    m_err << Cli::tr("hindsight restore: restored %1 (%n incident(s)) into %2.", nullptr, result.restored.incidentCount)
                 .arg(QDir::toNativeSeparators(positional.constFirst()), QDir::toNativeSeparators(path))
          << "\n";
    if (result.previousStore.isEmpty())
        m_err << Cli::tr("hindsight restore: there was no store there before.") << Qt::endl;
    else
        m_err << Cli::tr("hindsight restore: the previous store is kept as %1.")
                     .arg(QDir::toNativeSeparators(result.previousStore))
              << Qt::endl;
    return Done;
}

} // namespace hindsight
