// Postmortem documents from anywhere (hand-written, exported by another version, damaged) read by PostmortemImport.
#include "fuzztargets.h"
#include "postmortem/postmortemdocument.h"
#include "postmortem/postmortemimport.h"
#include "postmortem/templatelibrary.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <sys/stat.h>

namespace hindsight::fuzz {

namespace {

/// The folder the fuzzed document is read from, made once so that every run sees the same files: fuzz_files/ (the
/// attachment folder of fuzz.md) with a small file, a link leading out of it and a FIFO, and beside it a file that
/// no import may read. Documents link to them as they like, so the fuzzer also reaches the reading of attachments.
class DocumentFolder
{
public:
    DocumentFolder()
    {
        const QDir dir(m_dir.path());
        dir.mkdir(QStringLiteral("fuzz_files"));
        write(dir.filePath(QStringLiteral("outside.txt")), outside());
        write(dir.filePath(QStringLiteral("fuzz_files/shot.png")), QByteArrayLiteral("\x89PNG fuzz"));
        QFile::link(QStringLiteral("../outside.txt"), dir.filePath(QStringLiteral("fuzz_files/out.png")));
        ::mkfifo(QFile::encodeName(dir.filePath(QStringLiteral("fuzz_files/pipe.png"))).constData(), 0600);
    }

    QString path() const { return m_dir.path(); }
    /// The bytes of the file outside fuzz_files/.
    static QByteArray outside() { return QByteArrayLiteral("fuzz: outside.txt is beside the document"); }

private:
    static void write(const QString &path, const QByteArray &bytes)
    {
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(bytes);
    }

    QTemporaryDir m_dir;
};

} // namespace

void importDocument(const QByteArray &data)
{
    static const DocumentFolder folder;
    ImportOptions options;
    options.timeZone = QTimeZone::utc();
    options.author = QStringLiteral("fuzz");
    options.fallbackTitle = QStringLiteral("fuzz");
    options.baseDirectory = folder.path();
    try {
        const ImportedPostmortem imported = PostmortemImport::read(data, QStringLiteral("fuzz.md"), options);
        for (const ImportWarning &warning : imported.warnings)
            check(warning.line >= 0, "a warning's line is not negative");
        for (const Attachment &attachment : imported.source.attachments) {
            check(!attachment.data.contains(DocumentFolder::outside()), "no file outside fuzz_files/ is read");
            check(attachment.data.size() <= PostmortemImport::MaxAttachmentSize, "no attachment is over the limit");
        }
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
