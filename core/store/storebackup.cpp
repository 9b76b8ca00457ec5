#include "storebackup.h"

#include "sqlitefile.h"
#include "sqlitehandle.h"
#include "store.h"
#include "storeerror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTemporaryFile>

#include <filesystem>
#include <system_error>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace hindsight {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("StoreBackup", text);
}

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

[[noreturn]] void refuse(const QString &message)
{
    throw StoreError(StoreError::Kind::Refused, message);
}

[[noreturn]] void fail(const QString &message)
{
    throw StoreError(StoreError::Kind::Failed, message);
}

/// Copies the main database of `source` over that of `target` in a single step: one read transaction on the source,
/// which in WAL mode never blocks its writers, and one write transaction on the target, which other connections to
/// it see as any other commit. Returns SQLite's reason when it fails, an empty string when it succeeds.
QString copyDatabase(const QSqlDatabase &source, const QSqlDatabase &target)
{
    sqlite3 *from = sqliteHandle(source);
    sqlite3 *to = sqliteHandle(target);
    if (!from || !to)
        return tr("the SQLite driver gave no connection to copy with");
    sqlite3_backup *backup = sqlite3_backup_init(to, "main", from, "main");
    if (!backup)
        return QString::fromUtf8(sqlite3_errmsg(to));
    // All pages in one step: stepping in parts would start over each time another connection writes.
    const int stepped = sqlite3_backup_step(backup, -1);
    const int finished = sqlite3_backup_finish(backup);
    if (finished != SQLITE_OK)
        return QString::fromUtf8(sqlite3_errmsg(to));
    if (stepped != SQLITE_DONE)
        return QString::fromUtf8(sqlite3_errstr(stepped));
    return {};
}

bool sameFile(const QString &a, const QString &b)
{
    const QString canonicalA = QFileInfo(a).canonicalFilePath();
    return !canonicalA.isEmpty() && canonicalA == QFileInfo(b).canonicalFilePath();
}

/// Flushes a file's bytes to the disk.
bool syncFile(const QString &path)
{
#ifdef Q_OS_UNIX
    QFile file(path);
    return file.open(QIODevice::ReadWrite) && ::fsync(file.handle()) == 0;
#else
    Q_UNUSED(path);
    return true;
#endif
}

/// Flushes a folder's entries, so that a rename into it survives a power cut.
void syncFolder(const QString &path)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(path);
#endif
}

enum class Verify
{
    /// A Hindsight store SQLite can read: for the copies kept before a migration or a restore, which keep what was
    /// there, damaged or not.
    Readable,
    /// Also passes `PRAGMA integrity_check`.
    Intact
};

struct Examination
{
    BackupFacts facts;
    /// What is wrong, for people; empty when the file is fine.
    QString problem;
};

Examination examine(const QString &path, Verify verify)
{
    Examination result;
    if (!SqliteFile::hasSqliteHeader(path)) {
        result.problem = tr("it is not an SQLite database at all");
        return result;
    }
    SqliteFile file(path);
    if (!file.open()) {
        result.problem = tr("SQLite cannot open it (%1)").arg(file.errorText());
        return result;
    }
    const QVariant applicationId = file.value(QStringLiteral("PRAGMA application_id"));
    if (!applicationId.isValid()) {
        result.problem = tr("SQLite cannot read it (%1)").arg(file.errorText());
        return result;
    }
    if (applicationId.toInt() != Store::ApplicationId) {
        result.problem = tr("it is an SQLite database of another program, not a Hindsight store");
        return result;
    }
    result.facts.schemaVersion = file.value(QStringLiteral("PRAGMA user_version")).toInt();
    if (result.facts.schemaVersion > Store::schemaVersion()) {
        result.problem = tr("it was written by a newer version of Hindsight (store version %1; this version "
                            "understands up to %2): update Hindsight to use it")
                             .arg(result.facts.schemaVersion)
                             .arg(Store::schemaVersion());
        return result;
    }
    if (verify == Verify::Intact) {
        QStringList problems;
        if (!file.rows(QStringLiteral("PRAGMA integrity_check"), &problems)) {
            result.problem = tr("SQLite cannot read it (%1)").arg(file.errorText());
            return result;
        }
        if (problems != QStringList{QStringLiteral("ok")}) {
            result.problem = tr("it is damaged: SQLite's integrity check reports \"%1\"")
                                 .arg(problems.isEmpty() ? QString() : problems.constFirst());
            return result;
        }
    }
    const QVariant incidents = file.value(QStringLiteral("SELECT count(*) FROM incident"));
    if (!incidents.isValid()) {
        result.problem = tr("SQLite cannot read its incidents (%1)").arg(file.errorText());
        return result;
    }
    result.facts.incidentCount = incidents.toInt();
    return result;
}

/// Whether `path` is an SQLite database with Hindsight's application_id, whatever its version or state.
bool isHindsightStore(const QString &path)
{
    if (!SqliteFile::hasSqliteHeader(path))
        return false;
    SqliteFile file(path);
    return file.open() && file.value(QStringLiteral("PRAGMA application_id")).toInt() == Store::ApplicationId;
}

/// Writes a copy of `source` to `file` (see StoreBackup::write()). `storePath` is the store being copied, which the
/// copy must never replace.
void writeCopy(const QSqlDatabase &source, const QString &file, Verify verify, const QString &storePath)
{
    const QFileInfo target(file);
    if (target.isDir())
        refuse(tr("%1 is a folder. Give the name of the backup file to write.").arg(native(file)));
    if (sameFile(file, storePath))
        refuse(tr("%1 is the store itself. Give the name of another file for the backup.").arg(native(file)));
    for (const QLatin1String suffix : {QLatin1String("-wal"), QLatin1String("-journal")}) {
        if (QFileInfo::exists(file + suffix)) {
            refuse(tr("%1 is in use (%2 exists): it was left unchanged. Close what has it open, or choose another "
                      "file name.")
                       .arg(native(file), native(file + suffix)));
        }
    }
    // Checked after the journals: opening a file whose journal is left over would replay it.
    if (target.exists() && target.size() > 0 && !isHindsightStore(file)) {
        refuse(tr("%1 already exists and is not a Hindsight backup. It was left unchanged: choose another file name.")
                   .arg(native(file)));
    }
    if (!QDir().mkpath(target.absolutePath()))
        fail(tr("Could not create the folder %1 for the backup.").arg(native(target.absolutePath())));

    // Written under a temporary name beside the destination, so that the rename over it is atomic.
    QTemporaryFile temporary(target.absoluteFilePath() + QStringLiteral(".partial-XXXXXX"));
    if (!temporary.open())
        fail(tr("Could not write the backup %1: %2").arg(native(file), temporary.errorString()));
    temporary.close();
    const QString partial = temporary.fileName();
    {
        SqliteFile copy(partial);
        if (!copy.open())
            fail(tr("Could not write the backup %1: %2").arg(native(file), copy.errorText()));
        const QString copied = copyDatabase(source, copy.database());
        if (!copied.isEmpty())
            fail(tr("Could not copy the store to %1: %2. Nothing was written there.").arg(native(file), copied));
        // A single file that any SQLite reads, read-only media included; Hindsight returns it to WAL when it opens it.
        if (copy.value(QStringLiteral("PRAGMA journal_mode = DELETE")).toString() != QLatin1String("delete"))
            fail(tr("Could not write the backup %1: %2").arg(native(file), copy.errorText()));
    }
    const Examination written = examine(partial, verify);
    if (!written.problem.isEmpty()) {
        fail(tr("The copy of the store failed its check (%1), so it was not written to %2. Run 'hindsight check' on "
                "the store.")
                 .arg(written.problem, native(file)));
    }
    if (!syncFile(partial))
        fail(tr("Could not write the backup %1 to the disk.").arg(native(file)));
    std::error_code error;
    std::filesystem::rename(std::filesystem::path(QFile::encodeName(partial).toStdString()),
                            std::filesystem::path(QFile::encodeName(target.absoluteFilePath()).toStdString()), error);
    if (error) {
        fail(
            tr("Could not write the backup %1: %2").arg(native(file), QString::fromLocal8Bit(error.message().c_str())));
    }
    syncFolder(target.absolutePath());
}

/// `base`, or `base-2`, `base-3`... whichever does not exist yet.
QString unusedPath(const QString &base)
{
    QString path = base;
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = base + QStringLiteral("-%1").arg(n);
    return path;
}

QString timeStamp()
{
    return QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
}

/// What refusing `file` as a backup says.
QString refusal(const QString &file, const QString &problem)
{
    return tr("%1 cannot be restored: %2. Nothing was changed.").arg(native(file), problem);
}

/// Copies `file` to `staged` without opening it through SQLite, and checks the copy.
BackupFacts stage(const QString &file, const QString &staged)
{
    const QFileInfo info(file);
    if (!info.exists())
        throw StoreError(StoreError::Kind::NotFound, tr("%1 does not exist. Nothing was changed.").arg(native(file)));
    if (info.isDir())
        refuse(refusal(file, tr("it is a folder, not a backup file")));
    // Changes still in a write-ahead log are not in the file itself: a copy of it alone would miss them.
    if (QFileInfo(file + QStringLiteral("-wal")).size() > 0) {
        refuse(refusal(file, tr("it is open in another program, or was not closed cleanly (%1 holds changes not yet "
                                "in it). Close that program, or open the file once with 'hindsight --db' and quit, "
                                "then try again")
                                 .arg(native(file + QStringLiteral("-wal")))));
    }
    // Copying it with a handle of our own would release the locks of the connection that has it open (issue 14).
    if (databasefiles::isOpenHere(file))
        refuse(refusal(file, tr("Hindsight has it open as a store right now; close it first")));
    if (!QFile::copy(file, staged)) {
        QFile source(file);
        source.open(QIODevice::ReadOnly);
        refuse(refusal(file, tr("it cannot be read (%1)").arg(source.errorString())));
    }
    QFile(staged).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const Examination examination = examine(staged, Verify::Intact);
    if (!examination.problem.isEmpty())
        refuse(refusal(file, examination.problem));
    return examination.facts;
}

} // namespace

void StoreBackup::write(Store &store, const QString &file)
{
    writeCopy(store.database(), file, Verify::Intact, store.path());
}

BackupFacts StoreBackup::inspect(const QString &file)
{
    QTemporaryDir staging;
    if (!staging.isValid())
        fail(tr("Could not create a temporary folder to check %1: %2").arg(native(file), staging.errorString()));
    return stage(file, staging.filePath(QStringLiteral("candidate.sqlite")));
}

RestoreResult StoreBackup::restore(const QString &storePath, const QString &file)
{
    const QFileInfo storeInfo(storePath);
    if (sameFile(file, storePath))
        refuse(refusal(file, tr("it is the store itself")));
    if (!QDir().mkpath(storeInfo.absolutePath()))
        fail(tr("Could not create the folder %1 for the store.").arg(native(storeInfo.absolutePath())));
    // Beside the store rather than in the system's temporary folder, which may be too small for a copy of it.
    QTemporaryDir staging(storeInfo.absoluteDir().filePath(QStringLiteral(".hindsight-restore-XXXXXX")));
    if (!staging.isValid())
        fail(tr("Could not create a temporary folder beside %1: %2").arg(native(storePath), staging.errorString()));
    const QString staged = staging.filePath(QStringLiteral("restore.sqlite"));

    RestoreResult result;
    result.restored = stage(file, staged);

    const bool existed = storeInfo.exists() && storeInfo.size() > 0;
    const std::unique_ptr<Store> live = Store::open(storePath);

    // SQLite copies into a WAL database only between equal page sizes; the staged copy is not in WAL mode yet, so
    // it can still be rebuilt with the store's.
    int pageSize = 0;
    {
        QSqlQuery query = live->exec(QStringLiteral("PRAGMA page_size"));
        pageSize = query.next() ? query.value(0).toInt() : 0;
    }
    {
        SqliteFile copy(staged);
        if (!copy.open() ||
            copy.value(QStringLiteral("PRAGMA journal_mode = DELETE")).toString() != QLatin1String("delete"))
            fail(tr("Could not prepare the copy of %1: %2. Nothing was changed.").arg(native(file), copy.errorText()));
        if (pageSize > 0 && copy.value(QStringLiteral("PRAGMA page_size")).toInt() != pageSize) {
            if (!copy.exec(QStringLiteral("PRAGMA page_size = %1").arg(pageSize)) ||
                !copy.exec(QStringLiteral("VACUUM"))) {
                fail(tr("Could not prepare the copy of %1: %2. Nothing was changed.")
                         .arg(native(file), copy.errorText()));
            }
        }
    }
    // Opening the copy as a store brings one from an older Hindsight up to date.
    const std::unique_ptr<Store> source = Store::open(staged);

    if (existed) {
        result.previousStore =
            unusedPath(storeInfo.absoluteFilePath() + QStringLiteral(".before-restore-") + timeStamp());
        writeCopy(live->database(), result.previousStore, Verify::Readable, storePath);
    }
    const QString copied = copyDatabase(source->database(), live->database());
    if (!copied.isEmpty()) {
        fail(tr("Could not restore %1 into the store %2: %3. The store was left as it was.")
                 .arg(native(file), native(storePath), copied));
    }
    QSqlQuery check = live->exec(QStringLiteral("PRAGMA user_version"));
    const bool upToDate = check.next() && check.value(0).toInt() == Store::schemaVersion();
    check.finish();
    if (!upToDate) {
        fail(tr("The store %1 does not read back as expected after the restore. The store as it was before is kept "
                "as %2.")
                 .arg(native(storePath), native(result.previousStore)));
    }
    return result;
}

QString StoreBackup::beforeMigrationPath(const QString &storePath, int version)
{
    return QFileInfo(storePath).absoluteFilePath() + QStringLiteral(".before-v%1").arg(version);
}

QString StoreBackup::writeBeforeMigration(const QString &storePath, int toVersion)
{
    // A Hindsight killed while it copied leaves its half-written copy (and that copy's -journal, -wal, -shm) behind.
    // The caller holds the store's write lock, so no other copy of this store is being written now: they are stale.
    const QFileInfo store(storePath);
    QDir folder = store.absoluteDir();
    for (const QString &name : folder.entryList({store.fileName() + QStringLiteral(".before-v*.partial-*")},
                                                QDir::Files | QDir::Hidden | QDir::System))
        folder.remove(name);
    QString target = beforeMigrationPath(storePath, toVersion);
    if (QFileInfo::exists(target))
        target = unusedPath(target + u'-' + timeStamp());
    SqliteFile source(storePath);
    if (!source.open())
        fail(tr("Could not read the store %1 to copy it: %2").arg(native(storePath), source.errorText()));
    try {
        writeCopy(source.database(), target, Verify::Readable, storePath);
    } catch (const StoreError &error) {
        fail(tr("Hindsight did not upgrade the store %1, because it could not first keep a copy of it: %2 Nothing was "
                "changed; check the disk space and the folder's permissions, then try again.")
                 .arg(native(storePath), error.message()));
    }
    return target;
}

} // namespace hindsight
