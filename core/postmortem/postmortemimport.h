#pragma once

#include "documentlanguage.h"
#include "postmortemdocument.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <exception>

namespace hindsight {

/// Something the import had to guess, or could not place and kept aside, and the line of the document it is about
/// (0 when it is about the whole document).
struct ImportWarning
{
    int line = 0;
    QString message;

    /// "line 12: ..." (the message alone for line 0).
    QString toString() const;
    bool operator==(const ImportWarning &) const = default;
};

/// A file that is not imported at all: not a postmortem, binary data, not UTF-8. Nothing is written for it.
class ImportRefused : public std::exception
{
public:
    ImportRefused(QString file, int line, QString reason);

    QString file() const { return m_file; }
    /// 0 when the reason is about the whole file.
    int line() const { return m_line; }
    QString reason() const { return m_reason; }
    /// "FILE:LINE: reason", for users.
    QString message() const;
    const char *what() const noexcept override { return m_utf8.constData(); }

private:
    QString m_file;
    int m_line = 0;
    QString m_reason;
    QByteArray m_utf8;
};

struct ImportOptions
{
    /// The zone the document's times are written in; the system's when invalid. A valid zone also becomes the
    /// incident's time zone, so that exporting it again shows the same times.
    QTimeZone timeZone;
    /// Written as the author of every log entry: documents do not name one.
    QString author;
    /// The document's folder, which links to attached files (`![name](<postmortem_files/a.png>)`) are relative to.
    /// Attached files are read from one folder in it only: NAME_files, NAME being the document's file name without
    /// its extension, as PostmortemExport writes them (see PostmortemImport). Empty: attached files are not read.
    QString baseDirectory;
    /// The incident's title when the document has no title heading (exports have none): e.g. the file's name.
    QString fallbackTitle;
};

/// Part of a document that the import could not place, kept word for word.
struct NotUnderstood
{
    int line = 0;
    /// Where it was: the heading of its section, or a description ("before the first section").
    QString where;
    /// The Markdown as the author wrote it.
    QString markdown;

    bool operator==(const NotUnderstood &) const = default;
};

/// What a postmortem document holds, read back into the domain.
struct ImportedPostmortem
{
    /// The incident (without id or number), its log, postmortem, action items and attachments exactly as the document
    /// states them; relatedIncidents are the earlier incidents Hindsight itself lists under the related links.
    PostmortemSource source;
    DocumentLanguage language = DocumentLanguage::Japanese;
    /// What had to be guessed or was kept aside, in document order.
    QList<ImportWarning> warnings;
    /// What could not be placed, in document order.
    QList<NotUnderstood> notUnderstood;

    /// The Markdown of notUnderstood under a marked heading ("取り込めなかった内容" / "Imported, not understood"),
    /// to keep with the incident; empty when everything was understood.
    QString notUnderstoodMarkdown() const;
};

/// Reads postmortem documents written in the template (postmortem-template.md), in Japanese or English, whether
/// Hindsight exported them or someone wrote them by hand.
///
/// Hand-written documents vary, and the import takes what it can: sections in any order and at any heading level,
/// extra or missing sections, guidance comments left in, times written `2021/8/1 13:00-14:00`,
/// `2021-08-01 13:00〜14:00` or with full-width digits, one line or bullet per occurrence, action items as a table
/// (columns in any order, cells missing) or as a list. Every guess becomes a warning with its line; what cannot be
/// placed is kept in notUnderstood. A document Hindsight exported reads back into a source that exports to the
/// same bytes. The incident is read as resolved (a postmortem is written afterwards) and its postmortem as a draft,
/// even when the document records a review: approving it goes through Hindsight's review rules.
///
/// The document is parsed once with cmark-gfm (MarkdownRenderer::parse); the rest is a single pass over its blocks,
/// so the time grows with the size of the document and no faster.
///
/// The files a document attaches (a link on the last lines of a log entry, relative to the document and
/// percent-encoded, or a mention like `(screenshot: a.png)`, a name in the folder) are read only from NAME_files
/// beside it, and only regular files whose real path (links and `..` resolved) is in that folder, up to
/// MaxAttachmentSize each and MaxAttachmentsSize in all. Whatever else a document names (an absolute path, `../`, a
/// file: URL, a link leading out of the folder, a device, a FIFO, a file too large) is kept as an empty attachment of
/// its name, with a warning that says why: a document comes from anyone, and what the import reads ends up in the
/// store and in every later export.
namespace PostmortemImport {
/// The largest attached file that is read: a screenshot or a log excerpt, with room to spare.
inline constexpr qint64 MaxAttachmentSize = 20 * 1024 * 1024;
/// The most one document's attached files are read up to in all, so that a document of many large files fills
/// neither the memory of the import nor the store.
inline constexpr qint64 MaxAttachmentsSize = 100 * 1024 * 1024;

/// Reads `data`, the content of `fileName` (named in messages, and naming the NAME_files folder its attached files
/// are read from). Throws ImportRefused for NUL bytes, invalid UTF-8 (with the line) and documents without the
/// template's sections.
ImportedPostmortem read(const QByteArray &data, const QString &fileName, const ImportOptions &options);

/// Reads the file at `path`; without a fallbackTitle or baseDirectory in `options`, the file's base name and
/// folder are used. Throws ImportRefused also when the file cannot be read.
ImportedPostmortem readFile(const QString &path, ImportOptions options);
} // namespace PostmortemImport

} // namespace hindsight
