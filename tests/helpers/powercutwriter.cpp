// power_cut_writer STORE NUMBER COUNT CUT_AT [--keep-some SEED] [--synchronous-off] [--checkpoint-often]
//
// Appends COUNT entries to incident NUMBER through Hindsight's Store, printing each entry's id once append() has
// returned, on a simulated disk that loses power at its CUT_AT-th write (0: never; the number of writes is printed on
// standard error at the end, so that a test can try every one).
//
// The disk is an SQLite VFS laid over the system's ("unix"), as SQLite's own crash tests do: a write reaches the real
// file only when the file is synced; until then it is held in memory (reads see it, as they would see the page
// cache). At the cut, the process ends at once: every write not followed by a sync is lost, or, with --keep-some, a
// random part of them reaches the disk (a drive that wrote some of its cache, in any order).
//
// --synchronous-off sets PRAGMA synchronous = OFF after opening, so that a test can show its check would catch a
// store that does not sync; --checkpoint-often checkpoints every few pages, so that cuts fall inside checkpoints too.
#include "store/incidentstore.h"
#include "store/investigationlog.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <set>
#include <sqlite3.h>
#include <unistd.h>
#include <vector>

namespace {

/// A write or a truncation the disk has been given but not yet made durable.
struct PendingChange
{
    bool truncate = false;
    sqlite3_int64 offset = 0; // the new size, for a truncation
    std::vector<char> bytes;
};

struct HeldFile
{
    sqlite3_file base;
    sqlite3_file *real;
    std::vector<PendingChange> *pending;
};

sqlite3_vfs *g_real = nullptr;
long g_writes = 0;
long g_cutAt = 0;
bool g_keepSome = false;
QRandomGenerator g_random;
std::set<HeldFile *> g_open;

int applyTo(sqlite3_file *real, const PendingChange &change)
{
    if (change.truncate)
        return real->pMethods->xTruncate(real, change.offset);
    return real->pMethods->xWrite(real, change.bytes.data(), int(change.bytes.size()), change.offset);
}

/// The power goes: what was synced stays, the rest is lost (or partly kept, with --keep-some), and the process ends
/// without running anything else (no destructor, no close that could flush).
[[noreturn]] void cutPower()
{
    if (g_keepSome) {
        for (HeldFile *file : g_open) {
            for (const PendingChange &change : *file->pending) {
                if (g_random.bounded(2) == 0)
                    applyTo(file->real, change);
            }
        }
    }
    std::fflush(stdout);
    ::_exit(0);
}

void countWrite()
{
    ++g_writes;
    if (g_cutAt > 0 && g_writes >= g_cutAt)
        cutPower();
}

HeldFile *held(sqlite3_file *file)
{
    return reinterpret_cast<HeldFile *>(file);
}

int fileSize(sqlite3_file *file, sqlite3_int64 *size)
{
    HeldFile *f = held(file);
    int rc = f->real->pMethods->xFileSize(f->real, size);
    if (rc != SQLITE_OK)
        return rc;
    for (const PendingChange &change : *f->pending) {
        if (change.truncate)
            *size = change.offset;
        else
            *size = std::max<sqlite3_int64>(*size, change.offset + sqlite3_int64(change.bytes.size()));
    }
    return SQLITE_OK;
}

int read(sqlite3_file *file, void *buffer, int amount, sqlite3_int64 offset)
{
    HeldFile *f = held(file);
    char *out = static_cast<char *>(buffer);
    const int rc = f->real->pMethods->xRead(f->real, buffer, amount, offset);
    if (rc != SQLITE_OK && rc != SQLITE_IOERR_SHORT_READ)
        return rc;
    const sqlite3_int64 end = offset + amount;
    for (const PendingChange &change : *f->pending) {
        if (change.truncate) {
            if (change.offset < end)
                std::memset(out + std::max<sqlite3_int64>(0, change.offset - offset), 0,
                            size_t(end - std::max(offset, change.offset)));
            continue;
        }
        const sqlite3_int64 from = std::max(offset, change.offset);
        const sqlite3_int64 to = std::min(end, change.offset + sqlite3_int64(change.bytes.size()));
        if (from < to)
            std::memcpy(out + (from - offset), change.bytes.data() + (from - change.offset), size_t(to - from));
    }
    sqlite3_int64 size = 0;
    if (fileSize(file, &size) != SQLITE_OK)
        return SQLITE_IOERR_READ;
    if (end > size) {
        std::memset(out + std::max<sqlite3_int64>(0, size - offset), 0, size_t(end - std::max(offset, size)));
        return SQLITE_IOERR_SHORT_READ;
    }
    return SQLITE_OK;
}

int write(sqlite3_file *file, const void *buffer, int amount, sqlite3_int64 offset)
{
    countWrite();
    const char *bytes = static_cast<const char *>(buffer);
    held(file)->pending->push_back(PendingChange{false, offset, std::vector<char>(bytes, bytes + amount)});
    return SQLITE_OK;
}

int truncate(sqlite3_file *file, sqlite3_int64 size)
{
    countWrite();
    held(file)->pending->push_back(PendingChange{true, size, {}});
    return SQLITE_OK;
}

int flushTo(HeldFile *f)
{
    for (const PendingChange &change : *f->pending) {
        if (const int rc = applyTo(f->real, change); rc != SQLITE_OK)
            return rc;
    }
    f->pending->clear();
    return SQLITE_OK;
}

int sync(sqlite3_file *file, int flags)
{
    HeldFile *f = held(file);
    if (const int rc = flushTo(f); rc != SQLITE_OK)
        return rc;
    return f->real->pMethods->xSync(f->real, flags);
}

int close(sqlite3_file *file)
{
    HeldFile *f = held(file);
    // A file closed without a sync is still in the page cache: the next open sees it. Only a cut loses it, and this
    // helper is cut before it closes anything it wrote to.
    flushTo(f);
    g_open.erase(f);
    delete f->pending;
    return f->real->pMethods->xClose(f->real);
}

int lock(sqlite3_file *file, int level)
{
    return held(file)->real->pMethods->xLock(held(file)->real, level);
}
int unlock(sqlite3_file *file, int level)
{
    return held(file)->real->pMethods->xUnlock(held(file)->real, level);
}
int checkReservedLock(sqlite3_file *file, int *out)
{
    return held(file)->real->pMethods->xCheckReservedLock(held(file)->real, out);
}
int fileControl(sqlite3_file *file, int op, void *arg)
{
    // Size hints and chunk sizes would make the real file grow behind the held writes' back.
    if (op == SQLITE_FCNTL_SIZE_HINT || op == SQLITE_FCNTL_CHUNK_SIZE)
        return SQLITE_OK;
    return held(file)->real->pMethods->xFileControl(held(file)->real, op, arg);
}
int sectorSize(sqlite3_file *file)
{
    return held(file)->real->pMethods->xSectorSize(held(file)->real);
}
int deviceCharacteristics(sqlite3_file *file)
{
    return held(file)->real->pMethods->xDeviceCharacteristics(held(file)->real);
}
int shmMap(sqlite3_file *file, int region, int size, int extend, void volatile **out)
{
    return held(file)->real->pMethods->xShmMap(held(file)->real, region, size, extend, out);
}
int shmLock(sqlite3_file *file, int offset, int n, int flags)
{
    return held(file)->real->pMethods->xShmLock(held(file)->real, offset, n, flags);
}
void shmBarrier(sqlite3_file *file)
{
    held(file)->real->pMethods->xShmBarrier(held(file)->real);
}
int shmUnmap(sqlite3_file *file, int deleteFlag)
{
    return held(file)->real->pMethods->xShmUnmap(held(file)->real, deleteFlag);
}

// Version 2: no xFetch, so SQLite never reads the real file through a memory map, around the held writes.
const sqlite3_io_methods HeldMethods = {
    2,
    close,
    read,
    write,
    truncate,
    sync,
    fileSize,
    lock,
    unlock,
    checkReservedLock,
    fileControl,
    sectorSize,
    deviceCharacteristics,
    shmMap,
    shmLock,
    shmBarrier,
    shmUnmap,
    nullptr,
    nullptr,
};

int open(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *file, int flags, int *outFlags)
{
    HeldFile *f = held(file);
    f->real = reinterpret_cast<sqlite3_file *>(reinterpret_cast<char *>(file) + sizeof(HeldFile));
    f->base.pMethods = nullptr;
    const int rc = g_real->xOpen(g_real, name, f->real, flags, outFlags);
    if (rc != SQLITE_OK)
        return rc;
    f->pending = new std::vector<PendingChange>;
    f->base.pMethods = &HeldMethods;
    g_open.insert(f);
    return SQLITE_OK;
}

int remove(sqlite3_vfs *, const char *name, int syncDir)
{
    return g_real->xDelete(g_real, name, syncDir);
}
int access(sqlite3_vfs *, const char *name, int flags, int *out)
{
    return g_real->xAccess(g_real, name, flags, out);
}
int fullPathname(sqlite3_vfs *, const char *name, int size, char *out)
{
    return g_real->xFullPathname(g_real, name, size, out);
}
void *dlOpen(sqlite3_vfs *, const char *name)
{
    return g_real->xDlOpen(g_real, name);
}
void dlError(sqlite3_vfs *, int size, char *out)
{
    g_real->xDlError(g_real, size, out);
}
void (*dlSym(sqlite3_vfs *, void *handle, const char *symbol))(void)
{
    return g_real->xDlSym(g_real, handle, symbol);
}
void dlClose(sqlite3_vfs *, void *handle)
{
    g_real->xDlClose(g_real, handle);
}
int randomness(sqlite3_vfs *, int size, char *out)
{
    return g_real->xRandomness(g_real, size, out);
}
int sleep(sqlite3_vfs *, int microseconds)
{
    return g_real->xSleep(g_real, microseconds);
}
int currentTime(sqlite3_vfs *, double *out)
{
    return g_real->xCurrentTime(g_real, out);
}
int lastError(sqlite3_vfs *, int size, char *out)
{
    return g_real->xGetLastError(g_real, size, out);
}
int currentTimeInt64(sqlite3_vfs *, sqlite3_int64 *out)
{
    return g_real->xCurrentTimeInt64(g_real, out);
}

sqlite3_vfs g_heldVfs = {};

void installHeldVfs()
{
    g_real = sqlite3_vfs_find("unix");
    g_heldVfs.iVersion = 2;
    g_heldVfs.szOsFile = int(sizeof(HeldFile)) + g_real->szOsFile;
    g_heldVfs.mxPathname = g_real->mxPathname;
    g_heldVfs.zName = "power-cut";
    g_heldVfs.xOpen = open;
    g_heldVfs.xDelete = remove;
    g_heldVfs.xAccess = access;
    g_heldVfs.xFullPathname = fullPathname;
    g_heldVfs.xDlOpen = dlOpen;
    g_heldVfs.xDlError = dlError;
    g_heldVfs.xDlSym = dlSym;
    g_heldVfs.xDlClose = dlClose;
    g_heldVfs.xRandomness = randomness;
    g_heldVfs.xSleep = sleep;
    g_heldVfs.xCurrentTime = currentTime;
    g_heldVfs.xGetLastError = lastError;
    g_heldVfs.xCurrentTimeInt64 = currentTimeInt64;
    sqlite3_vfs_register(&g_heldVfs, 1); // the default: Qt's QSQLITE driver opens with the default VFS
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    const bool synchronousOff = args.removeAll(QStringLiteral("--synchronous-off")) > 0;
    const bool checkpointOften = args.removeAll(QStringLiteral("--checkpoint-often")) > 0;
    if (const qsizetype keep = args.indexOf(QStringLiteral("--keep-some")); keep >= 0 && keep + 1 < args.size()) {
        g_keepSome = true;
        g_random.seed(args.at(keep + 1).toUInt());
        args.remove(keep, 2);
    }
    if (args.size() != 5) {
        std::fprintf(stderr, "usage: power_cut_writer STORE NUMBER COUNT CUT_AT [--keep-some SEED] "
                             "[--synchronous-off] [--checkpoint-often]\n");
        return 1;
    }
    g_cutAt = args.at(4).toLong();
    installHeldVfs();
    try {
        auto store = hindsight::Store::open(args.at(1));
        if (synchronousOff)
            store->exec(QStringLiteral("PRAGMA synchronous = OFF"));
        if (checkpointOften)
            store->exec(QStringLiteral("PRAGMA wal_autocheckpoint = 4"));
        const hindsight::Incident incident = hindsight::IncidentStore(*store).require(args.at(2).toInt());
        hindsight::InvestigationLog log(*store);
        const int count = args.at(3).toInt();
        for (int i = 0; i < count; ++i) {
            hindsight::LogEntry entry;
            entry.incidentId = incident.id;
            entry.author = QStringLiteral("power-cut");
            entry.body = QStringLiteral("entry %1 %2").arg(i).arg(QString(200, QChar(u'x'))); // spans pages
            const hindsight::LogEntry stored = log.append(entry);
            std::printf("%s\n", qPrintable(stored.id.toString(QUuid::WithoutBraces)));
            std::fflush(stdout);
        }
    } catch (const hindsight::StoreError &error) {
        std::fprintf(stderr, "power_cut_writer: %s\n", error.what());
        return 2;
    }
    std::fprintf(stderr, "writes: %ld\n", g_writes);
    return 0;
}
