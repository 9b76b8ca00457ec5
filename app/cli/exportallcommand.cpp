#include "exportallcommand.h"

#include "arguments.h"
#include "postmortem/incidentarchive.h"
#include "postmortem/redactor.h"
#include "postmortem/templatelibrary.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QDir>
#include <QTextStream>

namespace hindsight {

ExportAllCommand::ExportAllCommand(const Context &context)
    : Command(context, "export-all",
              QT_TRANSLATE_NOOP("Cli", "Write every incident as Markdown with its attachments, and an index."), "DIR")
    , m_lang(QStringLiteral("lang"),
             Cli::tr("The documents' language: ja or en (default: ja when your locale is Japanese, "
                     "else en)."),
             Cli::tr("LANG"))
    , m_force(QStringLiteral("force"),
              Cli::tr("Write into DIR even when it is not empty, replacing files of the same names."))
{
    addOptions({m_lang, m_force});
    addPositionalArgument(QStringLiteral("DIR"), Cli::tr("The folder to write to: empty or new."));
}

int ExportAllCommand::execute(const QStringList &arguments)
{
    QCommandLineParser parser;
    if (const auto stop = parse(parser, arguments))
        return *stop;

    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usage(Cli::tr("give the folder to write to, e.g. hindsight export-all ~/hindsight-archive"));
    DocumentLanguage language = arguments::defaultDocumentLanguage();
    if (parser.isSet(m_lang)) {
        const auto chosen = fromKey<DocumentLanguage>(parser.value(m_lang));
        if (!chosen)
            return usage(Cli::tr("--lang must be one of %1.").arg(arguments::keys<DocumentLanguage>()));
        language = *chosen;
    }
    // As with export, nothing leaves unredacted: a pattern file that cannot be used as written stops it.
    const Redactor redactor = Redactor::withUserPatterns();
    const TemplateLibrary templates;
    if (!reportProblems(redactor, templates))
        return usage(Cli::tr("fix or remove these lines of the redaction patterns; nothing was exported."));

    auto store = openStore();
    const ArchiveResult result =
        IncidentArchive::write(*store, positional.constFirst(), language, templates, redactor, parser.isSet(m_force));
    m_err << Cli::tr("hindsight export-all: wrote %n incident(s)", nullptr, result.incidentCount) << ", "
          << Cli::tr("%n attachment(s)", nullptr, result.attachmentCount) << "; "
          << Cli::tr("redaction masked %n value(s).", nullptr, result.maskedSecrets) << "\n"
          << Cli::tr("hindsight export-all: the index is %1.").arg(QDir::toNativeSeparators(result.indexFile))
          << Qt::endl;
    return Done;
}

} // namespace hindsight
