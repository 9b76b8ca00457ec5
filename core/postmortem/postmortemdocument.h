#pragma once

#include "documentlanguage.h"
#include "domain/actionitem.h"
#include "domain/attachment.h"
#include "domain/incident.h"
#include "domain/logentry.h"
#include "domain/postmortem.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QTimeZone>
#include <QVariantMap>

#include <optional>

namespace hindsight {

class Redactor;
class Store;
class TemplateLibrary;

/// An earlier incident listed under the related links of a postmortem.
struct RelatedIncident
{
    Incident incident;
    /// Where its postmortem was published, if it was; the item links there.
    QString postmortemUrl;

    bool operator==(const RelatedIncident &) const = default;
};

/// A secret that redaction would mask, and where it is.
struct SecretFinding
{
    /// Where in the document, for people: "Summary", "Log entry at 2021/8/1 13:02"...
    QString where;
    QString rule;
    /// The text that would be masked.
    QString text;

    bool operator==(const SecretFinding &) const = default;
};

/// Everything a postmortem document is made from. A plain value: fill it from the store with load(), or by hand
/// (tests, the editor's unsaved changes).
struct PostmortemSource
{
    Incident incident;
    /// The investigation log; deleted entries are left out of the document, and entries are shown in time order.
    QList<LogEntry> log;
    /// The written part; without one, those sections show their guidance.
    std::optional<Postmortem> postmortem;
    QList<ActionItem> actionItems;
    QList<RelatedIncident> relatedIncidents;
    /// The attachments of the log's entries, in the order they were added.
    QList<Attachment> attachments;

    /// How many related incidents load() lists at most.
    static constexpr int MaxRelatedIncidents = 5;

    /// The incident numbered `incidentNumber` with its log (without deleted entries), postmortem, action items,
    /// attachments and related incidents: the most recent earlier incidents (lower numbers), not exercises, that
    /// share an affected product with it (names compared without regard to case), newest first, at most
    /// MaxRelatedIncidents. Throws StoreError::NotFound when there is no such incident.
    static PostmortemSource load(Store &store, int incidentNumber);

    /// Masks the secrets in every text that can reach the document or its title (see Redactor) and returns how many
    /// were masked.
    int redact(const Redactor &redactor);
    /// What redact() would mask, in document order.
    QList<SecretFinding> secrets(const Redactor &redactor) const;
};

/// How a document shows the files attached to log entries (screenshots).
enum class AttachmentLinks
{
    /// Named only, e.g. "(screenshot: name.png)": for standard output and the clipboard.
    Mention,
    /// Linked (images shown) from DocumentOptions::attachmentFolder, where the caller writes attachmentFiles().
    Folder,
    /// Images embedded as data: URIs, for a self-contained HTML page; other files are named only.
    Embed
};

struct DocumentOptions
{
    AttachmentLinks attachments = AttachmentLinks::Mention;
    /// For AttachmentLinks::Folder: the folder the links point into, relative to the document (e.g. "report_files");
    /// empty means beside the document.
    QString attachmentFolder;
};

/// An attachment as written beside an exported document.
struct AttachmentFile
{
    /// A safe, unique file name (ASCII letters, digits, `.`, `-`, `_`).
    QString fileName;
    Attachment attachment;
};

/// The postmortem document of an incident, filled into the template of its language.
///
/// The same source, language, templates and options always give the same bytes: no current time, no hash order,
/// numbers and dates formatted without the locale. Times are shown in the incident's time zone (Incident::timeZone;
/// the system zone when empty) as `2021/8/1 13:00`. The document is made of Markdown only: every value from the
/// source is escaped for where it goes (markdownescape.h), so nothing a user typed can add a section, open a comment
/// or run past its section. Redaction is not applied here: call PostmortemSource::redact() first.
///
/// Filling the template is a single pass over the source with a template parsed once (in the TemplateLibrary): a
/// document of hundreds of log entries and action items takes a few milliseconds.
namespace PostmortemDocument {
/// The document in Markdown (GitHub Flavored), ending with one line break.
QString markdown(const PostmortemSource &source, DocumentLanguage language, const TemplateLibrary &templates,
                 const DocumentOptions &options = {});

/// A self-contained HTML page of the document: UTF-8, its own style sheet, images embedded as data: URIs, and a
/// Content-Security-Policy that allows no script and nothing from outside the file.
QString html(const PostmortemSource &source, DocumentLanguage language, const TemplateLibrary &templates);

/// The same page around HTML the caller has already rendered (for PDF, which needs other image links).
QString htmlPage(const QString &title, const QString &bodyHtml, DocumentLanguage language);

/// "Incident 12: Checkout API 5xx" in the document's language: the page title of HTML and PDF.
QString title(const PostmortemSource &source, DocumentLanguage language);

/// The attachments of the document's log entries with the file names their links use in AttachmentLinks::Folder.
QList<AttachmentFile> attachmentFiles(const PostmortemSource &source);

/// The values the template gets; the names are those of templateShape().
QVariantMap values(const PostmortemSource &source, DocumentLanguage language, const DocumentOptions &options = {});

/// Every name a postmortem template may use, with an example of each value (lists hold one example item).
QVariantMap templateShape();

/// How times in the document are written: `2021/8/1 13:00` in `zone`, without zero padding of month and day.
QString formatTime(const QDateTime &time, const QTimeZone &zone);
/// An occurrence window: `2021/8/1 13:00-14:00`, the end's date only when it differs from the start's,
/// `2021/8/1 13:00-` while it is still open.
QString formatWindow(const OccurrenceWindow &window, const QTimeZone &zone);
/// The zone of the incident's times: its IANA zone, else the system's.
QTimeZone timeZone(const Incident &incident);
} // namespace PostmortemDocument

} // namespace hindsight
