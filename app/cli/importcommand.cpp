#include "importcommand.h"

#include "domain/author.h"
#include "postmortem/importwriter.h"
#include "postmortem/postmortemimport.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QDir>
#include <QTextStream>
#include <QTimeZone>

#include <algorithm>

namespace hindsight {

ImportCommand::ImportCommand(const Context &context)
    : Command(context, "import",
              QT_TRANSLATE_NOOP("Cli", "Import postmortems written in the template, as new incidents."), "FILE.md...")
    , m_dryRun(QStringLiteral("dry-run"), Cli::tr("Read the files and report what would be imported; write nothing."))
    , m_zone(QStringLiteral("time-zone"),
             Cli::tr("The IANA time zone the documents' times are written in (default: this "
                     "computer's, %1).")
                 .arg(QString::fromUtf8(QTimeZone::systemTimeZoneId())),
             Cli::tr("ZONE"))
    , m_author(QStringLiteral("author"),
               Cli::tr("The author of the imported log entries (default: %1).").arg(defaultAuthor()), Cli::tr("NAME"))
{
    addOptions({m_dryRun, m_zone, m_author});
    addPositionalArgument(QStringLiteral("FILE"), Cli::tr("Postmortems in Markdown, Japanese or English."),
                          QStringLiteral("FILE.md..."));
}

int ImportCommand::execute(const QStringList &arguments)
{
    QCommandLineParser parser;
    if (const auto stop = parse(parser, arguments))
        return *stop;

    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return usageError(
            Cli::tr("hindsight import: give one or more Markdown files, e.g. hindsight import postmortem.md"));
    ImportOptions options;
    options.timeZone = QTimeZone::systemTimeZone();
    if (parser.isSet(m_zone)) {
        options.timeZone = QTimeZone(parser.value(m_zone).toUtf8());
        if (!options.timeZone.isValid()) {
            return usageError(
                Cli::tr("hindsight import: %1 is not a time zone (e.g. Asia/Tokyo, UTC).").arg(parser.value(m_zone)));
        }
    }
    options.author = parser.isSet(m_author) ? parser.value(m_author) : defaultAuthor();

    auto store = openStore();
    ImportWriter writer(*store);
    int result = Done;
    for (const QString &file : files) {
        const QString name = QDir::toNativeSeparators(file);
        try {
            const ImportedPostmortem imported = PostmortemImport::readFile(file, options);
            const Incident incident = writer.write(imported, parser.isSet(m_dryRun));
            const QString counts = Cli::tr("%n log entries", int(imported.source.log.size())) + QStringLiteral(", ") +
                                   Cli::tr("%n action items", int(imported.source.actionItems.size()));
            if (parser.isSet(m_dryRun))
                m_out
                    << Cli::tr("%1: would be imported as incident %2 (%3)").arg(name).arg(incident.number).arg(counts);
            else
                m_out << Cli::tr("%1: imported as incident %2 (%3)").arg(name).arg(incident.number).arg(counts);
            m_out << "\n";
            for (const ImportWarning &warning : imported.warnings)
                m_out << "  " << warning.toString() << "\n";
            m_out.flush();
        } catch (const ImportRefused &refused) {
            m_out.flush();
            m_err << Cli::tr("hindsight import: refused %1").arg(refused.message()) << Qt::endl;
            result = std::max<int>(result, UsageError);
        } catch (const StoreError &error) {
            m_out.flush();
            m_err << Cli::tr("hindsight import: %1: nothing imported: %2").arg(name, error.message()) << Qt::endl;
            result = StoreRefused;
        }
    }
    return result;
}

} // namespace hindsight
