#include "store.h"

#include "schema.h"
#include "searchfunctions.h"
#include "storebackup.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QStorageInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace hindsight {

namespace {

constexpr int BusyTimeoutMs = 10000;
constexpr qint64 SqliteHeaderSize = 100;

QString tr(const char *text)
{
    return QCoreApplication::translate("Store", text);
}

/// Reads the SQLite header without opening the file through SQLite, so that a file that is not a database is
/// refused before SQLite can touch it. A file that a connection of this process already has open was checked when
/// that connection opened it, and is not read again: closing a handle of our own would drop that connection's locks.
bool looksLikeSqlite(const QString &path, qint64 size)
{
    if (size == 0)
        return true; // SQLite treats an empty file as an empty database
    if (size < SqliteHeaderSize)
        return false;
    QByteArray header;
    switch (databasefiles::readPrefix(path, 16, &header)) {
    case databasefiles::Prefix::OpenHere:
        return true;
    case databasefiles::Prefix::Unreadable:
        return QFileInfo(path).isFile(); // a regular file we cannot read: let SQLite report the real reason
    case databasefiles::Prefix::Read:
        break;
    }
    return header == QByteArray("SQLite format 3\0", 16);
}

/// Device and inode of the file at `path`; false when there is none.
bool fileIdentity(const QString &path, quint64 &device, quint64 &inode)
{
    struct stat status = {};
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return false;
    device = quint64(status.st_dev);
    inode = quint64(status.st_ino);
    return true;
}

} // namespace

std::unique_ptr<Store> Store::open(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir()) {
        throw StoreError(StoreError::Kind::Refused,
                         tr("%1 is a folder, not a Hindsight store. Give the path of a store file (or of a new one to "
                            "create) with --db or HINDSIGHT_DB.")
                             .arg(QDir::toNativeSeparators(path)));
    }
    if (info.exists()) {
        if (!looksLikeSqlite(path, info.size())) {
            throw StoreError(StoreError::Kind::Refused,
                             tr("%1 is not a Hindsight store: it is not an SQLite database at all. It was left "
                                "unchanged. Check the path given with --db or HINDSIGHT_DB, or move the file away to "
                                "start a new store there.")
                                 .arg(QDir::toNativeSeparators(info.absoluteFilePath())));
        }
    } else {
        if (!QDir().mkpath(info.absolutePath())) {
            throw StoreError(StoreError::Kind::Failed,
                             tr("Could not create the folder %1 for the store. Check that you may write there, or "
                                "choose another path with --db or HINDSIGHT_DB.")
                                 .arg(QDir::toNativeSeparators(info.absolutePath())));
        }
        // Create the file ourselves, readable by its owner only from its first byte; SQLite gives the -wal and -shm
        // files the same permissions.
        const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd < 0 && errno != EEXIST) {
            throw StoreError(StoreError::Kind::Failed,
                             tr("Could not create the store %1: %2")
                                 .arg(QDir::toNativeSeparators(path), QString::fromLocal8Bit(std::strerror(errno))));
        }
        if (fd >= 0)
            ::close(fd); // a new file: no connection of this process can have it open yet
    }

    static QAtomicInt counter;
    const QString connectionName = QStringLiteral("hindsight-store-%1").arg(counter.fetchAndAddRelaxed(1));
    std::unique_ptr<Store> store(new Store(info.absoluteFilePath(), connectionName));
    store->checkAndMigrate();
    store->keepToOwner();
    return store;
}

namespace {

std::function<void(const QString &)> &noticeHandler()
{
    static std::function<void(const QString &)> handler;
    return handler;
}

QString octal(mode_t mode)
{
    return QStringLiteral("0%1").arg(uint(mode & 0777), 3, 8, QLatin1Char('0'));
}

} // namespace

void Store::setNoticeHandler(std::function<void(const QString &)> handler)
{
    noticeHandler() = std::move(handler);
}

QString Store::exposureOf(const QString &path)
{
    struct stat status = {};
    if (::stat(QFile::encodeName(path).constData(), &status) != 0 || (status.st_mode & 077) == 0)
        return {};
    return tr("%1 can be read by other users of this machine (permissions %2). Hindsight makes a store readable by "
              "its owner only when it opens it; for another file, run: chmod 600 %1")
        .arg(QDir::toNativeSeparators(path), octal(status.st_mode));
}

/// A store others can read (copied with a permissive umask, unpacked from an archive) is made its owner's alone: it
/// holds the record of outages, often with hostnames and pasted logs.
void Store::keepToOwner()
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        const QByteArray file = QFile::encodeName(m_path + suffix);
        struct stat status = {};
        if (::stat(file.constData(), &status) != 0 || (status.st_mode & 077) == 0)
            continue;
        QString notice;
        if (::chmod(file.constData(), status.st_mode & 0700) == 0) {
            notice = tr("%1 could be read by other users of this machine (permissions %2); it is now readable by you "
                        "only (%3).")
                         .arg(QDir::toNativeSeparators(m_path + suffix), octal(status.st_mode),
                              octal(status.st_mode & 0700));
        } else {
            notice = tr("%1 can be read by other users of this machine (permissions %2), and Hindsight could not "
                        "change that (%3). Ask its owner to run: chmod 600 %1")
                         .arg(QDir::toNativeSeparators(m_path + suffix), octal(status.st_mode),
                              QString::fromLocal8Bit(std::strerror(errno)));
        }
        m_notices << notice;
        if (noticeHandler())
            noticeHandler()(notice);
    }
}

int Store::schemaVersion()
{
    return migrations().back().version;
}

Store::Store(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_events(std::make_unique<StoreEvents>())
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(m_path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs));
}

Store::~Store()
{
    // SQLite leaves the -wal beside a file that was moved or deleted while open, where it would be applied to
    // whatever file comes to that path next: fold it into the file it belongs to, and empty it, first.
    if (m_db.isOpen() && fileState() == FileState::StoreLost) {
        QSqlQuery checkpoint(m_db);
        checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_registration.reset();
}

void Store::checkAndMigrate()
{
    m_registration = std::make_unique<databasefiles::Registration>(m_path);
    if (!m_db.open())
        failOn(tr("open"), m_db.lastError());
    // Noted before anything is read, so that a file swapped in later is told apart from the one opened here.
    fileIdentity(m_path, m_device, m_inode);
    // The search index's triggers (schema version 3) call functions that each connection has to bring.
    if (!registerSearchFunctions(m_db))
        fail(tr("set up full-text search"), tr("the SQLite driver gave no connection to register its functions on"));

    // Only reads until the file is known to be ours: a refused file stays byte-for-byte as it was.
    QSqlQuery probe(m_db);
    if (!probe.exec(QStringLiteral("PRAGMA application_id")) || !probe.next()) {
        // A store SQLite cannot open for writing (a read-only folder gives it nowhere for its -wal) is not a foreign
        // file: say what is wrong with the place, not with the file.
        const int code = probe.lastError().nativeErrorCode().toInt() & 0xff;
        if (code == 8 || code == 14 || code == 13) // SQLITE_READONLY, SQLITE_CANTOPEN, SQLITE_FULL
            failOn(tr("open"), probe.lastError());
        if (code == 10) // SQLITE_IOERR: the -shm or -wal could not be made; a full disk is the common reason
            failOn(tr("open"), probe.lastError());
        throw StoreError(StoreError::Kind::Refused,
                         tr("%1 is not a Hindsight store: SQLite cannot read it (%2). It was left unchanged. Check "
                            "the path given with --db or HINDSIGHT_DB.")
                             .arg(QDir::toNativeSeparators(m_path), probe.lastError().databaseText()));
    }
    const qint32 applicationId = probe.value(0).toInt();
    probe.finish();
    QSqlQuery versionQuery = exec(QStringLiteral("PRAGMA user_version"));
    const int userVersion = versionQuery.next() ? versionQuery.value(0).toInt() : 0;
    QSqlQuery tables = exec(QStringLiteral("SELECT count(*) FROM sqlite_master"));
    const int objectCount = tables.next() ? tables.value(0).toInt() : 0;
    versionQuery.finish();
    tables.finish();

    const bool empty = applicationId == 0 && userVersion == 0 && objectCount == 0;
    if (!empty && applicationId != ApplicationId) {
        throw StoreError(StoreError::Kind::Refused,
                         tr("%1 is an SQLite database of another program, not a Hindsight store. It was left "
                            "unchanged. Check the path given with --db or HINDSIGHT_DB, or choose a new file.")
                             .arg(QDir::toNativeSeparators(m_path)));
    }
    if (userVersion > schemaVersion()) {
        throw StoreError(StoreError::Kind::Refused,
                         tr("%1 was written by a newer version of Hindsight (store version %2; this version "
                            "understands up to %3). It was left unchanged. Update Hindsight to open it.")
                             .arg(QDir::toNativeSeparators(m_path))
                             .arg(userVersion)
                             .arg(schemaVersion()));
    }

    QSqlQuery journal = exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    if (!journal.next() || journal.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        fail(tr("switch to write-ahead logging"), journal.value(0).toString());
    journal.finish();
    exec(QStringLiteral("PRAGMA synchronous = FULL"));
    exec(QStringLiteral("PRAGMA foreign_keys = ON"));

    migrate(userVersion);
}

void Store::migrate(int fromVersion)
{
    if (fromVersion >= schemaVersion())
        return;
    // Every step in one transaction: a crash leaves the store fully migrated or as it was, never in between.
    WriteTransaction whole(*this);
    bool firstStep = true;
    for (const Migration &migration : migrations()) {
        if (migration.version <= fromVersion)
            continue;
        WriteTransaction transaction(*this);
        // Another process may have migrated while this one waited for the write lock.
        QSqlQuery current = exec(QStringLiteral("PRAGMA user_version"));
        const int currentVersion = current.next() ? current.value(0).toInt() : 0;
        current.finish();
        if (currentVersion >= migration.version)
            continue;
        // A store an older Hindsight wrote is copied before its first migration, while this connection holds the
        // write lock: the copy is exactly what the migration starts from, and going back stays possible.
        if (firstStep && currentVersion > 0)
            StoreBackup::writeBeforeMigration(m_path, schemaVersion());
        firstStep = false;
        for (const QString &statement : migration.statements)
            exec(statement);
        exec(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId));
        exec(QStringLiteral("PRAGMA user_version = %1").arg(migration.version));
        transaction.commit();
    }
    whole.commit();
}

QSqlQuery Store::exec(const QString &sql, const QVariantList &values)
{
    QSqlQuery query = prepare(sql);
    exec(query, values);
    return query;
}

QSqlQuery Store::prepare(const QString &sql)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        failOn(tr("prepare a statement"), query.lastError());
    return query;
}

void Store::exec(QSqlQuery &query, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &value = values.at(i);
        // QSQLITE binds a null QString as NULL; the store keeps empty text as ''.
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            query.bindValue(i, QStringLiteral(""));
        else
            query.bindValue(i, value);
    }
    if (!query.exec())
        failOn(tr("run a statement"), query.lastError());
}

bool Store::isStoreFileInPlace() const
{
    quint64 device = 0;
    quint64 inode = 0;
    return fileIdentity(m_path, device, inode) && device == m_device && inode == m_inode;
}

Store::FileState Store::fileState() const
{
    if (!isStoreFileInPlace())
        return FileState::StoreLost;
    if (!databasefiles::isWalInPlace(m_path))
        return FileState::WalLost;
    return FileState::InPlace;
}

QString Store::fileLossMessage(FileState state) const
{
    switch (state) {
    case FileState::InPlace:
        return {};
    case FileState::StoreLost:
        return tr("The store %1 was deleted, moved or replaced by another file while Hindsight had it open. Nothing "
                  "more is saved, so that nothing goes into a file no one will open again; what you are typing stays "
                  "where it is. Restore the store (from a backup if need be), then start Hindsight again.")
            .arg(QDir::toNativeSeparators(m_path));
    case FileState::WalLost:
        return tr("The store's write-ahead log %1 was deleted or replaced by another program while Hindsight was "
                  "writing to it. Nothing more is saved, so that nothing goes where it would be lost; what you are "
                  "typing stays where it is. Copy any text you still need, quit Hindsight and start it again, then "
                  "check the latest entries with 'hindsight check' and 'hindsight show'.")
            .arg(QDir::toNativeSeparators(m_path + QStringLiteral("-wal")));
    }
    return {};
}

void Store::failOn(const QString &what, const QSqlError &error) const
{
    // SQLite's primary result codes (the low byte of the extended ones) that users can do something about. An I/O
    // error on a disk with (next to) no room left is a full disk, whatever SQLite was doing.
    int code = error.nativeErrorCode().toInt() & 0xff;
    if (code == 10) {
        const QStorageInfo disk(QFileInfo(m_path).absolutePath());
        if (disk.isValid() && disk.bytesAvailable() < 256 * 1024)
            code = 13;
    }
    switch (code) {
    case 13: // SQLITE_FULL
        throw StoreError(StoreError::Kind::Failed,
                         tr("The disk is full: the store %1 could not save this. Nothing was half-written and nothing "
                            "saved earlier is lost. Free some space on the disk, then try again.")
                             .arg(QDir::toNativeSeparators(m_path)));
    case 8:  // SQLITE_READONLY
    case 14: // SQLITE_CANTOPEN
        throw StoreError(StoreError::Kind::Failed,
                         tr("The store %1 cannot be written: the file or its folder is read-only, or the folder was "
                            "removed (%2). Nothing was half-written and nothing saved earlier is lost. Make the folder "
                            "and the file writable again, then try again.")
                             .arg(QDir::toNativeSeparators(m_path), error.databaseText().trimmed()));
    default:
        fail(what, error.databaseText());
    }
}

void Store::fail(const QString &what, const QString &reason) const
{
    throw StoreError(StoreError::Kind::Failed,
                     tr("The store %1 could not %2: %3. Nothing was half-written; check the disk space and the "
                        "file's permissions, then try again.")
                         .arg(QDir::toNativeSeparators(m_path), what, reason.trimmed()));
}

Store::WriteTransaction::WriteTransaction(Store &store)
    : m_store(store)
{
    if (m_store.m_transactionDepth == 0) {
        if (!m_store.isStoreFileInPlace())
            throw StoreError(StoreError::Kind::Failed, m_store.fileLossMessage(FileState::StoreLost));
        m_store.exec(QStringLiteral("BEGIN IMMEDIATE"));
        // The -wal is certain to be open only now, with the write lock held; checked again so that nothing is
        // committed into a log another program deleted.
        if (!databasefiles::isWalInPlace(m_store.m_path)) {
            QSqlQuery rollback(m_store.m_db);
            rollback.exec(QStringLiteral("ROLLBACK"));
            throw StoreError(StoreError::Kind::Failed, m_store.fileLossMessage(FileState::WalLost));
        }
    }
    ++m_store.m_transactionDepth;
}

Store::WriteTransaction::~WriteTransaction()
{
    if (m_released)
        return;
    --m_store.m_transactionDepth;
    if (!m_done && m_store.m_transactionDepth == 0) {
        QSqlQuery rollback(m_store.m_db);
        rollback.exec(QStringLiteral("ROLLBACK"));
        m_store.m_pendingChanges.clear();
    }
}

void Store::WriteTransaction::commit()
{
    if (m_store.m_transactionDepth != 1) {
        m_done = true;
        return;
    }
    m_store.exec(QStringLiteral("COMMIT"));
    m_done = true;
    // Out of the transaction before the views hear of it, so that a view writing in reply begins a transaction of its
    // own instead of joining this finished one.
    m_released = true;
    --m_store.m_transactionDepth;
    m_store.m_events->announce(StoreChanges(std::exchange(m_store.m_pendingChanges, {})));
}

void Store::report(const StoreChange &change)
{
    if (m_transactionDepth > 0) {
        if (!m_pendingChanges.contains(change))
            m_pendingChanges << change;
        return;
    }
    m_events->announce(StoreChanges({change}));
}

void Store::reportEverything()
{
    report(StoreChange{});
}

namespace db {

QVariant fromDateTime(const QDateTime &value)
{
    return value.isValid() ? QVariant(value.toMSecsSinceEpoch()) : QVariant();
}

QDateTime toDateTime(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QVariant fromDate(const QDate &value)
{
    return value.isValid() ? QVariant(value.toString(Qt::ISODate)) : QVariant();
}

QDate toDate(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

QString fromUuid(const QUuid &value)
{
    return value.toString(QUuid::WithoutBraces);
}

QUuid toUuid(const QVariant &value)
{
    return QUuid::fromString(value.toString());
}

QDateTime now()
{
    return QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), Qt::UTC);
}

} // namespace db

} // namespace hindsight
