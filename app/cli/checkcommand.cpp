#include "checkcommand.h"

#include "store/integritycheck.h"

#include <QCommandLineParser>
#include <QDir>
#include <QTextStream>

namespace hindsight {

CheckCommand::CheckCommand(const Context &context)
    : Command(context, "check", QT_TRANSLATE_NOOP("Cli", "Check the store's integrity and report."), "[FILE]")
{
    addPositionalArgument(QStringLiteral("FILE"), Cli::tr("A store or backup file to check (default: the store)."),
                          QStringLiteral("[FILE]"));
}

int CheckCommand::execute(const QStringList &arguments)
{
    QCommandLineParser parser;
    if (const auto stop = parse(parser, arguments))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1)
        return usageError(Cli::tr("hindsight check: give at most one file."));

    const QString path = positional.isEmpty() ? storePath() : positional.constFirst();
    const IntegrityReport report = IntegrityCheck::run(path);
    m_out << report.text();
    m_out.flush();
    if (report.isOk())
        return Done;
    m_err
        << Cli::tr("hindsight check: %1 has problems; see the report above.").arg(QDir::toNativeSeparators(report.path))
        << Qt::endl;
    return StoreRefused;
}

} // namespace hindsight
