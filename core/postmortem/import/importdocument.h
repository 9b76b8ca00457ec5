#pragma once

#include "attachmentfolder.h"
#include "markdown/markdownrenderer.h"
#include "postmortem/postmortemimport.h"
#include "postmortem/postmortemvocabulary.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

namespace hindsight::importing {

/// A section of a document as it is written: its heading and blocks, and which of the template's it is.
struct DocumentSection
{
    /// None for a section that is not one of the template's.
    std::optional<PostmortemSection> part;
    QString heading;
    int line = 0;
    int level = 0;
    QList<const MarkdownNode *> blocks;
};

/// The document being imported, as the readers of its sections share it: its lines and parsed blocks, the options it
/// is read with, and what has been read from it so far, with the warnings and what was kept aside.
class ImportDocument
{
public:
    ImportDocument(const QString &text, const QString &fileName, const ImportOptions &options);
    Q_DISABLE_COPY_MOVE(ImportDocument)

    const QString &fileName() const { return m_fileName; }
    const ImportOptions &options() const { return m_options; }
    /// The zone the document's times are written in.
    const QTimeZone &zone() const { return m_zone; }
    const MarkdownNode &root() const { return m_root; }

    /// The line numbered `number` (from 1) as written; empty past the end.
    QString line(int number) const { return m_lines.value(number - 1); }
    /// The Markdown of `blocks` as written, with the blank lines between them, comments left out.
    QString source(const QList<const MarkdownNode *> &blocks) const;
    QString source(const MarkdownNode &block) const { return source(QList<const MarkdownNode *>{&block}); }
    /// The Markdown of a list item without its marker: the first line from where its content starts, the next ones
    /// without the indentation that puts them inside the item.
    QString itemSource(const MarkdownNode &item) const;
    /// `date` at `time` in `zone`, or in the document's zone when `zone` is invalid, as UTC.
    QDateTime utc(QDate date, QTime time, const QTimeZone &zone = {}) const
    {
        return QDateTime(date, time, zone.isValid() ? zone : m_zone).toUTC();
    }

    /// What has been read so far.
    ImportedPostmortem &result() { return m_result; }
    AttachmentFolder &attachmentFolder() { return m_attachmentFolder; }

    void warn(int line, const QString &message) { m_result.warnings << ImportWarning{line, message}; }
    /// Keeps `markdown` with what was not understood, unless it is blank; `where` names its section.
    void keep(int line, const QString &where, const QString &markdown);
    void keep(const DocumentSection &section, const MarkdownNode &block);
    /// Keeps the document's line numbered `line`, as written, with what was not understood.
    void keepLine(int line, const DocumentSection &section) { keep(line, section.heading, this->line(line).trimmed()); }

private:
    QString m_fileName;
    ImportOptions m_options;
    QTimeZone m_zone;
    QStringList m_lines;
    MarkdownNode m_root;
    ImportedPostmortem m_result;
    AttachmentFolder m_attachmentFolder;
};

} // namespace hindsight::importing
