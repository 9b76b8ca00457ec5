#include "exportcommand.h"

#include "arguments.h"
#include "postmortem/postmortemdocument.h"
#include "postmortem/postmortemexport.h"
#include "postmortem/redactor.h"
#include "postmortem/templatelibrary.h"
#include "publish/publishsettings.h"
#include "report/pdfexport.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QMap>
#include <QTextStream>

namespace hindsight {

ExportCommand::ExportCommand(const Context &context)
    : Command(context, "export", QT_TRANSLATE_NOOP("Cli", "Write an incident's postmortem as Markdown, HTML or PDF."),
              "NUMBER")
    , m_lang(QStringLiteral("lang"),
             Cli::tr("The document's language: ja or en (default: the one the incident is "
                     "published in, set with hindsight publish --save --lang; else ja when your "
                     "locale is Japanese, else en)."),
             Cli::tr("LANG"))
    , m_format(QStringLiteral("format"),
               Cli::tr("md, html or pdf (default: from the extension of the -o file, else md)."), Cli::tr("FORMAT"))
    , m_output({QStringLiteral("o"), QStringLiteral("output")},
               Cli::tr("Write to FILE, atomically (default: standard output). Markdown's "
                       "attachments go to the folder NAME_files beside it."),
               Cli::tr("FILE"))
{
    addOptions({m_lang, m_format, m_output});
    addIncidentNumberArgument();
}

bool ExportCommand::writesPdf(const QStringList &options)
{
    QString format;
    QString output;
    for (qsizetype i = 0; i < options.size(); ++i) {
        const QString &arg = options.at(i);
        const bool hasValue = i + 1 < options.size();
        if (arg == QLatin1String("--format") && hasValue)
            format = options.at(++i);
        else if (arg.startsWith(QLatin1String("--format=")))
            format = arg.mid(9);
        else if ((arg == QLatin1String("-o") || arg == QLatin1String("--output")) && hasValue)
            output = options.at(++i);
        else if (arg.startsWith(QLatin1String("--output=")))
            output = arg.mid(9);
    }
    return chosenFormat(format, output) == Format::Pdf;
}

std::optional<ExportCommand::Format> ExportCommand::formatFromName(const QString &name)
{
    const QString key = name.trimmed().toLower();
    if (key == QLatin1String("md") || key == QLatin1String("markdown"))
        return Format::Markdown;
    if (key == QLatin1String("html") || key == QLatin1String("htm"))
        return Format::Html;
    if (key == QLatin1String("pdf"))
        return Format::Pdf;
    return std::nullopt;
}

/// --format when given, else the output file's extension when it names a format, else Markdown.
std::optional<ExportCommand::Format> ExportCommand::chosenFormat(const QString &format, const QString &output)
{
    if (!format.isNull())
        return formatFromName(format);
    if (!output.isEmpty() && output != QLatin1String("-")) {
        if (const auto fromSuffix = formatFromName(QFileInfo(output).suffix()))
            return fromSuffix;
    }
    return Format::Markdown;
}

int ExportCommand::execute(const QStringList &arguments)
{
    QCommandLineParser parser;
    if (const auto stop = parse(parser, arguments))
        return *stop;

    const auto number = arguments::singleIncidentNumber(parser.positionalArguments());
    if (!number)
        return usage(Cli::tr("give one incident number, e.g. hindsight export 12 -o postmortem.md"));
    std::optional<DocumentLanguage> language;
    if (parser.isSet(m_lang)) {
        language = fromKey<DocumentLanguage>(parser.value(m_lang));
        if (!language)
            return usage(Cli::tr("--lang must be one of %1.").arg(arguments::keys<DocumentLanguage>()));
    }
    const QString file = parser.value(m_output);
    const auto format = chosenFormat(parser.isSet(m_format) ? parser.value(m_format) : QString(), file);
    if (!format)
        return usage(Cli::tr("--format must be one of md|html|pdf."));
    if (*format == Format::Pdf && !PdfExport::isAvailable())
        return usage(Cli::tr("PDF export is not available in this process."));

    // Nothing leaves without redaction: a pattern file that cannot be used as written stops the export.
    const Redactor redactor = Redactor::withUserPatterns();
    const TemplateLibrary templates;
    if (!reportProblems(redactor, templates))
        return usage(Cli::tr("fix or remove these lines of the redaction patterns; nothing was exported."));

    auto store = openStore();
    PostmortemSource source = PostmortemSource::load(*store, *number);
    if (!language) // the window's preview and Publish use the same one
        language = PublishSettings(*store).documentLanguage(source.incident.id);
    QMap<QString, int> byRule;
    for (const SecretFinding &secret : source.secrets(redactor))
        ++byRule[secret.rule];
    source.redact(redactor);
    reportRedaction(byRule, Cli::tr("hindsight export: redaction masked nothing."),
                    Cli::tr("hindsight export: redaction masked %1 value(s): %2."));
    return write(*format, file, source, *language, templates);
}

int ExportCommand::write(Format format, const QString &file, const PostmortemSource &source, DocumentLanguage language,
                         const TemplateLibrary &templates)
{
    const bool toFile = !file.isEmpty() && file != QLatin1String("-");
    QString error;
    bool written = true;
    switch (format) {
    case Format::Markdown:
        if (toFile) {
            written = PostmortemExport::writeMarkdown(file, source, language, templates, &error);
        } else {
            m_out << PostmortemDocument::markdown(source, language, templates);
            m_out.flush();
        }
        break;
    case Format::Html:
        if (toFile) {
            written = PostmortemExport::writeHtml(file, source, language, templates, &error);
        } else {
            m_out << PostmortemDocument::html(source, language, templates);
            m_out.flush();
        }
        break;
    case Format::Pdf: {
        const QByteArray pdf = PdfExport::render(source, language, templates);
        if (toFile) {
            written = PostmortemExport::writeFile(file, pdf, &error);
        } else {
            m_out.flush();
            if (QIODevice *device = m_out.device())
                written = device->write(pdf) == pdf.size();
            if (!written)
                error = Cli::tr("cannot write to standard output.");
        }
        break;
    }
    }
    if (!written)
        return fail(error, StoreRefused);
    if (toFile)
        m_err << Cli::tr("hindsight export: wrote %1.").arg(QDir::toNativeSeparators(file)) << Qt::endl;
    return Done;
}

} // namespace hindsight
