#include "entryattachments.h"

#include "importdocument.h"
#include "importtext.h"
#include "postmortem/postmortemvocabulary.h"

#include <QMimeDatabase>
#include <QRegularExpression>

#include <optional>

namespace hindsight::importing {

using namespace Qt::StringLiterals;

namespace {

/// A line that attaches a file to the entry.
struct AttachmentLine
{
    QString name;
    QString mimeType;
    int line = 0;
    /// Only named, not linked.
    bool named = false;
    /// The link's destination or the mentioned name, as the document writes it.
    QString written;
};

/// The file `text` (a line of an entry, trimmed) attaches, if it attaches one.
std::optional<AttachmentLine> attachmentLine(const QString &text)
{
    static const QRegularExpression fileLink(
        QStringLiteral(R"(^(!?)\[(.*)\]\(<([^<>]*)>\)$|^(!?)\[(.*)\]\(([^\s()<>]*)\)$)"));
    // Either language's words, in either width of brackets: hand-written documents mix them.
    static const QRegularExpression mention = [] {
        QStringList labels;
        for (const DocumentLanguage language : allValues<DocumentLanguage>()) {
            for (const bool image : {true, false})
                labels << QRegularExpression::escape(postmortemvocabulary::attachmentLabel(image, language));
        }
        return QRegularExpression(QStringLiteral(R"(^[(（](%1): (.*)[)）]$)").arg(labels.join(u'|')));
    }();
    static const QStringList imageLabels = [] {
        QStringList labels;
        for (const DocumentLanguage language : allValues<DocumentLanguage>())
            labels << postmortemvocabulary::attachmentLabel(true, language);
        return labels;
    }();
    AttachmentLine found;
    bool image = false;
    if (const QRegularExpressionMatch named = mention.match(text); named.hasMatch()) {
        image = imageLabels.contains(named.captured(1));
        found.name = unescaped(named.captured(2));
        found.named = true;
        found.written = found.name;
    } else if (const QRegularExpressionMatch linked = fileLink.match(text); linked.hasMatch()) {
        const int first = linked.hasCaptured(3) ? 1 : 4;
        found.written = linked.captured(first + 2);
        // Links to the web stay in the text. A link to a file is an attachment even when the file is not read, so
        // that what the document names is kept, and the warning says why it is empty.
        if (found.written.isEmpty() ||
            (found.written.contains(u':') && !found.written.startsWith(u"file:"_s, Qt::CaseInsensitive)))
            return std::nullopt;
        image = !linked.captured(first).isEmpty();
        found.name = unescaped(linked.captured(first + 1));
    } else {
        return std::nullopt;
    }
    found.mimeType = QMimeDatabase().mimeTypeForFile(found.name, QMimeDatabase::MatchExtension).name();
    if (image && !found.mimeType.startsWith(u"image/"_s))
        found.mimeType = u"image/png"_s;
    else if (!image && found.mimeType.startsWith(u"image/"_s))
        found.mimeType = u"application/octet-stream"_s;
    return found;
}

} // namespace

QList<Attachment> takeAttachments(ImportDocument &document, QStringList &lines, const QUuid &entryId, int line)
{
    QList<AttachmentLine> found;
    while (lines.size() > 1) {
        std::optional<AttachmentLine> attachment = attachmentLine(lines.constLast().trimmed());
        if (!attachment)
            break;
        attachment->line = line + int(lines.size()) - 1;
        found.prepend(*attachment);
        lines.removeLast();
    }
    // Read in document order, so that the limit on a document's files leaves out the last ones.
    QList<Attachment> attachments;
    for (const AttachmentLine &each : std::as_const(found)) {
        // Empty but not null: the store keeps a file of no bytes.
        Attachment attachment{QUuid::createUuid(), entryId, each.name, each.mimeType, QByteArray(""), QDateTime()};
        AttachmentFolder &folder = document.attachmentFolder();
        const AttachedFile file = each.named ? folder.readNamed(each.written) : folder.readLinked(each.written);
        if (file.problem.isEmpty())
            attachment.data = file.data;
        else
            document.warn(each.line, file.problem);
        attachments << attachment;
    }
    return attachments;
}

} // namespace hindsight::importing
