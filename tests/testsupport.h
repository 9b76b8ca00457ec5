#pragma once

#include "domain/incident.h"
#include "store/store.h"

#include <QByteArray>
#include <QObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace hindsight::test {

/// The descriptors of this process that point at a deleted store file, -wal, -shm or -journal, as the kernel names
/// them ("…/store.sqlite-wal (deleted)"). A connection writing into a -wal that another process deleted loses every
/// entry it acknowledges from then on.
QStringList deletedStoreFilesHeldOpen();

/// Base of every test class. After each test function it fails the test when a descriptor of this process still
/// points at a deleted store file (deletedStoreFilesHeldOpen()), so that the lost-entries bug of issue 14, and any
/// other way of losing a store's files under an open connection, cannot come back unnoticed. A test class with a
/// cleanup() of its own calls TestCase::cleanup() first, while its windows and stores are still open.
class TestCase : public QObject
{
    Q_OBJECT

protected slots:
    void cleanup();
};

/// What one run of the `hindsight` CLI printed, and how it ended.
struct CliRun
{
    /// -1 when the process crashed, could not start or did not finish.
    int exitCode = -1;
    /// Standard output as UTF-8 text, and as the bytes that came (a PDF export).
    QString out;
    QByteArray outBytes;
    /// Standard error; says why when the process did not start or finish.
    QString err;
};

/// Runs the built `hindsight` with `arguments` in `environment`, writing `input` to its standard input (closed
/// after), in `workingDirectory` when given. Gives it two minutes.
CliRun runCli(const QStringList &arguments, const QProcessEnvironment &environment, const QByteArray &input = {},
              const QString &workingDirectory = {});
/// An environment in which the CLI cannot touch the user's own store or settings (HOME and the XDG folders are
/// below `home`, HINDSIGHT_DB unset) and prints the same on every machine (author "tester", UTC, C.UTF-8).
QProcessEnvironment isolatedCliEnvironment(const QString &home);

/// A store in a fresh temporary folder: a real file, so WAL, locking and durability behave as in use.
class TemporaryStore
{
public:
    TemporaryStore();
    /// Fails the running test when the store's files were deleted under its open connection.
    ~TemporaryStore();
    QString path() const { return m_dir.filePath(QStringLiteral("store.sqlite")); }
    QString dir() const { return m_dir.path(); }
    Store &store() { return *m_store; }
    /// Another connection to the same file, as a second window or process would have.
    std::unique_ptr<Store> openAgain() const { return Store::open(path()); }
    /// Closes the connection (the file stays) so that a test can reopen or inspect it.
    void close() { m_store.reset(); }
    void reopen() { m_store = Store::open(path()); }
    /// For a test that deletes or replaces the store's files under its connection on purpose: the check on
    /// destruction is skipped.
    void expectFilesLost() { m_filesLostOnPurpose = true; }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    bool m_filesLostOnPurpose = false;
};

/// SHA-256 of a file's bytes, to show that a file was left untouched.
QByteArray fileDigest(const QString &path);

/// Takes a store at the latest schema back to schema version `version` (at least 3) by undoing, newest first, what each
/// later migration added, so that a test can show how a migration treats rows an older Hindsight wrote. Every new
/// migration adds its inverse here.
void downgradeSchema(Store &store, int version);

/// Writes everything a High postmortem needs (the written part, an action item with owner and due date, the review
/// meeting with `attendees`, the head of department's attendance decided and given) and approves it.
void approveHighPostmortem(Store &store, const Incident &incident,
                           const QStringList &attendees = {QStringLiteral("Alice")});

/// `PRAGMA integrity_check` of the file at `path`, opened with plain SQLite through Qt.
QString integrityCheck(const QString &path);

} // namespace hindsight::test
