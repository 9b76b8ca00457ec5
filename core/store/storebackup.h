#pragma once

#include <QString>

namespace hindsight {

class Store;

/// What a file holds that restore() would put in place of the store.
struct BackupFacts
{
    /// The store version it was written with (its `user_version`); older ones are brought up to date on restore.
    int schemaVersion = 0;
    int incidentCount = 0;
};

/// What restore() did.
struct RestoreResult
{
    /// Where the store as it was before the restore was kept; empty when there was no store at that path yet.
    QString previousStore;
    BackupFacts restored;
};

/// Copies of the store taken with SQLite's online backup, and putting one back.
///
/// A copy is consistent and safe to take while other connections (the window, another process) write: it is read in
/// one read transaction, which in WAL mode never blocks a writer. A copy is a single file in SQLite's rollback-journal
/// mode, written beside its destination under a temporary name, synced, verified and then renamed over it, so that
/// `file` is at every moment either its earlier content or a complete copy.
namespace StoreBackup {
/// Writes a copy of `store` to `file` and verifies it (`PRAGMA integrity_check`, application_id). An existing
/// `file` is replaced only when it is itself a Hindsight store (an earlier backup). Throws StoreError::Refused,
/// leaving `file` as it was, when it is the store itself, another kind of file, or in use; StoreError::Failed when
/// the copy cannot be written or fails its verification.
void write(Store &store, const QString &file);

/// Checks, without changing it, that `file` is a Hindsight store this version can restore: an SQLite database
/// with Hindsight's application_id, of this store version or older, passing `PRAGMA integrity_check`, and not
/// open elsewhere. Throws StoreError::NotFound when there is no such file and StoreError::Refused saying what is
/// wrong otherwise.
BackupFacts inspect(const QString &file);

/// Replaces the content of the store at `storePath` (created if missing) with the copy in `file`.
///
/// `file` is checked first as inspect() does, on a copy of it: a refused file leaves both it and the store
/// byte-for-byte unchanged. A copy older than this version is brought up to date before it goes in. The store as
/// it was is kept beside it as `<store>.before-restore-YYYYMMDD-HHMMSS`. The content is then replaced through
/// SQLite's backup API in one write transaction on the live file, so a crash leaves the old or the new content,
/// never a mix, and windows and processes that have the store open see the restored content as they would any
/// other commit: nothing needs to be closed or reopened, and no -wal or -shm file goes stale.
RestoreResult restore(const QString &storePath, const QString &file);

/// `<store>.before-v<version>`: where Store::open() keeps the store before migrating it to `version`.
QString beforeMigrationPath(const QString &storePath, int version);

/// Writes the copy Store::open() takes before migrating the store at `storePath` to `toVersion`, through a
/// connection of its own (the caller holds the write lock, so the copy is the state the migration starts from).
/// An earlier copy of that name is kept: the new one then gets a time stamp. Returns where it was written; throws
/// StoreError::Failed when it could not be.
QString writeBeforeMigration(const QString &storePath, int toVersion);
} // namespace StoreBackup

} // namespace hindsight
