// The disk fills up while Hindsight writes files: an export (Markdown with its screenshots, HTML), an archive of every
// incident, a backup, or an import into a store on that disk. Each stops with a message that says the disk is full,
// leaves nothing half-written (no NAME_files/ without its document, no partial backup) and changes nothing stored.
// The full disk is a small tmpfs mounted for the test (root, as in CI); elsewhere the test says why it cannot run.
#include "domain/attachment.h"
#include "store/incidentstore.h"
#include "store/investigationlog.h"
#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace hindsight;
using namespace Qt::StringLiterals;

namespace {

bool run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    return process.waitForFinished(30000) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

/// Every file and folder below `folder`, relative to it, sorted.
QStringList contentsOf(const QString &folder)
{
    QStringList found;
    QDirIterator it(folder, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        found << QDir(folder).relativeFilePath(it.next());
    found.sort();
    return found;
}

QByteArray randomBytes(int size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator random(42);
    random.fillRange(reinterpret_cast<quint32 *>(bytes.data()), size / 4);
    return bytes;
}

} // namespace

class TestDiskFull : public hindsight::test::TestCase
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void writingFilesOnAFullDisk_data();
    void writingFilesOnAFullDisk();
    void importIntoAStoreOnAFullDisk();

private:
    /// Mounts a tmpfs of `size` at a new folder and returns it; empty (with the reason in m_skip) when it cannot.
    QString mountSmallDisk(const QString &size);

    std::unique_ptr<QTemporaryDir> m_temp;
    QStringList m_mounted;
    QString m_skip;
};

void TestDiskFull::init()
{
    m_temp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_temp->isValid());
}

void TestDiskFull::cleanup()
{
    TestCase::cleanup();
    for (const QString &mountPoint : std::as_const(m_mounted))
        run(u"umount"_s, {mountPoint});
    m_mounted.clear();
    m_temp.reset();
}

QString TestDiskFull::mountSmallDisk(const QString &size)
{
    const QString mountPoint = m_temp->filePath(u"disk%1"_s.arg(m_mounted.size()));
    if (!QDir().mkpath(mountPoint))
        return {};
    if (geteuid() != 0 || !run(u"mount"_s, {u"-t"_s, u"tmpfs"_s, u"-o"_s, u"size="_s + size, u"tmpfs"_s, mountPoint})) {
        m_skip = u"a small tmpfs cannot be mounted here (needs root and CAP_SYS_ADMIN)"_s;
        return {};
    }
    m_mounted << mountPoint;
    return mountPoint;
}

void TestDiskFull::writingFilesOnAFullDisk_data()
{
    QTest::addColumn<QStringList>("arguments"); // %1: the full disk
    QTest::newRow("export Markdown with screenshots") << QStringList{u"export"_s, u"1"_s, u"-o"_s, u"%1/pm.md"_s};
    QTest::newRow("export HTML") << QStringList{u"export"_s, u"1"_s, u"-o"_s, u"%1/pm.html"_s};
    QTest::newRow("export-all") << QStringList{u"export-all"_s, u"%1/archive"_s};
    QTest::newRow("backup") << QStringList{u"backup"_s, u"%1/backup.sqlite"_s};
}

void TestDiskFull::writingFilesOnAFullDisk()
{
    QFETCH(QStringList, arguments);
    // Two incidents with screenshots of 200 KB each (random, so that nothing compresses them): more than the disk.
    const QString storePath = m_temp->filePath(u"store.sqlite"_s);
    {
        auto store = Store::open(storePath);
        for (int i = 0; i < 2; ++i) {
            Incident draft;
            draft.title = u"Checkout API 5xx %1"_s.arg(i + 1);
            draft.severity = Severity::High;
            const Incident incident = IncidentStore(*store).create(draft);
            LogEntry entry;
            entry.incidentId = incident.id;
            entry.body = u"the error rate graph"_s;
            QList<Attachment> attachments;
            for (int j = 0; j < 2; ++j) {
                Attachment attachment;
                attachment.name = u"graph-%1.png"_s.arg(j);
                attachment.mimeType = u"image/png"_s;
                attachment.data = randomBytes(200 * 1024);
                attachments << attachment;
            }
            InvestigationLog(*store).append(entry, attachments);
        }
    }
    const QByteArray storeDigest = test::fileDigest(storePath);
    const QString disk = mountSmallDisk(u"300k"_s);
    if (disk.isEmpty())
        QSKIP(qPrintable(m_skip));
    for (QString &argument : arguments)
        argument.replace(u"%1"_s, disk);

    QTemporaryDir home;
    const test::CliRun result =
        test::runCli(QStringList{u"--db"_s, storePath} + arguments, test::isolatedCliEnvironment(home.path()));
    QVERIFY2(result.exitCode != 0, qPrintable(result.out + result.err));
    QVERIFY2(result.err.contains(u"No space left on device"_s) || result.err.contains(u"disk is full"_s),
             qPrintable(result.err));
    // Nothing half-written is left: the disk holds nothing (export-all may leave the folder it was asked to create).
    QStringList left = contentsOf(disk);
    left.removeAll(u"archive"_s);
    QVERIFY2(left.isEmpty(), qPrintable(left.join(u", "_s)));
    QCOMPARE(test::fileDigest(storePath), storeDigest);
}

void TestDiskFull::importIntoAStoreOnAFullDisk()
{
    const QString disk = mountSmallDisk(u"1m"_s);
    if (disk.isEmpty())
        QSKIP(qPrintable(m_skip));
    const QString storePath = disk + u"/store.sqlite"_s;
    QTemporaryDir home;
    const QProcessEnvironment environment = test::isolatedCliEnvironment(home.path());
    const auto hindsight = [&](const QStringList &arguments) {
        return test::runCli(QStringList{u"--db"_s, storePath} + arguments, environment);
    };
    QCOMPARE(hindsight({u"new"_s, u"--title"_s, u"already here"_s, u"--severity"_s, u"low"_s}).exitCode, 0);
    QCOMPARE(hindsight({u"log"_s, u"1"_s, u"an entry kept through the full disk"_s}).exitCode, 0);
    // Fill what is left of the disk.
    {
        QFile filler(disk + u"/filler"_s);
        QVERIFY(filler.open(QIODevice::WriteOnly));
        const QByteArray block(64 * 1024, 'x');
        while (filler.write(block) == block.size() && filler.flush()) {
        }
    }
    // Room for a few pages: the store opens, the import does not fit.
    QFile::resize(disk + u"/filler"_s, QFileInfo(disk + u"/filler"_s).size() - 96 * 1024);

    // A postmortem with a long investigation log: more than the disk can take.
    QString document = u"# Summary\n\nThe checkout API returned 5xx.\n\n# Investigation\n\n"_s;
    for (int i = 0; i < 400; ++i)
        document += u"- 2026/11/23 13:%1 Note: %2\n"_s.arg(i % 60, 2, 10, QLatin1Char('0')).arg(QString(300, u'y'));
    const QString file = m_temp->filePath(u"old-postmortem.md"_s);
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(document.toUtf8());
    }
    const test::CliRun imported = hindsight({u"import"_s, file});
    QVERIFY2(imported.exitCode == 2, qPrintable(imported.out + imported.err));
    QVERIFY2(imported.err.contains(u"The disk is full"_s), qPrintable(imported.err));

    QFile::remove(disk + u"/filler"_s);
    const test::CliRun listed = hindsight({u"list"_s, u"--json"_s});
    QCOMPARE(listed.exitCode, 0);
    QVERIFY2(listed.out.contains(u"already here"_s), qPrintable(listed.out));
    QVERIFY2(!listed.out.contains(u"5xx"_s), qPrintable(listed.out));
    QVERIFY(hindsight({u"show"_s, u"1"_s}).out.contains(u"an entry kept through the full disk"_s));
    QCOMPARE(hindsight({u"check"_s}).exitCode, 0);
}

QTEST_GUILESS_MAIN(TestDiskFull)
#include "tst_diskfull.moc"
