// `hindsight import`: postmortems written in the template, by Hindsight or by hand, become incidents.
#include "cli.h"
#include "markdown/postmortemimport.h"
#include "model/author.h"
#include "store/importwriter.h"
#include "store/store.h"
#include "store/storelocation.h"

#include <QDir>
#include <QTimeZone>

#include <memory>

namespace hindsight {

int Cli::runImport(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    tr("Read the files and report what would be imported; write nothing."));
    const QCommandLineOption zone(QStringLiteral("time-zone"),
                                  tr("The IANA time zone the documents' times are written in (default: this "
                                     "computer's, %1).")
                                      .arg(QString::fromUtf8(QTimeZone::systemTimeZoneId())),
                                  tr("ZONE"));
    const QCommandLineOption author(QStringLiteral("author"),
                                    tr("The author of the imported log entries (default: %1).").arg(defaultAuthor()),
                                    tr("NAME"));
    parser.addOptions({dryRun, zone, author});
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("Postmortems in Markdown, Japanese or English."),
                                 QStringLiteral("FILE.md..."));
    if (const auto stop = parse(parser, arguments))
        return *stop;

    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        m_err << tr("hindsight import: give one or more Markdown files, e.g. hindsight import postmortem.md")
              << Qt::endl;
        return UsageError;
    }
    ImportOptions options;
    options.timeZone = QTimeZone::systemTimeZone();
    if (parser.isSet(zone)) {
        options.timeZone = QTimeZone(parser.value(zone).toUtf8());
        if (!options.timeZone.isValid()) {
            m_err << tr("hindsight import: %1 is not a time zone (e.g. Asia/Tokyo, UTC).").arg(parser.value(zone))
                  << Qt::endl;
            return UsageError;
        }
    }
    options.author = parser.isSet(author) ? parser.value(author) : defaultAuthor();

    auto store = Store::open(resolveStorePath(m_storePath));
    ImportWriter writer(*store);
    int result = Done;
    for (const QString &file : files) {
        const QString name = QDir::toNativeSeparators(file);
        try {
            const ImportedPostmortem imported = PostmortemImport::readFile(file, options);
            const Incident incident = writer.write(imported, parser.isSet(dryRun));
            const QString counts = tr("%n log entries", int(imported.source.log.size())) + QStringLiteral(", ") +
                                   tr("%n action items", int(imported.source.actionItems.size()));
            if (parser.isSet(dryRun))
                m_out << tr("%1: would be imported as incident %2 (%3)").arg(name).arg(incident.number).arg(counts);
            else
                m_out << tr("%1: imported as incident %2 (%3)").arg(name).arg(incident.number).arg(counts);
            m_out << "\n";
            for (const ImportWarning &warning : imported.warnings)
                m_out << "  " << warning.toString() << "\n";
            m_out.flush();
        } catch (const ImportRefused &refused) {
            m_out.flush();
            m_err << tr("hindsight import: refused %1").arg(refused.message()) << Qt::endl;
            result = std::max<int>(result, UsageError);
        } catch (const StoreError &error) {
            m_out.flush();
            m_err << tr("hindsight import: %1: nothing imported: %2").arg(name, error.message()) << Qt::endl;
            result = StoreRefused;
        }
    }
    return result;
}

} // namespace hindsight
