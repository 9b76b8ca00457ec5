#include "postmortemexport.h"

#include "postmortemdocument.h"
#include "templatelibrary.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QStorageInfo>
#include <QTemporaryDir>

#include <optional>

namespace hindsight {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PostmortemExport", text);
}

/// Why writing `bytes` more to `path` failed, for people. Qt reports a full disk at commit as "Unknown error": the
/// free space says what happened.
QString writeError(const QString &path, const QString &reason, qint64 bytes)
{
    const QStorageInfo disk(QFileInfo(path).absolutePath());
    if (disk.isValid() && disk.bytesAvailable() < bytes + 64 * 1024) {
        return tr("Cannot write %1: the disk is full (%2 KiB free, %3 KiB needed). Nothing was written there; free "
                  "some space or choose another place, then try again.")
            .arg(QDir::toNativeSeparators(path))
            .arg(disk.bytesAvailable() / 1024)
            .arg((bytes + 1023) / 1024);
    }
    return tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), reason);
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
            *error = writeError(path, file.errorString(), bytes.size());
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
    // The document is opened first, so that nothing is written beside a file that cannot be. The screenshots go to a
    // folder of their own under a temporary name; it takes NAME_files's place, and the document replaces the earlier
    // one, only once everything is written: a full disk or a failure half-way leaves no NAME_files/ without its
    // document, and an earlier export as it was.
    QSaveFile document(path);
    const auto failed = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!document.open(QIODevice::WriteOnly))
        return failed(writeError(path, document.errorString(), text.size()));
    QDir parent = QFileInfo(path).absoluteDir();
    const QString folder = parent.filePath(folderName);
    const QList<AttachmentFile> files = PostmortemDocument::attachmentFiles(source);
    std::optional<QTemporaryDir> staging;
    if (!files.isEmpty()) {
        staging.emplace(parent.filePath(QStringLiteral(".%1.partial-XXXXXX").arg(folderName)));
        if (!staging->isValid())
            return failed(tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(folder)));
        for (const AttachmentFile &file : files) {
            if (!writeFile(staging->filePath(file.fileName), file.attachment.data, error))
                return false;
        }
    }
    if (document.write(text) != text.size())
        return failed(writeError(path, document.errorString(), text.size()));
    QString previous;
    if (staging) {
        if (QFileInfo::exists(folder)) {
            previous = parent.filePath(
                QStringLiteral(".%1.previous-%2").arg(folderName).arg(QCoreApplication::applicationPid()));
            QDir(previous).removeRecursively();
            if (!parent.rename(folderName, QFileInfo(previous).fileName()))
                return failed(tr("Cannot replace the folder %1.").arg(QDir::toNativeSeparators(folder)));
        }
        if (!parent.rename(QFileInfo(staging->path()).fileName(), folderName)) {
            if (!previous.isEmpty())
                parent.rename(QFileInfo(previous).fileName(), folderName);
            return failed(tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(folder)));
        }
        staging->setAutoRemove(false);
    }
    if (!document.commit()) {
        if (staging) {
            QDir(folder).removeRecursively();
            if (!previous.isEmpty())
                parent.rename(QFileInfo(previous).fileName(), folderName);
        }
        return failed(writeError(path, document.errorString(), text.size()));
    }
    if (!previous.isEmpty())
        QDir(previous).removeRecursively();
    return true;
}

bool PostmortemExport::writeHtml(const QString &path, const PostmortemSource &source, DocumentLanguage language,
                                 const TemplateLibrary &templates, QString *error)
{
    return writeFile(path, PostmortemDocument::html(source, language, templates).toUtf8(), error);
}

} // namespace hindsight
