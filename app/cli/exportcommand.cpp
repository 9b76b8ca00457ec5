// `hindsight export`: the postmortem document as Markdown, HTML or PDF, always redacted.
#include "arguments.h"
#include "cli.h"
#include "publish/publishsettings.h"
#include "report/pdfexport.h"
#include "report/postmortemdocument.h"
#include "report/postmortemexport.h"
#include "report/redactor.h"
#include "report/templatelibrary.h"
#include "store/store.h"
#include "store/storelocation.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMap>

namespace hindsight {

namespace {

enum class ExportFormat
{
    Markdown,
    Html,
    Pdf
};

std::optional<ExportFormat> formatFromName(const QString &name)
{
    const QString key = name.trimmed().toLower();
    if (key == QLatin1String("md") || key == QLatin1String("markdown"))
        return ExportFormat::Markdown;
    if (key == QLatin1String("html") || key == QLatin1String("htm"))
        return ExportFormat::Html;
    if (key == QLatin1String("pdf"))
        return ExportFormat::Pdf;
    return std::nullopt;
}

/// --format when given, else the output file's extension when it names a format, else Markdown.
std::optional<ExportFormat> chosenFormat(const QString &format, const QString &output)
{
    if (!format.isNull())
        return formatFromName(format);
    if (!output.isEmpty() && output != QLatin1String("-")) {
        if (const auto fromSuffix = formatFromName(QFileInfo(output).suffix()))
            return fromSuffix;
    }
    return ExportFormat::Markdown;
}

} // namespace

bool Cli::needsGuiApplication(const QStringList &arguments)
{
    // The subcommand is the first argument that is neither an option nor the value of --db.
    qsizetype at = 1;
    while (at < arguments.size() && arguments.at(at).startsWith(QLatin1Char('-')))
        at += arguments.at(at) == QLatin1String("--db") ? 2 : 1;
    if (at >= arguments.size() || arguments.at(at) != QLatin1String("export"))
        return false;
    QString format;
    QString output;
    for (qsizetype i = at + 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        const bool hasValue = i + 1 < arguments.size();
        if (arg == QLatin1String("--format") && hasValue)
            format = arguments.at(++i);
        else if (arg.startsWith(QLatin1String("--format=")))
            format = arg.mid(9);
        else if ((arg == QLatin1String("-o") || arg == QLatin1String("--output")) && hasValue)
            output = arguments.at(++i);
        else if (arg.startsWith(QLatin1String("--output=")))
            output = arg.mid(9);
    }
    return chosenFormat(format, output) == ExportFormat::Pdf;
}

int Cli::runExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  tr("The document's language: ja or en (default: the one the incident is "
                                     "published in, set with hindsight publish --save --lang; else ja when your "
                                     "locale is Japanese, else en)."),
                                  tr("LANG"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    tr("md, html or pdf (default: from the extension of the -o file, else md)."),
                                    tr("FORMAT"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    tr("Write to FILE, atomically (default: standard output). Markdown's "
                                       "attachments go to the folder NAME_files beside it."),
                                    tr("FILE"));
    parser.addOptions({lang, format, output});
    parser.addPositionalArgument(QStringLiteral("NUMBER"), tr("The incident's number."));
    if (const auto stop = parse(parser, arguments))
        return *stop;

    const auto usage = [&](const QString &message) {
        m_err << "hindsight export: " << message << Qt::endl;
        return UsageError;
    };
    const QStringList positional = parser.positionalArguments();
    const auto number = arguments::singleIncidentNumber(positional);
    if (!number)
        return usage(tr("give one incident number, e.g. hindsight export 12 -o postmortem.md"));
    std::optional<DocumentLanguage> language;
    if (parser.isSet(lang)) {
        language = fromKey<DocumentLanguage>(parser.value(lang));
        if (!language)
            return usage(tr("--lang must be one of %1.").arg(arguments::keys<DocumentLanguage>()));
    }
    const QString file = parser.value(output);
    const auto exportFormat = chosenFormat(parser.isSet(format) ? parser.value(format) : QString(), file);
    if (!exportFormat)
        return usage(tr("--format must be one of md|html|pdf."));
    const bool toFile = !file.isEmpty() && file != QLatin1String("-");
    if (*exportFormat == ExportFormat::Pdf && !PdfExport::isAvailable())
        return usage(tr("PDF export is not available in this process."));

    // Nothing leaves without redaction: a pattern file that cannot be used as written stops the export.
    const Redactor redactor = Redactor::withUserPatterns();
    if (!redactor.problems().isEmpty()) {
        for (const RedactionProblem &problem : redactor.problems())
            m_err << "hindsight export: " << problem.toString() << "\n";
        return usage(tr("fix or remove these lines of the redaction patterns; nothing was exported."));
    }
    const TemplateLibrary templates;
    for (const TemplateProblem &problem : templates.problems())
        m_err << "hindsight export: " << problem.toString() << "\n";

    auto store = Store::open(resolveStorePath(m_storePath));
    PostmortemSource source = PostmortemSource::load(*store, *number);
    if (!language) // the window's preview and Publish use the same one
        language = PublishSettings(*store).documentLanguage(source.incident.id);
    const QList<SecretFinding> secrets = source.secrets(redactor);
    source.redact(redactor);
    if (secrets.isEmpty()) {
        m_err << tr("hindsight export: redaction masked nothing.") << "\n";
    } else {
        QMap<QString, int> byRule;
        for (const SecretFinding &secret : secrets)
            ++byRule[secret.rule];
        QStringList counts;
        for (auto it = byRule.cbegin(); it != byRule.cend(); ++it)
            counts << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
        m_err << tr("hindsight export: redaction masked %1 value(s): %2.")
                     .arg(secrets.size())
                     .arg(counts.join(QStringLiteral(", ")))
              << "\n";
    }
    m_err.flush();

    QString error;
    bool written = true;
    switch (*exportFormat) {
    case ExportFormat::Markdown:
        if (toFile) {
            written = PostmortemExport::writeMarkdown(file, source, *language, templates, &error);
        } else {
            m_out << PostmortemDocument::markdown(source, *language, templates);
            m_out.flush();
        }
        break;
    case ExportFormat::Html:
        if (toFile) {
            written = PostmortemExport::writeHtml(file, source, *language, templates, &error);
        } else {
            m_out << PostmortemDocument::html(source, *language, templates);
            m_out.flush();
        }
        break;
    case ExportFormat::Pdf: {
        const QByteArray pdf = PdfExport::render(source, *language, templates);
        if (toFile) {
            written = PostmortemExport::writeFile(file, pdf, &error);
        } else {
            m_out.flush();
            if (QIODevice *device = m_out.device())
                written = device->write(pdf) == pdf.size();
            if (!written)
                error = tr("cannot write to standard output.");
        }
        break;
    }
    }
    if (!written) {
        m_err << "hindsight export: " << error << Qt::endl;
        return StoreRefused;
    }
    if (toFile)
        m_err << tr("hindsight export: wrote %1.").arg(QDir::toNativeSeparators(file)) << Qt::endl;
    return Done;
}

} // namespace hindsight
