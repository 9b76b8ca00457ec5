// Postmortem documents from anywhere (hand-written, exported by another version, damaged) read by PostmortemImport.
#include "fuzztargets.h"
#include "markdown/postmortemimport.h"
#include "report/postmortemdocument.h"
#include "report/templatelibrary.h"

namespace hindsight::fuzz {

void importDocument(const QByteArray &data)
{
    ImportOptions options;
    options.timeZone = QTimeZone::utc();
    options.author = QStringLiteral("fuzz");
    options.fallbackTitle = QStringLiteral("fuzz");
    try {
        const ImportedPostmortem imported = PostmortemImport::read(data, QStringLiteral("fuzz.md"), options);
        for (const ImportWarning &warning : imported.warnings)
            check(warning.line >= 0, "a warning's line is not negative");
        (void)imported.notUnderstoodMarkdown();
        // What was imported is exported again, as the import dialog's preview does.
        static const TemplateLibrary templates = TemplateLibrary::builtIn();
        const QString markdown = PostmortemDocument::markdown(imported.source, imported.language, templates);
        check(markdown.endsWith(QLatin1Char('\n')), "the exported document ends with a line break");
    } catch (const ImportRefused &refused) {
        check(!refused.reason().isEmpty(), "a refusal says why");
    }
}

} // namespace hindsight::fuzz

HINDSIGHT_FUZZ_TARGET(hindsight::fuzz::importDocument)
