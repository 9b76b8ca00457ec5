#pragma once

#include <QByteArray>
#include <QString>

namespace hindsight {

/// The database files this process has open through SQLite, and the only safe ways to look at them from outside
/// SQLite.
///
/// POSIX advisory locks belong to the process, not to a file handle: closing *any* descriptor of a database file
/// releases every SQLite lock the process holds on it (SQLite's "How To Corrupt An SQLite Database File", 2.2).
/// Another process then believes it is the last user, checkpoints and deletes the -wal that this process still
/// writes to, and acknowledged entries are lost. So no code opens a database file, its -wal or its -shm with a
/// handle of its own while a connection of this process is open on it: everything that reads a file's bytes outside
/// SQLite goes through readPrefix() here, and every connection registers its file with a Registration first.
namespace databasefiles {

/// Marks the file at `path` as open through SQLite in this process for as long as it lives. Made before the
/// connection opens the file, destroyed after it is closed.
class Registration
{
public:
    explicit Registration(const QString &path);
    ~Registration();
    Registration(const Registration &) = delete;
    Registration &operator=(const Registration &) = delete;

private:
    quint64 m_device = 0;
    quint64 m_inode = 0;
    bool m_registered = false;
};

/// Whether a connection of this process has the file at `path` open (the same file, by device and inode).
bool isOpenHere(const QString &path);

/// What readPrefix() found.
enum class Prefix
{
    Read,       ///< `bytes` holds the file's first bytes (fewer when the file is shorter).
    OpenHere,   ///< Not read: a connection of this process has the file open, and reading it would drop its locks.
    Unreadable, ///< The file could not be opened or read.
};

/// Reads up to `count` bytes from the start of the file at `path` with a handle of its own, unless a connection of
/// this process has the file open. Holds the registry's lock while reading, so that no connection opens the file
/// in between.
Prefix readPrefix(const QString &path, qint64 count, QByteArray *bytes);

/// Whether the -wal file that this process's connections to the database at `databasePath` write to is still the
/// one at `databasePath`-wal: false once another process (or a person) deleted or replaced it, when everything
/// committed to it would be lost. True when this process holds no -wal of that database, and where the system gives
/// no way to tell (it is checked on Linux).
bool isWalInPlace(const QString &databasePath);

} // namespace databasefiles

} // namespace hindsight
