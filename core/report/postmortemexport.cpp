#include "postmortemexport.h"

#include "postmortemdocument.h"
#include "templatelibrary.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace hindsight {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PostmortemExport", text);
}

} // namespace

QString PostmortemExport::attachmentFolderName(const QString &markdownPath)
{
    return QFileInfo(markdownPath).completeBaseName() + QStringLiteral("_files");
}

bool PostmortemExport::writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

bool PostmortemExport::writeMarkdown(const QString &path, const PostmortemSource &source, DocumentLanguage language,
                                     const TemplateLibrary &templates, QString *error)
{
    const QString folderName = attachmentFolderName(path);
    const QByteArray text =
        PostmortemDocument::markdown(source, language, templates, {AttachmentLinks::Folder, folderName}).toUtf8();
    // The document is opened first, so that nothing is written beside a file that cannot be; it replaces the
    // earlier one last, once the attachments it links to are there.
    QSaveFile document(path);
    const auto failed = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!document.open(QIODevice::WriteOnly))
        return failed(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), document.errorString()));
    const QList<AttachmentFile> files = PostmortemDocument::attachmentFiles(source);
    if (!files.isEmpty()) {
        const QDir folder(QFileInfo(path).absoluteDir().filePath(folderName));
        if (!folder.mkpath(QStringLiteral(".")))
            return failed(tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(folder.path())));
        for (const AttachmentFile &file : files) {
            if (!writeFile(folder.filePath(file.fileName), file.attachment.data, error))
                return false;
        }
    }
    if (document.write(text) != text.size() || !document.commit())
        return failed(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), document.errorString()));
    return true;
}

bool PostmortemExport::writeHtml(const QString &path, const PostmortemSource &source, DocumentLanguage language,
                                 const TemplateLibrary &templates, QString *error)
{
    return writeFile(path, PostmortemDocument::html(source, language, templates).toUtf8(), error);
}

} // namespace hindsight
