#include "pdfexport.h"

#include "markdown/markdownrenderer.h"
#include "postmortem/postmortemdocument.h"

#include <QBuffer>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QImage>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>

namespace hindsight {

namespace {

/// Where the attachments' links point in the HTML laid out for PDF; the images are handed to QTextDocument as
/// resources under these names, so nothing is read from disk.
const QString AttachmentFolder = QStringLiteral("hindsight-attachment");

/// Screenshots wider than this (in the document's pixels) are scaled down to fit the page.
constexpr int MaxImageWidth = 640;

QFont documentFont()
{
    // Noto Sans CJK (fonts-noto-cjk) has Latin and Japanese glyphs, so one font covers the document.
    const QStringList families = QFontDatabase::families();
    QFont font;
    for (const QString &family : {QStringLiteral("Noto Sans CJK JP"), QStringLiteral("Noto Sans")}) {
        if (families.contains(family)) {
            font.setFamily(family);
            break;
        }
    }
    font.setPointSizeF(10);
    return font;
}

} // namespace

bool PdfExport::isAvailable()
{
    return qobject_cast<QGuiApplication *>(QCoreApplication::instance()) != nullptr;
}

QByteArray PdfExport::render(const PostmortemSource &source, DocumentLanguage language,
                             const TemplateLibrary &templates)
{
    if (!isAvailable())
        return {};
    const QString markdown =
        PostmortemDocument::markdown(source, language, templates, {AttachmentLinks::Folder, AttachmentFolder});
    QString body = MarkdownRenderer::toHtml(markdown);
    // QTextDocument draws table borders from the attribute, not from CSS.
    body.replace(QStringLiteral("<table>"), QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">"));
    const QString title = PostmortemDocument::title(source, language);

    QTextDocument document;
    document.setDefaultFont(documentFont());
    document.setDefaultStyleSheet(QStringLiteral("h1 { font-size: 16pt; margin-top: 14pt; }"
                                                 "h2 { font-size: 13pt; margin-top: 10pt; }"
                                                 "pre, code { font-family: monospace; }"
                                                 "th { background-color: #f0f0f0; }"
                                                 ".incident { color: #555555; }"));
    for (const AttachmentFile &file : PostmortemDocument::attachmentFiles(source)) {
        if (!file.attachment.isImage())
            continue;
        QImage image;
        if (!image.loadFromData(file.attachment.data))
            continue;
        if (image.width() > MaxImageWidth)
            image = image.scaledToWidth(MaxImageWidth, Qt::SmoothTransformation);
        document.addResource(QTextDocument::ImageResource, QUrl(AttachmentFolder + u'/' + file.fileName), image);
    }
    document.setHtml(QStringLiteral("<html><head><meta charset=\"utf-8\"><title>%1</title></head><body>"
                                    "<p class=\"incident\">%1</p>")
                         .arg(title.toHtmlEscaped()) +
                     body + QStringLiteral("</body></html>"));
    document.setMetaInformation(QTextDocument::DocumentTitle, title);

    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Hindsight"));
        document.print(&writer);
    }
    buffer.close();
    return bytes;
}

} // namespace hindsight
