#include "databasefiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <fcntl.h>
#include <map>
#include <mutex>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

#ifdef Q_OS_LINUX
#include <dirent.h>
#endif

namespace hindsight::databasefiles {

namespace {

using FileId = std::pair<quint64, quint64>; // device, inode

struct OpenFiles
{
    std::mutex mutex;
    std::map<FileId, int> counts;
};

OpenFiles &openFiles()
{
    static OpenFiles files;
    return files;
}

bool identify(const QString &path, FileId *id)
{
    struct stat status = {};
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return false;
    *id = {quint64(status.st_dev), quint64(status.st_ino)};
    return true;
}

} // namespace

Registration::Registration(const QString &path)
{
    FileId id;
    if (!identify(path, &id))
        return; // SQLite creates it: nothing of ours can hold it yet
    OpenFiles &files = openFiles();
    const std::lock_guard lock(files.mutex);
    ++files.counts[id];
    m_device = id.first;
    m_inode = id.second;
    m_registered = true;
}

Registration::~Registration()
{
    if (!m_registered)
        return;
    OpenFiles &files = openFiles();
    const std::lock_guard lock(files.mutex);
    const auto found = files.counts.find({m_device, m_inode});
    if (found != files.counts.end() && --found->second <= 0)
        files.counts.erase(found);
}

bool isOpenHere(const QString &path)
{
    FileId id;
    if (!identify(path, &id))
        return false;
    OpenFiles &files = openFiles();
    const std::lock_guard lock(files.mutex);
    return files.counts.count(id) > 0;
}

Prefix readPrefix(const QString &path, qint64 count, QByteArray *bytes)
{
    OpenFiles &files = openFiles();
    const std::lock_guard lock(files.mutex);
    const QByteArray name = QFile::encodeName(path);
#ifdef Q_OS_LINUX
    // First a handle that only names the file: closing one releases no locks (the kernel skips them for O_PATH), so
    // the file can be identified through it, and then opened for reading only if no connection of ours has it.
    const int pathFd = ::open(name.constData(), O_PATH | O_CLOEXEC);
    if (pathFd < 0)
        return Prefix::Unreadable;
    struct stat status = {};
    const bool known = ::fstat(pathFd, &status) == 0;
    if (!known || files.counts.count({quint64(status.st_dev), quint64(status.st_ino)}) > 0 ||
        !S_ISREG(status.st_mode)) {
        ::close(pathFd);
        return known && S_ISREG(status.st_mode) ? Prefix::OpenHere : Prefix::Unreadable;
    }
    const int fd = ::open(("/proc/self/fd/" + QByteArray::number(pathFd)).constData(), O_RDONLY | O_CLOEXEC);
    ::close(pathFd);
#else
    struct stat status = {};
    if (::stat(name.constData(), &status) != 0 || !S_ISREG(status.st_mode))
        return Prefix::Unreadable;
    if (files.counts.count({quint64(status.st_dev), quint64(status.st_ino)}) > 0)
        return Prefix::OpenHere;
    const int fd = ::open(name.constData(), O_RDONLY | O_CLOEXEC);
#endif
    if (fd < 0)
        return Prefix::Unreadable;
    bytes->resize(count);
    qint64 got = 0;
    while (got < count) {
        const ssize_t n = ::pread(fd, bytes->data() + got, size_t(count - got), off_t(got));
        if (n < 0) {
            ::close(fd);
            return Prefix::Unreadable;
        }
        if (n == 0)
            break;
        got += n;
    }
    bytes->resize(got);
    ::close(fd);
    return Prefix::Read;
}

bool isWalInPlace(const QString &databasePath)
{
#ifdef Q_OS_LINUX
    // Asked before every commit: the common case is one stat() of the -wal, matched against the file this process
    // was last seen holding. Only when the path names another file (or none) are the descriptors read.
    const QByteArray walAtPath = QFile::encodeName(databasePath + QStringLiteral("-wal"));
    struct stat atPath = {};
    const bool walExists = ::stat(walAtPath.constData(), &atPath) == 0;
    static std::mutex confirmedMutex;
    static std::map<QString, FileId> confirmed; // the -wal this process holds, per database, as last checked
    if (walExists && atPath.st_nlink > 0) {
        const std::lock_guard lock(confirmedMutex);
        const auto found = confirmed.find(databasePath);
        if (found != confirmed.end() && found->second == FileId{quint64(atPath.st_dev), quint64(atPath.st_ino)})
            return true;
    }

    // The kernel names a descriptor's file by its real path: compare against the folder's canonical path.
    const QFileInfo database(databasePath);
    const QString folder = QFileInfo(database.absolutePath()).canonicalFilePath();
    if (folder.isEmpty())
        return true; // the folder is gone: the database file's own check reports that
    const QByteArray walPath = QFile::encodeName(QDir(folder).filePath(database.fileName() + QStringLiteral("-wal")));
    const QByteArray deletedName = walPath + " (deleted)";

    DIR *descriptors = ::opendir("/proc/self/fd");
    if (!descriptors)
        return true;
    bool inPlace = true;
    bool held = false;
    char target[4096];
    while (const dirent *entry = ::readdir(descriptors)) {
        if (entry->d_name[0] < '0' || entry->d_name[0] > '9')
            continue;
        const QByteArray link = QByteArray("/proc/self/fd/") + entry->d_name;
        const ssize_t length = ::readlink(link.constData(), target, sizeof target);
        if (length <= 0 || length >= ssize_t(sizeof target))
            continue;
        const QByteArray name(target, int(length));
        if (name == deletedName) {
            inPlace = false;
            break;
        }
        if (name != walPath)
            continue;
        struct stat status = {};
        if (::stat(link.constData(), &status) != 0)
            continue;
        if (!walExists || status.st_dev != atPath.st_dev || status.st_ino != atPath.st_ino || status.st_nlink == 0) {
            inPlace = false;
            break;
        }
        held = true;
    }
    ::closedir(descriptors);
    const std::lock_guard lock(confirmedMutex);
    if (inPlace && held)
        confirmed[databasePath] = {quint64(atPath.st_dev), quint64(atPath.st_ino)};
    else
        confirmed.erase(databasePath);
    return inPlace;
#else
    Q_UNUSED(databasePath);
    return true;
#endif
}

} // namespace hindsight::databasefiles
