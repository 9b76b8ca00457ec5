#include "attachmentfolder.h"

#include "postmortem/postmortemexport.h"
#include "postmortem/postmortemimport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace hindsight::importing {

using namespace Qt::StringLiterals;

namespace {

/// `%XX` escapes decoded, as in a Markdown link destination. A `%` without two hex digits after it stays as it is:
/// exports write a `%` in a document's name (and so in its folder's) unescaped.
QString percentDecoded(const QString &text)
{
    const auto hex = [](char c) {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    };
    const QByteArray utf8 = text.toUtf8();
    QByteArray out;
    out.reserve(utf8.size());
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        if (utf8.at(i) == '%' && i + 2 < utf8.size() && hex(utf8.at(i + 1)) >= 0 && hex(utf8.at(i + 2)) >= 0) {
            out += char(hex(utf8.at(i + 1)) * 16 + hex(utf8.at(i + 2)));
            i += 2;
        } else {
            out += utf8.at(i);
        }
    }
    return QString::fromUtf8(out);
}

} // namespace

AttachmentFolder::AttachmentFolder(const QString &documentFolder, const QString &documentName)
    : m_documentFolder(documentFolder.isEmpty() ? QString() : QFileInfo(documentFolder).absoluteFilePath())
    , m_name(PostmortemExport::attachmentFolderName(documentName))
{}

AttachedFile AttachmentFolder::readLinked(const QString &written)
{
    // A file: URL names a file wherever it is, never one relative to the document.
    if (written.startsWith(u"file:"_s, Qt::CaseInsensitive))
        return {{}, outside(written)};
    return read(percentDecoded(written), written);
}

AttachedFile AttachmentFolder::readNamed(const QString &name)
{
    if (QDir::isAbsolutePath(name))
        return {{}, outside(name)};
    return read(m_name + u'/' + name, name);
}

QString AttachmentFolder::outside(const QString &written) const
{
    return tr("The file %1 is outside %2, the only folder beside the document that attached files are read from; "
              "kept as an empty attachment of that name.")
        .arg(written, m_name + u'/');
}

QString AttachmentFolder::missing(const QString &written) const
{
    return tr("The file %1 is not in %2 beside the document; kept as an empty attachment of that name.")
        .arg(written, m_name + u'/');
}

QString AttachmentFolder::notRegular(const QString &written)
{
    return tr("The file %1 is not a regular file (a folder, a device or a pipe); kept as an empty attachment of that "
              "name.")
        .arg(written);
}

void AttachmentFolder::locateFolder()
{
    const QString canonical = QFileInfo(m_documentFolder + u'/' + m_name).canonicalFilePath();
    m_canonical = QFileInfo(canonical).isDir() ? canonical : QString();
    // The folder itself must be there, not a link to another one: an unpacked archive can hold a link to ~/.ssh.
    m_folderIsLink =
        !m_canonical->isEmpty() && *m_canonical != QFileInfo(m_documentFolder).canonicalFilePath() + u'/' + m_name;
}

AttachedFile AttachmentFolder::read(const QString &path, const QString &written)
{
    if (m_documentFolder.isEmpty())
        return {{}, tr("The file %1 is not in the document; kept as an empty attachment of that name.").arg(written)};
    QString canonical;
    if (const QString refused = refusal(path, written, canonical); !refused.isEmpty())
        return {{}, refused};
    return readRegularFile(canonical, written);
}

QString AttachmentFolder::refusal(const QString &path, const QString &written, QString &canonical)
{
    // The path as written decides first, so that nothing outside the folder is even looked at.
    const QString clean = QDir::cleanPath(path);
    if (path.isEmpty() || QDir::isAbsolutePath(path) || path.contains(QChar(0)) ||
        (clean != m_name && !clean.startsWith(m_name + u'/')))
        return outside(written);
    if (!m_canonical)
        locateFolder();
    if (m_canonical->isEmpty())
        return missing(written);
    if (m_folderIsLink) {
        return tr("%2 beside the document is a link to another folder, not a folder of its own; the file %1 is kept "
                  "as an empty attachment of that name.")
            .arg(written, m_name + u'/');
    }
    if (clean == m_name)
        return notRegular(written);
    canonical = QFileInfo(m_documentFolder + u'/' + clean).canonicalFilePath();
    if (canonical.isEmpty())
        return missing(written);
    if (!canonical.startsWith(*m_canonical + u'/')) {
        return tr("The file %1 is a link leading out of %2, the only folder beside the document that attached files "
                  "are read from; kept as an empty attachment of that name.")
            .arg(written, m_name + u'/');
    }
    return {};
}

AttachedFile AttachmentFolder::readRegularFile(const QString &canonical, const QString &written)
{
    // The type is checked before opening, since opening a device can do something. The file is then opened without
    // blocking and without following a link, in case a FIFO or a link was put in its place since, and what was opened
    // is checked again.
    const QByteArray local = QFile::encodeName(canonical);
    struct stat found = {};
    if (::stat(local.constData(), &found) != 0)
        return {{}, missing(written)};
    if (!S_ISREG(found.st_mode))
        return {{}, notRegular(written)};
    const int fd = ::open(local.constData(), O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_NOCTTY | O_CLOEXEC);
    const auto cannotRead = [&written] {
        return AttachedFile{{},
                            tr("The file %1 cannot be read (%2); kept as an empty attachment of that name.")
                                .arg(written, qt_error_string(errno))};
    };
    if (fd < 0)
        return cannotRead();
    const auto refuse = [fd](AttachedFile refused) {
        ::close(fd);
        return refused;
    };
    struct stat opened = {};
    if (::fstat(fd, &opened) != 0 || !S_ISREG(opened.st_mode) || opened.st_dev != found.st_dev ||
        opened.st_ino != found.st_ino)
        return refuse({{}, notRegular(written)});
    if (opened.st_size > PostmortemImport::MaxAttachmentSize) {
        return refuse({{},
                       tr("The file %1 is larger than %2 MiB, the most an attached file may be; kept as an empty "
                          "attachment of that name.")
                           .arg(written, QString::number(PostmortemImport::MaxAttachmentSize / (1024 * 1024)))});
    }
    if (m_read + opened.st_size > PostmortemImport::MaxAttachmentsSize) {
        return refuse({{},
                       tr("The file %1 would take the document's attached files over %2 MiB in all, the most one "
                          "document may bring; kept as an empty attachment of that name.")
                           .arg(written, QString::number(PostmortemImport::MaxAttachmentsSize / (1024 * 1024)))});
    }
    // No more than the size checked, even if the file grows meanwhile.
    QByteArray data(qsizetype(opened.st_size), Qt::Uninitialized);
    qsizetype got = 0;
    while (got < data.size()) {
        const ssize_t n = ::read(fd, data.data() + got, size_t(data.size() - got));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return refuse(cannotRead());
        if (n == 0)
            break;
        got += n;
    }
    ::close(fd);
    data.truncate(got);
    m_read += got;
    // Empty but not null: the store keeps a file of no bytes.
    return {got > 0 ? data : QByteArray(""), {}};
}

} // namespace hindsight::importing
