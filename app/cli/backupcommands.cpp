// `hindsight backup`, `restore`, `check` and `export-all`: keeping the store safe, and the data portable.
#include "arguments.h"
#include "cli.h"
#include "report/incidentarchive.h"
#include "report/redactor.h"
#include "report/templatelibrary.h"
#include "store/integritycheck.h"
#include "store/store.h"
#include "store/storebackup.h"
#include "store/storelocation.h"

#include <QDir>
#include <QFileInfo>

namespace hindsight {

namespace {

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

int Cli::runBackup(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 tr("The backup file to write; an earlier backup of that name is replaced."));
    if (const auto stop = parse(parser, arguments))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        m_err << tr("hindsight backup: give the file to write, e.g. hindsight backup ~/hindsight-backup.sqlite")
              << Qt::endl;
        return UsageError;
    }

    const QString storePath = resolveStorePath(m_storePath);
    if (!QFileInfo::exists(storePath)) {
        m_err << tr("hindsight backup: there is no store at %1 yet, so there is nothing to back up.")
                     .arg(native(storePath))
              << Qt::endl;
        return UsageError;
    }
    auto store = Store::open(storePath);
    StoreBackup::write(*store, positional.constFirst());
    m_err << tr("hindsight backup: wrote %1 (checked: intact).").arg(native(positional.constFirst())) << Qt::endl;
    return Done;
}

int Cli::runRestore(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The backup to restore."));
    if (const auto stop = parse(parser, arguments))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        m_err << tr("hindsight restore: give the backup file to restore, e.g. hindsight restore "
                    "~/hindsight-backup.sqlite")
              << Qt::endl;
        return UsageError;
    }

    const QString storePath = resolveStorePath(m_storePath);
    const RestoreResult result = StoreBackup::restore(storePath, positional.constFirst());
    m_err << tr("hindsight restore: restored %1 (%n incident(s)) into %2.", nullptr, result.restored.incidentCount)
                 .arg(native(positional.constFirst()), native(storePath))
          << "\n";
    if (result.previousStore.isEmpty())
        m_err << tr("hindsight restore: there was no store there before.") << Qt::endl;
    else
        m_err << tr("hindsight restore: the previous store is kept as %1.").arg(native(result.previousStore))
              << Qt::endl;
    return Done;
}

int Cli::runCheck(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("A store or backup file to check (default: the store)."),
                                 QStringLiteral("[FILE]"));
    if (const auto stop = parse(parser, arguments))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        m_err << tr("hindsight check: give at most one file.") << Qt::endl;
        return UsageError;
    }

    const QString path = positional.isEmpty() ? resolveStorePath(m_storePath) : positional.constFirst();
    const IntegrityReport report = IntegrityCheck::run(path);
    m_out << report.text();
    m_out.flush();
    if (report.isOk())
        return Done;
    m_err << tr("hindsight check: %1 has problems; see the report above.").arg(native(report.path)) << Qt::endl;
    return StoreRefused;
}

int Cli::runExportAll(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  tr("The documents' language: ja or en (default: ja when your locale is Japanese, "
                                     "else en)."),
                                  tr("LANG"));
    const QCommandLineOption force(QStringLiteral("force"),
                                   tr("Write into DIR even when it is not empty, replacing files of the same names."));
    parser.addOptions({lang, force});
    parser.addPositionalArgument(QStringLiteral("DIR"), tr("The folder to write to: empty or new."));
    if (const auto stop = parse(parser, arguments))
        return *stop;

    const auto usage = [&](const QString &message) {
        m_err << "hindsight export-all: " << message << Qt::endl;
        return UsageError;
    };
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usage(tr("give the folder to write to, e.g. hindsight export-all ~/hindsight-archive"));
    DocumentLanguage language = arguments::defaultDocumentLanguage();
    if (parser.isSet(lang)) {
        const auto chosen = fromKey<DocumentLanguage>(parser.value(lang));
        if (!chosen)
            return usage(tr("--lang must be one of %1.").arg(arguments::keys<DocumentLanguage>()));
        language = *chosen;
    }
    // As with export, nothing leaves unredacted: a pattern file that cannot be used as written stops it.
    const Redactor redactor = Redactor::withUserPatterns();
    if (!redactor.problems().isEmpty()) {
        for (const RedactionProblem &problem : redactor.problems())
            m_err << "hindsight export-all: " << problem.toString() << "\n";
        return usage(tr("fix or remove these lines of the redaction patterns; nothing was exported."));
    }
    const TemplateLibrary templates;
    for (const TemplateProblem &problem : templates.problems())
        m_err << "hindsight export-all: " << problem.toString() << "\n";

    auto store = Store::open(resolveStorePath(m_storePath));
    const ArchiveResult result =
        IncidentArchive::write(*store, positional.constFirst(), language, templates, redactor, parser.isSet(force));
    m_err << tr("hindsight export-all: wrote %n incident(s)", nullptr, result.incidentCount) << ", "
          << tr("%n attachment(s)", nullptr, result.attachmentCount) << "; "
          << tr("redaction masked %n value(s).", nullptr, result.maskedSecrets) << "\n"
          << tr("hindsight export-all: the index is %1.").arg(native(result.indexFile)) << Qt::endl;
    return Done;
}

} // namespace hindsight
