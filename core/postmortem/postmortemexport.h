#pragma once

#include "documentlanguage.h"

#include <QByteArray>
#include <QString>

namespace hindsight {

struct PostmortemSource;
class TemplateLibrary;

/// Writes exported postmortems to files. Every file is written atomically (QSaveFile): a failed export leaves the
/// earlier file as it was. The source is written as given: redact it first (PostmortemSource::redact()).
namespace PostmortemExport {
/// `<name>_files`, the folder beside `markdownPath` that its attachments are written to.
QString attachmentFolderName(const QString &markdownPath);

/// The document in Markdown at `path`, its attachments in attachmentFolderName(path) beside it (created only
/// when there are attachments), linked from the document. Returns false with `error` set when a file cannot be
/// written.
bool writeMarkdown(const QString &path, const PostmortemSource &source, DocumentLanguage language,
                   const TemplateLibrary &templates, QString *error);

/// The document as one self-contained HTML page at `path` (see PostmortemDocument::html()).
bool writeHtml(const QString &path, const PostmortemSource &source, DocumentLanguage language,
               const TemplateLibrary &templates, QString *error);

/// Replaces the file at `path` with `bytes`, atomically.
bool writeFile(const QString &path, const QByteArray &bytes, QString *error);
} // namespace PostmortemExport

} // namespace hindsight
