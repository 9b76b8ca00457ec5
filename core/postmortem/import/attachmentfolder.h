#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace hindsight::importing {

/// What reading one attached file gave: its bytes, or why it was not read (a warning about the document's line).
struct AttachedFile
{
    QByteArray data;
    QString problem;
};

/// The one folder an import reads attached files from: NAME_files beside the document, where PostmortemExport writes
/// them. A document names files, and a hostile one names ~/.ssh/id_rsa, ../../secret, a link in that folder leading
/// out of it, a FIFO or /dev/zero; what the import reads lands in the store and in every later export. So a file is
/// read only when its path, as written, is inside the folder, its real path (links and `..` resolved) is too, and it
/// is a regular file within the sizes PostmortemImport states. The store's own database files are not looked for
/// here: they can be in that folder only if the user put them there.
class AttachmentFolder
{
    // One context for every message of the import, the same at run time as in the translations.
    Q_DECLARE_TR_FUNCTIONS(hindsight::PostmortemImport)

public:
    AttachmentFolder(const QString &documentFolder, const QString &documentName);

    /// The file a link names: `written` as the document has it, relative to the document's folder and
    /// percent-encoded as Markdown link destinations are (`postmortem_files/a%20b.png`).
    AttachedFile readLinked(const QString &written);

    /// The file a mention names (`(screenshot: a.png)`): a name, looked for in the folder.
    AttachedFile readNamed(const QString &name);

private:
    AttachedFile read(const QString &path, const QString &written);
    /// Why the file at `path` is not read, or nothing when it may be, with its real path in `canonical`.
    QString refusal(const QString &path, const QString &written, QString &canonical);
    AttachedFile readRegularFile(const QString &canonical, const QString &written);
    void locateFolder();

    QString outside(const QString &written) const;
    QString missing(const QString &written) const;
    static QString notRegular(const QString &written);

    QString m_documentFolder;
    QString m_name;
    /// The folder's real path, found on the first file a document names; empty when there is no such folder.
    std::optional<QString> m_canonical;
    bool m_folderIsLink = false;
    qint64 m_read = 0;
};

} // namespace hindsight::importing
