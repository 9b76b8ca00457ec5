#include "backupcommand.h"

#include "store/store.h"
#include "store/storebackup.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

namespace hindsight {

BackupCommand::BackupCommand(const Context &context)
    : Command(context, "backup",
              QT_TRANSLATE_NOOP("Cli", "Write a consistent copy of the store, safe while it is in use."), "FILE")
{
    addPositionalArgument(QStringLiteral("FILE"),
                          Cli::tr("The backup file to write; an earlier backup of that name is replaced."));
}

int BackupCommand::execute(const QStringList &arguments)
{
    QCommandLineParser parser;
    if (const auto stop = parse(parser, arguments))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usageError(
            Cli::tr("hindsight backup: give the file to write, e.g. hindsight backup ~/hindsight-backup.sqlite"));

    const QString path = storePath();
    if (!QFileInfo::exists(path)) {
        return usageError(Cli::tr("hindsight backup: there is no store at %1 yet, so there is nothing to back up.")
                              .arg(QDir::toNativeSeparators(path)));
    }
    auto store = Store::open(path);
    StoreBackup::write(*store, positional.constFirst());
    m_err << Cli::tr("hindsight backup: wrote %1 (checked: intact).")
                 .arg(QDir::toNativeSeparators(positional.constFirst()))
          << Qt::endl;
    return Done;
}

} // namespace hindsight
