#pragma once

#include "databasefiles.h"
#include "storechange.h"
#include "storeerror.h"

#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <QVariant>

#include <functional>
#include <memory>

namespace hindsight {

/// Hindsight's local store: one SQLite file, opened through Qt SQL's QSQLITE driver.
///
/// Opening checks that the file is a Hindsight store this version understands before anything is written to it,
/// creates it when it does not exist yet, and applies pending schema migrations. Each Store is one connection and
/// belongs to the thread that opened it; open one per thread or process. Everything committed through it is durable
/// (WAL with synchronous=FULL) by the time the call returns.
class Store
{
public:
    /// SQLite `application_id` of every Hindsight store ("Hind").
    static constexpr qint32 ApplicationId = 0x48696E64;

    /// Opens (creating if needed) the store at `path`. Throws StoreError::Refused, leaving the file untouched, when
    /// the file is not SQLite, is another program's database, or was written by a newer Hindsight. A store an older
    /// Hindsight wrote is copied to StoreBackup::beforeMigrationPath() before it is migrated.
    static std::unique_ptr<Store> open(const QString &path);

    /// The schema version this build writes.
    static int schemaVersion();

    /// Receives what opening a store did that the user should know about (permissions tightened); the CLI prints it
    /// on standard error. Without a handler the notices are only kept in notices().
    static void setNoticeHandler(std::function<void(const QString &)> handler);
    /// What opening this store did that the user should know about.
    QStringList notices() const { return m_notices; }
    /// Says, for people, that the file at `path` can be read or written by other users of this machine, and what to
    /// do; empty when only its owner can.
    static QString exposureOf(const QString &path);

    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    QString path() const { return m_path; }
    QSqlDatabase database() const { return m_db; }

    /// Prepares `sql`, binds `values` in order and runs it; throws StoreError::Failed with SQLite's reason.
    QSqlQuery exec(const QString &sql, const QVariantList &values = {});
    /// Prepares `sql` for running many times with exec(QSqlQuery &, ...): for statements run at each keystroke, whose
    /// preparing would cost as much as running them. finish() it after reading, so that it holds no read snapshot.
    QSqlQuery prepare(const QString &sql);
    /// Binds `values` in order to a statement from prepare() and runs it; throws like exec().
    void exec(QSqlQuery &query, const QVariantList &values);

    /// Where what this Store's commits changed is reported (and, through a StoreWatcher, other processes' commits).
    StoreEvents &events() { return *m_events; }
    /// Records what the write being made changed, for events(): reported when the outermost transaction commits,
    /// dropped if it rolls back; reported at once outside a transaction.
    void report(const StoreChange &change);
    /// Reports that anything may have changed (a backup restored into the store, another process's commit).
    void reportEverything();

    /// A write transaction (BEGIN IMMEDIATE, so concurrent writers queue on the busy timeout instead of failing
    /// half-way). Rolled back unless commit() is called. Nested transactions join the outermost one.
    class WriteTransaction
    {
    public:
        explicit WriteTransaction(Store &store);
        ~WriteTransaction();
        WriteTransaction(const WriteTransaction &) = delete;
        WriteTransaction &operator=(const WriteTransaction &) = delete;
        void commit();

    private:
        Store &m_store;
        bool m_done = false;
        bool m_released = false;
    };

    /// Throws StoreError::Failed naming the store file, for a failure the caller detected.
    [[noreturn]] void fail(const QString &what, const QString &reason) const;

    /// What became of the files this Store writes to since it opened them.
    enum class FileState
    {
        InPlace,
        /// The path no longer names the store file that was opened: it was deleted, moved away or replaced.
        StoreLost,
        /// The store file is in place, but its write-ahead log (-wal) that this process writes to was deleted or
        /// replaced by someone else: whatever is committed to it would be lost.
        WalLost,
    };
    FileState fileState() const;
    /// Whether fileState() is InPlace. Writes are refused otherwise, so that nothing goes into a file no one will
    /// open again.
    bool isFileInPlace() const { return fileState() == FileState::InPlace; }
    /// What fileState() means for the user, and what to do; empty while the files are in place.
    QString fileLossMessage(FileState state) const;

private:
    Store(QString path, QString connectionName);
    void checkAndMigrate();
    void keepToOwner();
    bool isStoreFileInPlace() const;
    void migrate(int fromVersion);
    [[noreturn]] void failOn(const QString &what, const QSqlError &error) const;

    QString m_path;
    QString m_connectionName;
    std::unique_ptr<databasefiles::Registration> m_registration;
    QSqlDatabase m_db;
    int m_transactionDepth = 0;
    std::unique_ptr<StoreEvents> m_events;
    QList<StoreChange> m_pendingChanges;
    QStringList m_notices;
    // Device and inode of the file when it was opened.
    quint64 m_device = 0;
    quint64 m_inode = 0;
};

/// Conversions between domain values and the store's columns: UTC milliseconds since the epoch, ISO dates, UUIDs
/// without braces.
namespace db {
QVariant fromDateTime(const QDateTime &value);
QDateTime toDateTime(const QVariant &value);
QVariant fromDate(const QDate &value);
QDate toDate(const QVariant &value);
QString fromUuid(const QUuid &value);
QUuid toUuid(const QVariant &value);
/// The current time, truncated to what the store keeps (milliseconds, UTC).
QDateTime now();
} // namespace db

} // namespace hindsight
