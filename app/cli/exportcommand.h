#pragma once

#include "command.h"
#include "postmortem/documentlanguage.h"

namespace hindsight {

struct PostmortemSource;

/// `hindsight export NUMBER [--lang ja|en] [--format md|html|pdf] [-o FILE]`: the postmortem document, always
/// redacted.
class ExportCommand : public Command
{
public:
    explicit ExportCommand(const Context &context);

    int execute(const QStringList &arguments) override;

    /// Whether the options of `export`, the arguments after it, ask for a PDF: --format pdf, or an -o file ending in
    /// .pdf without a --format.
    static bool writesPdf(const QStringList &options);

private:
    enum class Format
    {
        Markdown,
        Html,
        Pdf
    };

    static std::optional<Format> formatFromName(const QString &name);
    static std::optional<Format> chosenFormat(const QString &format, const QString &output);
    int write(Format format, const QString &file, const PostmortemSource &source, DocumentLanguage language,
              const TemplateLibrary &templates);

    const QCommandLineOption m_lang;
    const QCommandLineOption m_format;
    const QCommandLineOption m_output;
};

} // namespace hindsight
